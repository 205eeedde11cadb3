package downhill.engine.function;

import java.util.List;

/** A built-in objective: closed-form value and hand-derived gradient, with its window, minima and start. */
final class BuiltinObjective implements Objective {

    /** f(x, y). */
    @FunctionalInterface
    interface Value {
        double at(double x, double y);
    }

    /** Stores ∇f(x, y) in {@code out} and returns f(x, y). */
    @FunctionalInterface
    interface ValueAndGradient {
        double at(double x, double y, double[] out);
    }

    private final String name;
    private final String displayName;
    private final String formula;
    private final Window window;
    private final List<Minimum> minima;
    private final Point start;
    private final boolean prefersLogScale;
    private final Value value;
    private final ValueAndGradient valueAndGradient;

    BuiltinObjective(
            String name,
            String displayName,
            String formula,
            Window window,
            List<Minimum> minima,
            Point start,
            boolean prefersLogScale,
            Value value,
            ValueAndGradient valueAndGradient) {
        this.name = name;
        this.displayName = displayName;
        this.formula = formula;
        this.window = window;
        this.minima = List.copyOf(minima);
        this.start = start;
        this.prefersLogScale = prefersLogScale;
        this.value = value;
        this.valueAndGradient = valueAndGradient;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String formula() {
        return formula;
    }

    @Override
    public double value(double x, double y) {
        return value.at(x, y);
    }

    @Override
    public double valueAndGradient(double x, double y, double[] gradient) {
        return valueAndGradient.at(x, y, gradient);
    }

    @Override
    public Window window() {
        return window;
    }

    @Override
    public List<Minimum> minima() {
        return minima;
    }

    @Override
    public Point start() {
        return start;
    }

    @Override
    public boolean prefersLogScale() {
        return prefersLogScale;
    }

    @Override
    public String toString() {
        return name;
    }
}
