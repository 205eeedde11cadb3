package downhill.engine.function;

import static downhill.engine.function.Builtins.builtin;
import static downhill.engine.function.Builtins.global;
import static downhill.engine.function.Builtins.square;

/**
 * The classic test functions with a single minimum in a valley or bowl: Rosenbrock, Beale, Booth and Matyas (see
 * {@link Builtins} for how a kernel gives the value and the gradient).
 */
final class ValleyFunctions {

    private ValleyFunctions() {}

    /** Rosenbrock's banana valley: easy to find, slow to follow to (1, 1). */
    static Objective rosenbrock() {
        return builtin(
                "rosenbrock",
                "Rosenbrock",
                "(1-x)^2 + 100*(y-x^2)^2",
                new Window(-2, 2, -1, 3),
                global(1, 1),
                new Point(-1.5, 2),
                true,
                (x, y, g) -> {
                    double a = 1 - x;
                    double b = y - x * x;
                    if (g != null) {
                        g[0] = -2 * a - 400 * x * b;
                        g[1] = 200 * b;
                    }
                    return a * a + 100 * b * b;
                });
    }

    /** Beale: flat plateaus and sharp ridges, minimum 0 at (3, 0.5). */
    static Objective beale() {
        return builtin(
                "beale",
                "Beale",
                "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
                square(4.5),
                global(3, 0.5),
                new Point(1, 1.5),
                true,
                ValleyFunctions::beale);
    }

    private static double beale(double x, double y, double[] g) {
        double y2 = y * y;
        double y3 = y2 * y;
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y2;
        double c = 2.625 - x + x * y3;
        if (g != null) {
            g[0] = 2 * a * (y - 1) + 2 * b * (y2 - 1) + 2 * c * (y3 - 1);
            g[1] = 2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y2;
        }
        return a * a + b * b + c * c;
    }

    /** Booth: a tilted quadratic bowl (condition number 9), minimum 0 at (1, 3). */
    static Objective booth() {
        return builtin(
                "booth",
                "Booth",
                "(x + 2*y - 7)^2 + (2*x + y - 5)^2",
                square(10),
                global(1, 3),
                new Point(-6, -8),
                true,
                (x, y, g) -> {
                    double a = x + 2 * y - 7;
                    double b = 2 * x + y - 5;
                    if (g != null) {
                        g[0] = 2 * a + 4 * b;
                        g[1] = 4 * a + 2 * b;
                    }
                    return a * a + b * b;
                });
    }

    /** Matyas: a shallow diagonal quadratic valley (condition number 25), minimum 0 at the origin. */
    static Objective matyas() {
        return builtin(
                "matyas",
                "Matyas",
                "0.26*(x^2 + y^2) - 0.48*x*y",
                square(10),
                global(0, 0),
                new Point(8.5, 5),
                true,
                (x, y, g) -> {
                    if (g != null) {
                        g[0] = 0.52 * x - 0.48 * y;
                        g[1] = 0.52 * y - 0.48 * x;
                    }
                    return 0.26 * (x * x + y * y) - 0.48 * x * y;
                });
    }
}
