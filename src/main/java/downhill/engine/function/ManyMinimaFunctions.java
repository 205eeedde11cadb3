package downhill.engine.function;

import static downhill.engine.function.Builtins.builtin;
import static downhill.engine.function.Builtins.global;
import static downhill.engine.function.Builtins.square;

import java.util.List;

/**
 * The classic test functions with many minima: Himmelblau, the six-hump camel, Goldstein-Price, Styblinski-Tang,
 * Rastrigin and Ackley (see {@link Builtins} for how a kernel gives the value and the gradient).
 */
final class ManyMinimaFunctions {

    private static final double TAU = 2 * Math.PI;

    private ManyMinimaFunctions() {}

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
                ManyMinimaFunctions::goldsteinPrice);
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
