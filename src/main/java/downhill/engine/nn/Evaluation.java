package downhill.engine.nn;

/** A network's mean loss over {@code count} samples (data loss only, no penalty) and how many it classified right. */
public record Evaluation(double loss, int correct, int count) {

    /** The fraction classified right; meaningless for regression. */
    public double accuracy() {
        return count == 0 ? Double.NaN : (double) correct / count;
    }
}
