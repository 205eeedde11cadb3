package downhill.engine.function.expression;

import downhill.engine.function.Minimum;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import java.util.List;

/**
 * An objective typed as an expression in x and y, parsed once and compiled to register code: values and exact
 * gradients (forward-mode differentiation, never finite differences) without allocating per call, and whole grid
 * rows at a time for the heatmap. Immutable and safe to evaluate from several threads at once.
 *
 * <p>Outside the function's domain (log of a negative, division by zero) the value or gradient is NaN or infinite,
 * never an exception; a descent stops there with "left the function's domain". Where a derivative does not exist
 * a convention applies, listed in docs/expressions.md: d|u| = sign(u)·du with sign(0) = 0; √u and u^c (0 &lt; c
 * &lt; 1) have slope 0 at u = 0; sign has slope 0; min and max split ties evenly; atan2 and hypot have gradient 0
 * at (0, 0); u^v·ln u is taken as 0 where u^v = 0; and in the chain rule 0 times anything is 0.
 */
public final class ExpressionObjective implements Objective {

    /** The window an expression is first shown in. */
    public static final Window DEFAULT_WINDOW = new Window(-3, 3, -3, 3);

    /** Start candidates, as fractions of the window: a corner region first, away from the origin. */
    private static final double[][] STARTS = {
        {1 / 6.0, 5 / 6.0}, {5 / 6.0, 5 / 6.0}, {5 / 6.0, 1 / 6.0}, {1 / 6.0, 1 / 6.0},
        {1 / 3.0, 2 / 3.0}, {2 / 3.0, 2 / 3.0}, {2 / 3.0, 1 / 3.0}, {1 / 3.0, 1 / 3.0},
    };

    private final Expression expression;
    private final CompiledExpression compiled;
    private final Window window;
    private final Point start;

    public ExpressionObjective(Expression expression) {
        this(expression, DEFAULT_WINDOW);
    }

    public ExpressionObjective(Expression expression, Window window) {
        this.expression = expression;
        this.compiled = Compiler.compile(expression.tree());
        this.window = window;
        this.start = chooseStart(window);
    }

    /**
     * Parses and compiles {@code text}.
     *
     * @throws ExpressionException at the leftmost mistake in the text
     */
    public static ExpressionObjective parse(String text) {
        return new ExpressionObjective(Expression.parse(text));
    }

    public Expression expression() {
        return expression;
    }

    /** The canonical text, e.g. {@code (1 - x)^2 + 100*(y - x^2)^2}. */
    @Override
    public String name() {
        return expression.toString();
    }

    /** {@code f(x, y) = } and the canonical text. */
    @Override
    public String displayName() {
        return "f(x, y) = " + expression;
    }

    @Override
    public String formula() {
        return expression.toString();
    }

    @Override
    public double value(double x, double y) {
        return compiled.value(x, y);
    }

    @Override
    public double valueAndGradient(double x, double y, double[] gradient) {
        return compiled.valueAndGradient(x, y, gradient);
    }

    /** The row runs each instruction across many x at once; equal, bit for bit, to {@link #value} at each x. */
    @Override
    public void valueRow(double[] xs, double y, double[] out) {
        compiled.valueRow(xs, y, out);
    }

    @Override
    public Window window() {
        return window;
    }

    /** None are known for a typed function. */
    @Override
    public List<Minimum> minima() {
        return List.of();
    }

    /**
     * The first of a few points of the window, away from the origin ((−2, 2) in the default window), where the
     * value and gradient are finite, so a descent does not stop before its first step; (−2, 2)'s place if none is.
     */
    @Override
    public Point start() {
        return start;
    }

    private Point chooseStart(Window w) {
        double[] gradient = new double[2];
        for (double[] fraction : STARTS) {
            double x = w.xMin() + fraction[0] * w.width();
            double y = w.yMin() + fraction[1] * w.height();
            double value = valueAndGradient(x, y, gradient);
            if (Double.isFinite(value) && Double.isFinite(gradient[0]) && Double.isFinite(gradient[1])) {
                return new Point(x, y);
            }
        }
        return new Point(w.xMin() + STARTS[0][0] * w.width(), w.yMin() + STARTS[0][1] * w.height());
    }

    @Override
    public String toString() {
        return name();
    }
}
