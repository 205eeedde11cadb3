package downhill.engine.function;

import downhill.engine.Numbers;
import java.util.List;

/**
 * A loss surface f(x, y) with its exact gradient: a built-in, a typed expression, or (later) a model on data.
 * Implementations are immutable and safe to evaluate from several threads.
 */
public interface Objective {

    /** The short name used on the command line, e.g. {@code rosenbrock}; for an expression, its canonical text. */
    String name();

    /** The name shown to people, e.g. {@code Rosenbrock}. */
    String displayName();

    /**
     * The formula in the expression language of {@code downhill.engine.function.expression}, e.g.
     * {@code (1-x)^2 + 100*(y-x^2)^2}: it parses, and evaluates to this objective.
     */
    String formula();

    double value(double x, double y);

    /**
     * The value at (x, y), storing ∂f/∂x in {@code gradient[0]} and ∂f/∂y in {@code gradient[1]}.
     * The gradient is exact (analytic or automatic differentiation), never a finite difference.
     */
    double valueAndGradient(double x, double y, double[] gradient);

    /** Values along one row of a grid: {@code out[i] = f(xs[i], y)}. Overridden where a row is faster as a whole. */
    default void valueRow(double[] xs, double y, double[] out) {
        for (int i = 0; i < xs.length; i++) {
            out[i] = value(xs[i], y);
        }
    }

    /** The window the landscape is first shown in. */
    Window window();

    /** The known minima (possibly none, e.g. for a saddle). */
    List<Minimum> minima();

    /** A start point that makes an instructive descent. */
    Point start();

    /** Whether a descent can start at {@code p}: the loss and the gradient there are finite. */
    default boolean definedAt(Point p) {
        if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
            return false;
        }
        double[] gradient = new double[2];
        double loss = valueAndGradient(p.x(), p.y(), gradient);
        return Double.isFinite(loss) && Double.isFinite(gradient[0]) && Double.isFinite(gradient[1]);
    }

    /** The words for a start a race cannot begin at. */
    static String outsideDomain(Point start) {
        return "the start (" + Numbers.format(start.x()) + ", " + Numbers.format(start.y())
                + ") is outside the function's domain";
    }

    /** What the two coordinates are called on the axes: x and y, or a model's parameters (w and b). */
    default List<String> axisNames() {
        return List.of("x", "y");
    }

    /** Whether colour should be log-scaled because values span several orders of magnitude over the window. */
    default boolean prefersLogScale() {
        return false;
    }
}
