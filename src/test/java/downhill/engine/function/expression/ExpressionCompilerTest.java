package downhill.engine.function.expression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What compiling does to the code, and that every compiled evaluator agrees with the tree-walker. */
class ExpressionCompilerTest {

    private static final String[] EXPRESSIONS = {
        "x",
        "y",
        "3",
        "pi*e",
        "y^2 + 1",
        "sin(y)*x",
        "x*y",
        "(1-x)^2 + 100*(y-x^2)^2",
        "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
        "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)",
        "log(x) + sqrt(y)",
        "1/x - 1/y",
        "x^y",
        "max(x, y) - min(x*x, y) + abs(x - y) + sign(x*y)",
        "atan2(y, x) + hypot(x, y)",
        "x^-3 + y^10",
        "asin(x) + acos(y) + atan(x*y) + tan(x)",
        "sinh(x) + cosh(y) + tanh(x - y) + exp(-x^2)",
        "log10(x^2) + ln(y^2) + pow(abs(x), y)",
        "-(-x) + --y",
    };

    private static int[] ops(String text) {
        return Compiler.compile(Expression.parse(text).tree()).pointOps();
    }

    private static long count(int[] ops, int op) {
        return Arrays.stream(ops).filter(o -> o == op).count();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "x^2    | 1 | 0",
                "x^3    | 2 | 0",
                "x^8    | 3 | 0",
                "x^13   | 5 | 0",
                "x^64   | 6 | 0",
                "x^-2   | 1 | 1",
                "x^1    | 0 | 0",
                "x^0    | 0 | 0",
            })
    void integerPowersBecomeMultiplications(String text, int multiplications, int divisions) {
        int[] ops = ops(text);
        assertEquals(multiplications, count(ops, Op.MUL), text);
        assertEquals(divisions, count(ops, Op.DIV), text);
        assertEquals(0, count(ops, Op.POW), text);
    }

    @Test
    void otherPowersStayPowers() {
        assertEquals(1, count(ops("x^2.5"), Op.POW));
        assertEquals(1, count(ops("x^y"), Op.POW));
        assertEquals(1, count(ops("x^65"), Op.POW));
        assertEquals(1, count(ops("2^x"), Op.POW));
    }

    @Test
    void constantSubtreesAreFolded() {
        assertArrayEquals(new int[] {Op.MUL}, ops("2*pi*x"));
        assertArrayEquals(new int[] {Op.ADD}, ops("sin(pi/2)*3^2 + x"));
        assertArrayEquals(new int[] {Op.ADD}, ops("-3 + x"));
        assertArrayEquals(new int[] {}, ops("log(2)*10"));
    }

    @Test
    void equalSubtreesAreComputedOnce() {
        int[] ops = ops("(x*y)^2 + sin(y*x) + (x*y)");
        assertEquals(2, count(ops, Op.MUL), "x*y once, its square once");
        assertEquals(1, count(ops, Op.SIN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x*1", "1*x", "x/1", "x - 0", "--x", "x^1", "-(-x)"})
    void exactIdentitiesCostNothing(String text) {
        assertArrayEquals(new int[] {}, ops(text));
    }

    @Test
    void multiplyingByMinusOneIsANegation() {
        assertArrayEquals(new int[] {Op.NEG}, ops("-1*x"));
        assertArrayEquals(new int[] {Op.NEG}, ops("x*(-1)"));
    }

    private static final double[] SPECIAL = {
        0, -0.0, 1, -1, 0.5, -2.5, 3, 1e-300, 1e300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY
    };

    private static void sameValue(double expected, double actual, double relative, String where) {
        if (Double.isNaN(expected) || Double.isNaN(actual) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, where);
        } else {
            assertEquals(expected, actual, relative * Math.abs(expected), where);
        }
    }

    @Test
    void compiledEqualsTheTreeWalker() {
        for (String text : EXPRESSIONS) {
            Expression expression = Expression.parse(text);
            ExpressionObjective compiled = new ExpressionObjective(expression);
            double[] gradient = new double[2];
            for (double x : SPECIAL) {
                for (double y : SPECIAL) {
                    String where = text + " at " + x + "," + y;
                    double walked = expression.evaluate(x, y);
                    sameValue(walked, compiled.value(x, y), 1e-12, where);
                    assertEquals(compiled.value(x, y), compiled.valueAndGradient(x, y, gradient), where);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            ints = {0, 1, 7, CompiledExpression.LANES - 1, CompiledExpression.LANES, CompiledExpression.LANES + 1, 1000
            })
    void aRowEqualsItsPointsBitForBit(int length) {
        Random random = new Random(length);
        double[] xs = new double[length];
        for (int i = 0; i < length; i++) {
            xs[i] = i % 11 == 0 ? SPECIAL[i % SPECIAL.length] : 6 * random.nextDouble() - 3;
        }
        double[] out = new double[length];
        for (String text : EXPRESSIONS) {
            ExpressionObjective f = ExpressionObjective.parse(text);
            for (double y : SPECIAL) {
                Arrays.fill(out, 42);
                f.valueRow(xs, y, out);
                for (int i = 0; i < length; i++) {
                    assertEquals(
                            Double.doubleToLongBits(f.value(xs[i], y)),
                            Double.doubleToLongBits(out[i]),
                            text + " at " + xs[i] + "," + y);
                }
            }
        }
    }

    @Test
    void aRowLeavesTheRestOfALongerOutputAlone() {
        double[] out = {7, 7, 7, 7};
        ExpressionObjective.parse("x + y").valueRow(new double[] {1, 2}, 10, out);
        assertArrayEquals(new double[] {11, 12, 7, 7}, out);
    }

    @Test
    void manyThreadsAtOnceGetTheSameAnswersAsOne() throws Exception {
        ExpressionObjective f = ExpressionObjective.parse(EXPRESSIONS[8] + " + " + EXPRESSIONS[9]);
        double[] xs = new double[700];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -3 + 6.0 * i / xs.length;
        }
        double[] expectedRow = new double[xs.length];
        f.valueRow(xs, 0.25, expectedRow);
        double[] expectedGradient = new double[2];
        double expectedValue = f.valueAndGradient(0.3, -0.7, expectedGradient);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    double[] row = new double[xs.length];
                    double[] gradient = new double[2];
                    boolean same = true;
                    for (int round = 0; round < 300; round++) {
                        f.valueRow(xs, 0.25, row);
                        double value = f.valueAndGradient(0.3, -0.7, gradient);
                        same &= Arrays.equals(expectedRow, row)
                                && value == expectedValue
                                && Arrays.equals(expectedGradient, gradient)
                                && f.value(0.3, -0.7) == expectedValue;
                    }
                    return same;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void evaluatingAPointAllocatesNothing() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        ExpressionObjective f = ExpressionObjective.parse(EXPRESSIONS[8]);
        double[] gradient = new double[2];
        double[] xs = new double[300];
        double[] row = new double[300];
        double sink = 0;
        for (int i = 0; i < 50_000; i++) {
            sink += f.valueAndGradient(i * 1e-5, 0.5, gradient) + f.value(0.5, i * 1e-5);
        }
        f.valueRow(xs, 0.5, row);
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            sink += f.valueAndGradient(i * 1e-5, 0.5, gradient) + f.value(0.5, i * 1e-5);
        }
        for (int i = 0; i < 1000; i++) {
            f.valueRow(xs, i, row);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes over 201,000 calls (sink " + sink + ")");
    }
}
