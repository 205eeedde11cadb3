package downhill.engine.function;

import java.util.List;

/** The built-in objectives, with exact formulas and hand-derived gradients. */
final class Builtins {

    private Builtins() {
    }

    static List<Objective> all() {
        return List.of(rosenbrock());
    }

    static Objective rosenbrock() {
        return new BuiltinObjective("rosenbrock", "Rosenbrock", "(1-x)^2 + 100*(y-x^2)^2",
                new Window(-2, 2, -1, 3), List.of(new Minimum(1, 1, true)), new Point(-1.5, 2), true,
                (x, y) -> {
                    double a = 1 - x;
                    double b = y - x * x;
                    return a * a + 100 * b * b;
                },
                (x, y, g) -> {
                    double a = 1 - x;
                    double b = y - x * x;
                    g[0] = -2 * a - 400 * x * b;
                    g[1] = 200 * b;
                    return a * a + 100 * b * b;
                });
    }
}
