package downhill.engine.function;

import java.util.List;

/**
 * The built-in objectives, with exact formulas and hand-derived gradients.
 *
 * <p>Each function is one kernel {@code f(x, y, g)} that returns the value and, when {@code g} is not null, stores the
 * gradient in it; {@code value} is the same kernel with {@code g == null}, so the two agree bit for bit.
 * Minima are the nearest doubles to roots refined at 50 digits.
 */
final class Builtins {

    private static final double TAU = 2 * Math.PI;

    private Builtins() {}

    static List<Objective> all() {
        return List.of(
                bowl(),
                ravine(),
                plateau(),
                twoMinima(),
                saddle(),
                monkeySaddle(),
                rosenbrock(),
                beale(),
                booth(),
                matyas(),
                himmelblau(),
                sixHumpCamel(),
                goldsteinPrice(),
                styblinskiTang(),
                rastrigin(),
                ackley());
    }

    private static Objective builtin(
            String name,
            String displayName,
            String formula,
            Window window,
            List<Minimum> minima,
            Point start,
            boolean prefersLogScale,
            BuiltinObjective.ValueAndGradient f) {
        return new BuiltinObjective(
                name, displayName, formula, window, minima, start, prefersLogScale, (x, y) -> f.at(x, y, null), f);
    }

    private static Window square(double half) {
        return new Window(-half, half, -half, half);
    }

    private static List<Minimum> global(double x, double y) {
        return List.of(new Minimum(x, y, true));
    }

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

    /** Himmelblau: four global minima, all with value 0. */
    static Objective himmelblau() {
        return builtin(
                "himmelblau",
                "Himmelblau",
                "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
                square(5),
                List.of(
                        new Minimum(3, 2, true),
                        new Minimum(-2.805118086952745, 3.131312518250573, true),
                        new Minimum(-3.779310253377747, -3.2831859912861696, true),
                        new Minimum(3.5844283403304917, -1.8481265269644036, true)),
                new Point(0, 0),
                true,
                (x, y, g) -> {
                    double a = x * x + y - 11;
                    double b = x + y * y - 7;
                    if (g != null) {
                        g[0] = 4 * x * a + 2 * b;
                        g[1] = 2 * a + 4 * y * b;
                    }
                    return a * a + b * b;
                });
    }

    /** The six-hump camel: two global minima (value ≈ -1.0316) and four local ones. */
    static Objective sixHumpCamel() {
        return builtin(
                "six-hump-camel",
                "Six-hump camel",
                "(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2",
                new Window(-2, 2, -1, 1),
                List.of(
                        new Minimum(0.08984201310031806, -0.7126564030207396, true),
                        new Minimum(-0.08984201310031806, 0.7126564030207396, true),
                        new Minimum(1.703606714969981, -0.7960835686726251, false),
                        new Minimum(-1.703606714969981, 0.7960835686726251, false),
                        new Minimum(1.6071047529201972, 0.5686514548841314, false),
                        new Minimum(-1.6071047529201972, -0.5686514548841314, false)),
                new Point(-1, -0.9),
                false,
                (x, y, g) -> {
                    double x2 = x * x;
                    double y2 = y * y;
                    if (g != null) {
                        g[0] = x * (8 - 8.4 * x2 + 2 * x2 * x2) + y;
                        g[1] = x + y * (-8 + 16 * y2);
                    }
                    return (4 - 2.1 * x2 + x2 * x2 / 3) * x2 + x * y + (-4 + 4 * y2) * y2;
                });
    }

    /**
     * Goldstein-Price: values from 3 to about 10⁶ over the window, global minimum 3 at (0, -1) and local minima
     * 30, 84 and 840; from the start, plain descent with a small step stops at 840.
     */
    static Objective goldsteinPrice() {
        return builtin(
                "goldstein-price",
                "Goldstein-Price",
                "(1 + (x + y + 1)^2*(19 - 14*x + 3*x^2 - 14*y + 6*x*y + 3*y^2))"
                        + " * (30 + (2*x - 3*y)^2*(18 - 32*x + 12*x^2 + 48*y - 36*x*y + 27*y^2))",
                square(2),
                List.of(
                        new Minimum(0, -1, true),
                        new Minimum(-0.6, -0.4, false),
                        new Minimum(1.8, 0.2, false),
                        new Minimum(1.2, 0.8, false)),
                new Point(0.5, 1.5),
                true,
                Builtins::goldsteinPrice);
    }

    private static double goldsteinPrice(double x, double y, double[] g) {
        // f = A·B with A = 1 + a²·p and B = 30 + b²·q; p and q are quadratics.
        double a = x + y + 1;
        double p = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
        double b = 2 * x - 3 * y;
        double q = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
        double bigA = 1 + a * a * p;
        double bigB = 30 + b * b * q;
        if (g != null) {
            // ∂a/∂x = ∂a/∂y = 1 and ∂p/∂x = ∂p/∂y, so A has equal partial derivatives.
            double dA = 2 * a * p + a * a * (-14 + 6 * x + 6 * y);
            double dBdx = 4 * b * q + b * b * (-32 + 24 * x - 36 * y);
            double dBdy = -6 * b * q + b * b * (48 - 36 * x + 54 * y);
            g[0] = dA * bigB + bigA * dBdx;
            g[1] = dA * bigB + bigA * dBdy;
        }
        return bigA * bigB;
    }

    /** Styblinski-Tang: one global minimum (≈ -78.33) and three local ones at the corners of a square. */
    static Objective styblinskiTang() {
        double lo = -2.903534027771177;
        double hi = 2.746802770990837;
        return builtin(
                "styblinski-tang",
                "Styblinski-Tang",
                "0.5*(x^4 - 16*x^2 + 5*x + y^4 - 16*y^2 + 5*y)",
                square(5),
                List.of(
                        new Minimum(lo, lo, true),
                        new Minimum(lo, hi, false),
                        new Minimum(hi, lo, false),
                        new Minimum(hi, hi, false)),
                new Point(1, 1.5),
                false,
                (x, y, g) -> {
                    double x2 = x * x;
                    double y2 = y * y;
                    if (g != null) {
                        g[0] = x * (2 * x2 - 16) + 2.5;
                        g[1] = y * (2 * y2 - 16) + 2.5;
                    }
                    return 0.5 * (x2 * x2 - 16 * x2 + 5 * x + y2 * y2 - 16 * y2 + 5 * y);
                });
    }

    /** Rastrigin: a bowl covered in a grid of local minima, global minimum 0 at the origin. */
    static Objective rastrigin() {
        return builtin(
                "rastrigin",
                "Rastrigin",
                "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)",
                square(5.12),
                global(0, 0),
                new Point(2.2, -1.7),
                false,
                (x, y, g) -> {
                    if (g != null) {
                        g[0] = 2 * x + 10 * TAU * Math.sin(TAU * x);
                        g[1] = 2 * y + 10 * TAU * Math.sin(TAU * y);
                    }
                    return 20 + x * x - 10 * Math.cos(TAU * x) + y * y - 10 * Math.cos(TAU * y);
                });
    }

    /**
     * Ackley: a funnel to 0 at the origin covered in local minima. The origin is the tip of a cone, where the gradient
     * is undefined; there the gradient given is (0, 0), a subgradient, so descent stops at the minimum.
     */
    static Objective ackley() {
        return builtin(
                "ackley",
                "Ackley",
                "-20*exp(-0.2*sqrt(0.5*(x^2 + y^2))) - exp(0.5*(cos(2*pi*x) + cos(2*pi*y))) + e + 20",
                square(5),
                global(0, 0),
                new Point(3.2, -2.6),
                false,
                (x, y, g) -> {
                    double r = Math.sqrt(0.5 * (x * x + y * y));
                    double a = Math.exp(-0.2 * r);
                    double c = Math.exp(0.5 * (Math.cos(TAU * x) + Math.cos(TAU * y)));
                    if (g != null) {
                        // d/dx of -20·exp(-0.2r) is 2x·exp(-0.2r)/r, undefined at r = 0: give (0, 0) there.
                        double k = r == 0 ? 0 : 2 * a / r;
                        g[0] = k * x + Math.PI * c * Math.sin(TAU * x);
                        g[1] = k * y + Math.PI * c * Math.sin(TAU * y);
                    }
                    // Grouped so that f(0, 0) is exactly 0: (20 - 20) + (e - e).
                    return (20 - 20 * a) + (Math.E - c);
                });
    }
}
