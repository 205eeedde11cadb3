package downhill.engine.explain;

import java.util.ArrayList;
import java.util.List;

/** Collects one step's equations and quantities in the order an explainer adds them. */
final class ExplanationBuilder {

    /** How the equations write the effective learning rate per coordinate. */
    static final String EFFECTIVE_RATE = "η_eff";

    private final StepInputs in;
    private final List<Line> lines = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private double[] effectiveRate;
    private boolean adaptive;
    private Quantity memory;

    ExplanationBuilder(StepInputs in) {
        this.in = in;
        quantities.add(new Quantity("g", "gradient ∇f(θ)", in.gradient()));
    }

    void line(String rule, String withNumbers) {
        lines.add(new Line(rule, withNumbers));
    }

    void quantity(String symbol, String meaning, double... values) {
        quantities.add(new Quantity(symbol, meaning, values));
    }

    /** The rate per coordinate in the optimizer's own definition, with its equation; adaptive rates get a box. */
    void effectiveRate(String rule, String withNumbers, double[] rate, boolean adapts) {
        line(EFFECTIVE_RATE + " = " + rule, EFFECTIVE_RATE + " = " + withNumbers + " = " + ExplanationParts.text(rate));
        effectiveRate = rate.clone();
        adaptive = adapts;
    }

    /** The velocity or first moment scaled like a step, drawn as an arrow beside −η·g and Δθ. */
    void memory(String symbol, double[] values) {
        memory = new Quantity(symbol, "the optimizer's memory, scaled like a step", values);
    }

    /** The last equation: Δθ as the rule writes it, and with its numbers; the result is the trajectory's step. */
    void step(String rule, String withNumbers) {
        line("Δθ = " + rule, "Δθ = " + withNumbers + " = " + ExplanationParts.text(in.delta()));
    }

    StepExplanation build(String optimizer, int step) {
        double[] rate = effectiveRate;
        if (rate == null) {
            rate = new double[in.delta().length];
            for (int i = 0; i < rate.length; i++) {
                rate[i] = in.gradient()[i] == 0 ? Double.NaN : -in.delta()[i] / in.gradient()[i];
            }
            line(EFFECTIVE_RATE + " = −Δθᵢ/gᵢ", EFFECTIVE_RATE + " = " + ExplanationParts.text(rate));
        }
        List<Quantity> all = new ArrayList<>(quantities);
        all.add(new Quantity(EFFECTIVE_RATE, "effective learning rate per coordinate", rate));
        all.add(new Quantity("Δθ", "the step θₖ₊₁ − θₖ", in.delta()));
        return new StepExplanation(
                optimizer, step, in.theta(), in.gradient(), in.eta(), lines, all, in.delta(), rate, adaptive, memory);
    }
}
