package downhill.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltinFunctionsTest {

    private static final int GRADIENT_POINTS = 30;
    private static final int SAMPLE_POINTS = 2000;

    static Stream<Objective> builtins() {
        return Functions.builtins().stream();
    }

    /** Seeded uniform points in the window, different per function but the same on every run. */
    private static List<Point> randomPoints(Objective f, int count) {
        Random random = new Random(f.name().hashCode());
        Window w = f.window();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double x = w.xMin() + random.nextDouble() * w.width();
            points.add(new Point(x, w.yMin() + random.nextDouble() * w.height()));
        }
        return points;
    }

    private static double[] gradient(Objective f, double x, double y) {
        double[] g = new double[2];
        f.valueAndGradient(x, y, g);
        return g;
    }

    /**
     * Compares a claimed gradient with central differences; null when they agree, else a description.
     * The tolerance is relative (1e-5) plus the rounding noise of the difference quotient itself.
     */
    static String gradientMismatch(Objective f, double x, double y, double[] claimed) {
        double hx = 1e-6 * Math.max(1, Math.abs(x));
        double hy = 1e-6 * Math.max(1, Math.abs(y));
        double[] numeric = {
            centralDifference(f.value(x + hx, y), f.value(x - hx, y), hx),
            centralDifference(f.value(x, y + hy), f.value(x, y - hy), hy)
        };
        double[] h = {hx, hy};
        for (int i = 0; i < 2; i++) {
            double noise = 16 * Math.ulp(Math.abs(f.value(x, y)) + 1) / h[i];
            double tolerance = 1e-5 * Math.max(1, Math.abs(numeric[i])) + noise;
            if (!(Math.abs(claimed[i] - numeric[i]) <= tolerance)) {
                return String.format(
                        "%s at (%s, %s): ∂%s claimed %s, central difference %s (tolerance %.3g)",
                        f.name(), x, y, i == 0 ? "x" : "y", claimed[i], numeric[i], tolerance);
            }
        }
        return null;
    }

    private static double centralDifference(double plus, double minus, double h) {
        return (plus - minus) / (2 * h);
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void gradientMatchesCentralDifferences(Objective f) {
        List<Point> points = randomPoints(f, GRADIENT_POINTS);
        points.add(f.start());
        for (Point p : points) {
            assertNull(gradientMismatch(f, p.x(), p.y(), gradient(f, p.x(), p.y())));
        }
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void aGradientOffByOnePerMilleIsCaught(Objective f) {
        for (Point p : randomPoints(f, GRADIENT_POINTS)) {
            for (int i = 0; i < 2; i++) {
                double[] g = gradient(f, p.x(), p.y());
                g[i] += 1e-3 * Math.max(1, Math.abs(g[i]));
                assertTrue(
                        gradientMismatch(f, p.x(), p.y(), g) != null, f.name() + ": a wrong ∂" + i + " passed at " + p);
            }
        }
    }

    @Test
    void aGradientWithATermDroppedIsCaught() {
        // Rosenbrock's ∂f/∂x without its -2(1-x) term: wrong everywhere except on the line x = 1.
        Objective rosenbrock = Functions.resolve("rosenbrock");
        Objective wrong = new BuiltinObjective(
                "wrong",
                "Wrong",
                "",
                rosenbrock.window(),
                List.of(),
                rosenbrock.start(),
                false,
                rosenbrock::value,
                (x, y, g) -> {
                    double value = rosenbrock.valueAndGradient(x, y, g);
                    g[0] += 2 * (1 - x);
                    return value;
                });
        for (Point p : randomPoints(rosenbrock, GRADIENT_POINTS)) {
            assertTrue(
                    gradientMismatch(wrong, p.x(), p.y(), gradient(wrong, p.x(), p.y())) != null,
                    "the dropped term passed at " + p);
        }
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void valueAndGradientReturnsExactlyTheValue(Objective f) {
        List<Point> points = randomPoints(f, SAMPLE_POINTS);
        points.add(f.start());
        f.minima().forEach(m -> points.add(m.point()));
        for (Point p : points) {
            double[] g = new double[2];
            assertEquals(
                    Double.doubleToRawLongBits(f.value(p.x(), p.y())),
                    Double.doubleToRawLongBits(f.valueAndGradient(p.x(), p.y(), g)),
                    f.name() + " at " + p);
        }
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void minimaAreStationaryAndStrict(Objective f) {
        for (Minimum m : f.minima()) {
            double[] g = new double[2];
            double value = f.valueAndGradient(m.x(), m.y(), g);
            // Rounding alone leaves a gradient of about ulp(terms)/distance; scale by the size of the value.
            assertTrue(
                    Math.hypot(g[0], g[1]) < 1e-8 * Math.max(1, Math.abs(value)),
                    f.name() + ": gradient " + g[0] + ", " + g[1] + " at " + m);
            for (int k = 0; k < 8; k++) {
                double angle = k * Math.PI / 4;
                double d = 1e-4;
                assertTrue(
                        f.value(m.x() + d * Math.cos(angle), m.y() + d * Math.sin(angle)) > value,
                        f.name() + ": not a strict minimum at " + m + " (direction " + k + ")");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void minimaAreAccurateToNearlyFullPrecision(Objective f) {
        // One Newton step from a listed minimum, with the Hessian from differences of the exact gradient,
        // must not move it: a digit wrong in the 10th place moves it by about 1e-10.
        for (Minimum m : f.minima()) {
            double h = 1e-5;
            double[] g = gradient(f, m.x(), m.y());
            double[] gxPlus = gradient(f, m.x() + h, m.y());
            double[] gxMinus = gradient(f, m.x() - h, m.y());
            double[] gyPlus = gradient(f, m.x(), m.y() + h);
            double[] gyMinus = gradient(f, m.x(), m.y() - h);
            double hxx = (gxPlus[0] - gxMinus[0]) / (2 * h);
            double hxy = (gyPlus[0] - gyMinus[0] + gxPlus[1] - gxMinus[1]) / (4 * h);
            double hyy = (gyPlus[1] - gyMinus[1]) / (2 * h);
            double det = hxx * hyy - hxy * hxy;
            double dx = -(hyy * g[0] - hxy * g[1]) / det;
            double dy = -(hxx * g[1] - hxy * g[0]) / det;
            assertTrue(
                    Math.hypot(dx, dy) < 1e-13 * Math.max(1, Math.hypot(m.x(), m.y())),
                    f.name() + ": a Newton step moves " + m + " by " + dx + ", " + dy);
        }
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void globalMinimaAreLowest(Objective f) {
        if (f.minima().isEmpty()) {
            return;
        }
        List<Minimum> global = f.minima().stream().filter(Minimum::global).toList();
        assertTrue(!global.isEmpty(), f.name() + " lists minima but no global one");
        double lowest = f.value(global.get(0).x(), global.get(0).y());
        for (Minimum m : f.minima()) {
            double value = f.value(m.x(), m.y());
            if (m.global()) {
                assertEquals(lowest, value, 1e-12 * Math.max(1, Math.abs(lowest)), f.name() + " " + m);
            } else {
                assertTrue(value > lowest + 1e-9, f.name() + ": local " + m + " is as low as the global one");
            }
        }
        for (Point p : randomPoints(f, SAMPLE_POINTS)) {
            assertTrue(lowest <= f.value(p.x(), p.y()), f.name() + " is lower at " + p);
        }
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void startAndMinimaAreInTheWindowAndTheStartIsNotStationary(Objective f) {
        Window w = f.window();
        assertTrue(w.contains(f.start().x(), f.start().y()), f.name() + " start " + f.start());
        f.minima().forEach(m -> assertTrue(w.contains(m.x(), m.y()), f.name() + " " + m));
        double[] g = gradient(f, f.start().x(), f.start().y());
        assertTrue(Math.hypot(g[0], g[1]) > 1e-6, f.name() + " starts at a stationary point");
    }

    @Test
    void knownValues() {
        Object[][] cases = {
            {"bowl", 0.0, 0.0, 0.0, 0.0},
            {"bowl", 1.0, -2.0, 5.0, 0.0},
            {"ravine", 0.0, 0.0, 0.0, 0.0},
            {"ravine", 1.0, 1.0, 1.0, 0.0},
            {"ravine", 1.0, -1.0, 50.0, 0.0},
            {"plateau", 0.0, 0.0, 0.0, 0.0},
            {"saddle", 1.0, 2.0, -3.0, 0.0},
            {"monkey-saddle", 1.0, 1.0, -2.0, 0.0},
            {"rosenbrock", 1.0, 1.0, 0.0, 0.0},
            {"rosenbrock", 0.0, 0.0, 1.0, 0.0},
            {"beale", 3.0, 0.5, 0.0, 0.0},
            {"booth", 1.0, 3.0, 0.0, 0.0},
            {"matyas", 0.0, 0.0, 0.0, 0.0},
            {"himmelblau", 3.0, 2.0, 0.0, 0.0},
            {"himmelblau", -2.805118086952745, 3.131312518250573, 0.0, 1e-26},
            {"himmelblau", -3.779310253377747, -3.2831859912861696, 0.0, 1e-26},
            {"himmelblau", 3.5844283403304917, -1.8481265269644036, 0.0, 1e-26},
            {"six-hump-camel", 0.08984201310031806, -0.7126564030207396, -1.0316284534898774, 1e-15},
            {"six-hump-camel", -0.08984201310031806, 0.7126564030207396, -1.0316284534898774, 1e-15},
            {"goldstein-price", 0.0, -1.0, 3.0, 1e-12},
            {"goldstein-price", -0.6, -0.4, 30.0, 1e-11},
            {"goldstein-price", 1.8, 0.2, 84.0, 1e-11},
            {"goldstein-price", 1.2, 0.8, 840.0, 1e-10},
            {"styblinski-tang", -2.903534027771177, -2.903534027771177, -78.33233140754283, 1e-13},
            {"two-minima", -1.0355787140888537, 0.0, -0.30542848374391597, 1e-15},
            {"two-minima", 0.9601495555191055, 0.0, 0.29414648102826284, 1e-15},
            {"rastrigin", 0.0, 0.0, 0.0, 0.0},
            {"ackley", 0.0, 0.0, 0.0, 1e-15}
        };
        for (Object[] c : cases) {
            Objective f = Functions.resolve((String) c[0]);
            assertEquals(
                    (double) c[3],
                    f.value((double) c[1], (double) c[2]),
                    (double) c[4],
                    c[0] + " at (" + c[1] + ", " + c[2] + ")");
        }
    }

    @Test
    void ackleyGradientAtItsConeTipIsZero() {
        double[] g = gradient(Functions.resolve("ackley"), 0, 0);
        assertEquals(0.0, g[0]);
        assertEquals(0.0, g[1]);
    }

    @Test
    void namesAreUniqueKebabCaseAndPlenty() {
        Set<String> names = new HashSet<>();
        for (Objective f : Functions.builtins()) {
            assertTrue(f.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), f.name());
            assertTrue(names.add(f.name()), "duplicate " + f.name());
            assertTrue(!f.displayName().isBlank(), f.name());
        }
        assertTrue(names.size() >= 14, "only " + names.size() + " built-ins");
    }

    @Test
    void classicFormulasAreUnchanged() {
        Map<String, String> formulas = Map.of(
                "rosenbrock", "(1-x)^2+100*(y-x^2)^2",
                "beale", "(1.5-x+x*y)^2+(2.25-x+x*y^2)^2+(2.625-x+x*y^3)^2",
                "himmelblau", "(x^2+y-11)^2+(x+y^2-7)^2",
                "rastrigin", "20+x^2-10*cos(2*pi*x)+y^2-10*cos(2*pi*y)",
                "saddle", "x^2-y^2");
        formulas.forEach((name, formula) ->
                assertEquals(formula, Functions.resolve(name).formula().replace(" ", ""), name));
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void formulaEvaluatesToTheSameFunction(Objective f) {
        for (Point p : randomPoints(f, GRADIENT_POINTS)) {
            double expected = f.value(p.x(), p.y());
            double actual = new FormulaEvaluator(f.formula(), p.x(), p.y()).evaluate();
            assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), f.name() + " at " + p);
        }
    }

    @Test
    void resolvingAnUnknownNameListsTheBuiltins() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Functions.resolve("nope"));
        for (Objective f : Functions.builtins()) {
            assertTrue(e.getMessage().contains(f.name()), e.getMessage());
        }
    }

    /**
     * A small evaluator of the expression language, only to check that each formula says what the code computes:
     * ^ is right-associative and binds tighter than unary minus. The engine's own parser supersedes it.
     */
    private static final class FormulaEvaluator {

        private static final Map<String, DoubleUnaryOperator> FUNCTIONS =
                Map.of("exp", Math::exp, "sqrt", Math::sqrt, "cos", Math::cos, "sin", Math::sin, "tanh", Math::tanh);
        private static final Map<String, DoubleBinaryOperator> OPERATORS =
                Map.of("+", Double::sum, "-", (a, b) -> a - b, "*", (a, b) -> a * b, "/", (a, b) -> a / b);

        private final String text;
        private final double x;
        private final double y;
        private int at;

        FormulaEvaluator(String text, double x, double y) {
            this.text = text.replace(" ", "");
            this.x = x;
            this.y = y;
        }

        double evaluate() {
            double value = sum();
            if (at != text.length()) {
                fail("unexpected '" + text.substring(at) + "' in " + text);
            }
            return value;
        }

        private double sum() {
            double value = product();
            while (peek("+") || peek("-")) {
                value = OPERATORS.get(text.substring(at++, at)).applyAsDouble(value, product());
            }
            return value;
        }

        private double product() {
            double value = unary();
            while (peek("*") || peek("/")) {
                value = OPERATORS.get(text.substring(at++, at)).applyAsDouble(value, unary());
            }
            return value;
        }

        private double unary() {
            if (peek("-")) {
                at++;
                return -unary();
            }
            double base = atom();
            if (peek("^")) {
                at++;
                return Math.pow(base, unary());
            }
            return base;
        }

        private double atom() {
            if (peek("(")) {
                at++;
                double value = sum();
                expect(")");
                return value;
            }
            int from = at;
            if (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.') {
                while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                    at++;
                }
                return Double.parseDouble(text.substring(from, at));
            }
            while (at < text.length() && Character.isLetter(text.charAt(at))) {
                at++;
            }
            String name = text.substring(from, at);
            if (FUNCTIONS.containsKey(name)) {
                expect("(");
                double argument = sum();
                expect(")");
                return FUNCTIONS.get(name).applyAsDouble(argument);
            }
            return switch (name) {
                case "x" -> x;
                case "y" -> y;
                case "pi" -> Math.PI;
                case "e" -> Math.E;
                default -> fail("unknown name '" + name + "' in " + text);
            };
        }

        private boolean peek(String token) {
            return text.startsWith(token, at);
        }

        private void expect(String token) {
            if (!peek(token)) {
                fail("expected '" + token + "' at " + at + " in " + text);
            }
            at++;
        }
    }
}
