package downhill.engine.function;

import static downhill.engine.function.Builtins.builtin;
import static downhill.engine.function.Builtins.global;
import static downhill.engine.function.Builtins.square;

import java.util.List;

/**
 * The built-in objectives made to show one behaviour of the optimizers each: a plain bowl, a ravine, a plateau, two
 * minima and two saddles (see {@link Builtins} for how a kernel gives the value and the gradient).
 */
final class TeachingShapes {

    private TeachingShapes() {}

    /** x² + y²: the plainest bowl, where too large a learning rate visibly diverges. */
    static Objective bowl() {
        return builtin("bowl", "Bowl", "x^2 + y^2", square(2), global(0, 0), new Point(1.5, 1), false, (x, y, g) -> {
            if (g != null) {
                g[0] = 2 * x;
                g[1] = 2 * y;
            }
            return x * x + y * y;
        });
    }

    /**
     * A quadratic ravine along the diagonal with curvatures 1 and 50 (condition number 50): plain gradient descent
     * zig-zags across it and crawls along it; momentum does not. Rotated so per-coordinate scaling (Adam) is no cure.
     */
    static Objective ravine() {
        return builtin(
                "ravine",
                "Ravine",
                "0.25*(x+y)^2 + 12.5*(x-y)^2",
                square(4),
                global(0, 0),
                new Point(-3.5, -1.5),
                true,
                (x, y, g) -> {
                    double s = x + y;
                    double d = x - y;
                    if (g != null) {
                        g[0] = 0.5 * s + 25 * d;
                        g[1] = 0.5 * s - 25 * d;
                    }
                    return 0.25 * s * s + 12.5 * d * d;
                });
    }

    /**
     * A Gaussian basin in a plateau: beyond radius 3.5 the gradient is below 1e-2 and falls like exp(-r²/2), so plain
     * gradient descent crawls while Adam, which normalises step sizes, walks off it.
     */
    static Objective plateau() {
        return builtin(
                "plateau",
                "Plateau",
                "1 - exp(-0.5*(x^2 + y^2))",
                square(5),
                global(0, 0),
                new Point(3.5, 2.5),
                false,
                (x, y, g) -> {
                    double e = Math.exp(-0.5 * (x * x + y * y));
                    if (g != null) {
                        g[0] = x * e;
                        g[1] = y * e;
                    }
                    return 1 - e;
                });
    }

    /**
     * A tilted double well: a global minimum at x ≈ -1.04 and a local one at x ≈ 0.96, which plain descent from the
     * start falls into and momentum can roll past.
     */
    static Objective twoMinima() {
        return builtin(
                "two-minima",
                "Two minima",
                "(x^2 - 1)^2 + 0.3*x + y^2",
                square(2),
                List.of(new Minimum(-1.0355787140888537, 0, true), new Minimum(0.9601495555191055, 0, false)),
                new Point(1.8, 1.5),
                false,
                (x, y, g) -> {
                    double a = x * x - 1;
                    if (g != null) {
                        g[0] = 4 * x * a + 0.3;
                        g[1] = 2 * y;
                    }
                    return a * a + 0.3 * x + y * y;
                });
    }

    /** x² - y²: a saddle at the origin and no minimum; starts just off the ridge line y = 0. */
    static Objective saddle() {
        return builtin(
                "saddle", "Saddle", "x^2 - y^2", square(2), List.of(), new Point(-1.5, 0.001), false, (x, y, g) -> {
                    if (g != null) {
                        g[0] = 2 * x;
                        g[1] = -2 * y;
                    }
                    return x * x - y * y;
                });
    }

    /** x³ - 3xy²: a degenerate saddle with three valleys and no minimum. */
    static Objective monkeySaddle() {
        return builtin(
                "monkey-saddle",
                "Monkey saddle",
                "x^3 - 3*x*y^2",
                square(2),
                List.of(),
                new Point(1.5, 0.2),
                false,
                (x, y, g) -> {
                    if (g != null) {
                        g[0] = 3 * (x * x - y * y);
                        g[1] = -6 * x * y;
                    }
                    return x * x * x - 3 * x * y * y;
                });
    }
}
