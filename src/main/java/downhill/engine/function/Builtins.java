package downhill.engine.function;

import java.util.List;

/** The built-in objectives, with exact formulas and hand-derived gradients. */
final class Builtins {

    private Builtins() {
    }

    static List<Objective> all() {
        return List.of(rosenbrock(), beale(), himmelblau(), rastrigin(), saddle());
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

    static Objective beale() {
        return new BuiltinObjective("beale", "Beale",
                "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
                new Window(-4.5, 4.5, -4.5, 4.5), List.of(new Minimum(3, 0.5, true)), new Point(1, 1.5), true,
                (x, y) -> beale(x, y, null),
                Builtins::beale);
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

    static Objective himmelblau() {
        return new BuiltinObjective("himmelblau", "Himmelblau", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
                new Window(-5, 5, -5, 5), List.of(
                        new Minimum(3, 2, true),
                        new Minimum(-2.805118086952745, 3.131312518250573, true),
                        new Minimum(-3.779310253377747, -3.283185991286170, true),
                        new Minimum(3.584428340330492, -1.848126526964404, true)),
                new Point(0, 0), true,
                (x, y) -> himmelblau(x, y, null),
                Builtins::himmelblau);
    }

    private static double himmelblau(double x, double y, double[] g) {
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        if (g != null) {
            g[0] = 4 * x * a + 2 * b;
            g[1] = 2 * a + 4 * y * b;
        }
        return a * a + b * b;
    }

    static Objective rastrigin() {
        return new BuiltinObjective("rastrigin", "Rastrigin",
                "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)",
                new Window(-5.12, 5.12, -5.12, 5.12), List.of(new Minimum(0, 0, true)), new Point(2.2, -1.7), false,
                (x, y) -> rastrigin(x, y, null),
                Builtins::rastrigin);
    }

    private static double rastrigin(double x, double y, double[] g) {
        double tau = 2 * Math.PI;
        if (g != null) {
            g[0] = 2 * x + 10 * tau * Math.sin(tau * x);
            g[1] = 2 * y + 10 * tau * Math.sin(tau * y);
        }
        return 20 + x * x - 10 * Math.cos(tau * x) + y * y - 10 * Math.cos(tau * y);
    }

    static Objective saddle() {
        return new BuiltinObjective("saddle", "Saddle", "x^2 - y^2",
                new Window(-2, 2, -2, 2), List.of(), new Point(-1.5, 0.001), false,
                (x, y) -> x * x - y * y,
                (x, y, g) -> {
                    g[0] = 2 * x;
                    g[1] = -2 * y;
                    return x * x - y * y;
                });
    }
}
