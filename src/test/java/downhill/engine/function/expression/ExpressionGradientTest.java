package downhill.engine.function.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Functions;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exact gradients: against central differences at smooth points for every operator and function, and the
 * documented conventions where a derivative does not exist.
 */
class ExpressionGradientTest {

    /** An expression for each function, with arguments that depend on both variables and are smooth at P. */
    private static final Map<MathFunction, String> CALLS = new LinkedHashMap<>();

    static {
        CALLS.put(MathFunction.SIN, "sin(0.7*x - 0.4*y)");
        CALLS.put(MathFunction.COS, "cos(x*y + 1)");
        CALLS.put(MathFunction.TAN, "tan(0.3*x + 0.2*y)");
        CALLS.put(MathFunction.ASIN, "asin(0.3*x + 0.2*y)");
        CALLS.put(MathFunction.ACOS, "acos(0.3*x - 0.2*y)");
        CALLS.put(MathFunction.ATAN, "atan(x^2 - y)");
        CALLS.put(MathFunction.SINH, "sinh(x - 2*y)");
        CALLS.put(MathFunction.COSH, "cosh(x*y)");
        CALLS.put(MathFunction.TANH, "tanh(x + y^2)");
        CALLS.put(MathFunction.EXP, "exp(x*y - x)");
        CALLS.put(MathFunction.LOG, "log(x^2 + y + 3)");
        CALLS.put(MathFunction.LN, "ln(x^2*y + 4)");
        CALLS.put(MathFunction.LOG10, "log10(x^2 + y^2 + 1)");
        CALLS.put(MathFunction.SQRT, "sqrt(x^2 + 2*y + 3)");
        CALLS.put(MathFunction.ABS, "abs(x - 2*y)");
        CALLS.put(MathFunction.SIGN, "sign(x*y)*x^2");
        CALLS.put(MathFunction.MIN, "min(x^2, y)");
        CALLS.put(MathFunction.MAX, "max(x*y, x - y)");
        CALLS.put(MathFunction.POW, "pow(x^2 + 1, y)");
        CALLS.put(MathFunction.ATAN2, "atan2(y + 0.3, x - 0.2)");
        CALLS.put(MathFunction.HYPOT, "hypot(x, 2*y)");
    }

    private static final double[][] POINTS = {{0.55, -0.4}, {-1.3, 0.9}, {1.7, 1.1}};

    private static void agreesWithCentralDifferences(String text) {
        ExpressionObjective f = ExpressionObjective.parse(text);
        double[] gradient = new double[2];
        for (double[] p : POINTS) {
            double value = f.valueAndGradient(p[0], p[1], gradient);
            assertEquals(f.value(p[0], p[1]), value, text);
            for (int variable = 0; variable < 2; variable++) {
                CentralDifferences.Estimate estimate = CentralDifferences.partial(f, p[0], p[1], variable);
                String where = text + " ∂/∂" + "xy".charAt(variable) + " at " + p[0] + "," + p[1];
                assertTrue(estimate.smooth(), where + " is smooth");
                assertEquals(
                        estimate.derivative(), gradient[variable], 1e-8 * (1 + Math.abs(gradient[variable])), where);
            }
        }
    }

    @Test
    void everyFunctionIsCovered() {
        assertEquals(EnumSet.allOf(MathFunction.class), EnumSet.copyOf(CALLS.keySet()));
    }

    @Test
    void everyFunctionAgreesWithCentralDifferences() {
        CALLS.values().forEach(ExpressionGradientTest::agreesWithCentralDifferences);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "x + y*y",
                "x - 3*y",
                "x*y",
                "x/y",
                "-x*y",
                "(x^2 + 1)^y",
                "2^(x*y)",
                "(x^2 + 1)^2.5",
                "x^3",
                "x^-2",
                "y^7 - x^12",
                "e^x",
                "pi*x/y",
                "(1-x)^2 + 100*(y-x^2)^2",
                "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
                "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)",
                "(x^2 + y - 11)^2 + (x + y^2 - 7)^2",
            })
    void everyOperatorAgreesWithCentralDifferences(String text) {
        agreesWithCentralDifferences(text);
    }

    private static double[] gradient(String text, double x, double y) {
        double[] gradient = new double[2];
        ExpressionObjective.parse(text).valueAndGradient(x, y, gradient);
        return gradient;
    }

    @ParameterizedTest(name = "{0} at ({1}, {2}) has gradient ({3}, {4})")
    @CsvSource(
            delimiter = '|',
            value = {
                "abs(x)            |  0 | 0 |  0   | 0",
                "abs(x - y)        |  2 | 2 |  0   | 0",
                "abs(x)            | -3 | 0 | -1   | 0",
                "sqrt(x)           |  0 | 1 |  0   | 0",
                "sqrt(x^2 + y^2)   |  0 | 0 |  0   | 0",
                "x^0.5             |  0 | 1 |  0   | 0",
                "sign(x)           |  0 | 0 |  0   | 0",
                "sign(x)           |  2 | 0 |  0   | 0",
                "min(x, y)         |  1 | 1 |  0.5 | 0.5",
                "max(x, y)         |  1 | 1 |  0.5 | 0.5",
                "max(x, y)         |  1 | 2 |  0   | 1",
                "atan2(y, x)       |  0 | 0 |  0   | 0",
                "hypot(x, y)       |  0 | 0 |  0   | 0",
                "x^y               |  0 | 2 |  0   | 0",
                "x^0               |  0 | 0 |  0   | 0",
            })
    void conventionsWhereTheDerivativeDoesNotExist(String text, double x, double y, double gx, double gy) {
        double[] g = gradient(text, x, y);
        assertEquals(gx, g[0], 0, "∂/∂x");
        assertEquals(gy, g[1], 0, "∂/∂y");
    }

    @Test
    void aFactorThatDoesNotDependOnAVariableContributesNothingToItsDerivative() {
        // d/dx of x^y at x < 0 exists for whole y, though ln x (in d/dy) does not: 0·NaN counts as 0.
        double[] g = gradient("x^y", -2, 2);
        assertEquals(-4, g[0]);
        assertTrue(Double.isNaN(g[1]));
        double[] h = gradient("sqrt(x) + y", 0, 5);
        assertEquals(0, h[0]);
        assertEquals(1, h[1]);
    }

    @Test
    void outsideTheDomainValuesAreNotFiniteAndNothingIsThrown() {
        ExpressionObjective log = ExpressionObjective.parse("log(x)");
        double[] g = new double[2];
        assertTrue(Double.isNaN(log.valueAndGradient(-1, 0, g)));
        assertEquals(Double.NEGATIVE_INFINITY, log.value(0, 0));
        assertEquals(Double.POSITIVE_INFINITY, ExpressionObjective.parse("1/x").value(0, 0));
        assertTrue(Double.isNaN(ExpressionObjective.parse("0/x").value(0, 0)));
        assertTrue(Double.isNaN(ExpressionObjective.parse("sqrt(x)").value(-1, 0)));
        assertTrue(Double.isNaN(ExpressionObjective.parse("asin(x)").valueAndGradient(2, 0, g)));
        assertEquals(Math.PI / 2, ExpressionObjective.parse("asin(x)").valueAndGradient(1, 0, g));
        assertEquals(Double.POSITIVE_INFINITY, g[0], "asin's slope at 1 is infinite: no convention hides it");
    }

    @Test
    void theGradientOfABuiltinsFormulaEqualsItsHandDerivedOne() {
        for (var builtin : Functions.builtins()) {
            ExpressionObjective typed = ExpressionObjective.parse(builtin.formula());
            double[] exact = new double[2];
            double[] compiled = new double[2];
            for (double[] p : POINTS) {
                double v = builtin.valueAndGradient(p[0], p[1], exact);
                assertEquals(v, typed.valueAndGradient(p[0], p[1], compiled), 1e-12 * (1 + Math.abs(v)));
                assertEquals(exact[0], compiled[0], 1e-12 * (1 + Math.abs(exact[0])), builtin.name());
                assertEquals(exact[1], compiled[1], 1e-12 * (1 + Math.abs(exact[1])), builtin.name());
            }
        }
    }
}
