package downhill.engine.explain;

/**
 * One named number of a step: a 2-vector (one entry per coordinate) or a scalar (one entry).
 *
 * @param symbol  how the equations write it, e.g. {@code m̂}
 * @param meaning what it is, in words, e.g. {@code first moment, bias-corrected}
 * @param values  its value: two entries for a vector, one for a scalar
 */
public record Quantity(String symbol, String meaning, double[] values) {

    public Quantity {
        values = values.clone();
    }

    public boolean scalar() {
        return values.length == 1;
    }

    /** The value as the equations show it: {@code (1.25, −0.5)} or {@code 0.271}. */
    public String text() {
        return ExplanationParts.text(values);
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
