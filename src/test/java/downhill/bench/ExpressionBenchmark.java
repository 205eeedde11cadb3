package downhill.bench;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Window;
import downhill.engine.function.expression.Expression;
import downhill.engine.function.expression.ExpressionObjective;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Issue #3's figures: a typed Beale against the hand-written built-in, on a heatmap-sized grid and per point.
 * Prints medians after warm-up; never run as a test.
 *
 * <pre>mvn -B -q -o -Pbench test-compile exec:exec -Dbench.main=downhill.bench.ExpressionBenchmark</pre>
 */
public final class ExpressionBenchmark {

    private static final String BEALE = "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2";
    private static final int COLUMNS = 1000;
    private static final int ROWS = 800;
    private static final int POINT_CALLS = 2_000_000;

    /** Defeats dead-code elimination: every timed loop adds into it. */
    private static double sink;

    private ExpressionBenchmark() {}

    public static void main(String[] args) {
        Objective builtin = Functions.builtin("beale").orElseThrow();
        Expression expression = Expression.parse(BEALE);
        ExpressionObjective compiled = new ExpressionObjective(expression, builtin.window());
        Window w = builtin.window();
        double[] xs = new double[COLUMNS];
        double[] ys = new double[ROWS];
        for (int i = 0; i < COLUMNS; i++) {
            xs[i] = w.xMin() + w.width() * i / (COLUMNS - 1);
        }
        for (int j = 0; j < ROWS; j++) {
            ys[j] = w.yMin() + w.height() * j / (ROWS - 1);
        }
        double[][] grid = new double[ROWS][COLUMNS];
        double[][] reference = new double[ROWS][COLUMNS];

        System.out.printf(
                "Expressions (#3): %s%non a %d×%d grid over [%s, %s]²; %d cores; Java %s%n%n",
                BEALE,
                COLUMNS,
                ROWS,
                w.xMin(),
                w.xMax(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        double oneThread = time(20, 30, () -> rows(compiled, xs, ys, grid, false));
        double twoThreads = time(20, 30, () -> rows(compiled, xs, ys, grid, true));
        double walker = time(3, 5, () -> {
            for (int j = 0; j < ROWS; j++) {
                for (int i = 0; i < COLUMNS; i++) {
                    grid[j][i] = expression.evaluate(xs[i], ys[j]);
                }
            }
            sink += grid[ROWS / 2][COLUMNS / 2];
        });
        double handWritten = time(20, 30, () -> rows(builtin, xs, ys, reference, false));
        double handWrittenTwo = time(20, 30, () -> rows(builtin, xs, ys, reference, true));
        rows(compiled, xs, ys, grid, false);
        System.out.printf("grid, compiled rows, 1 thread      %7.2f ms%n", oneThread);
        System.out.printf("grid, compiled rows, 2 threads     %7.2f ms%n", twoThreads);
        System.out.printf("grid, tree-walker, 1 thread        %7.2f ms%n", walker);
        System.out.printf("grid, built-in beale, 1 thread     %7.2f ms%n", handWritten);
        System.out.printf("grid, built-in beale, 2 threads    %7.2f ms%n", handWrittenTwo);

        double compiledGradient = perCall(compiled, true);
        double builtinGradient = perCall(builtin, true);
        double compiledValue = perCall(compiled, false);
        double builtinValue = perCall(builtin, false);
        System.out.printf("value+gradient, compiled           %7.1f ns%n", compiledGradient);
        System.out.printf("value+gradient, built-in beale     %7.1f ns%n", builtinGradient);
        System.out.printf("value, compiled                    %7.1f ns%n", compiledValue);
        System.out.printf("value, built-in beale              %7.1f ns%n", builtinValue);

        double worst = 0;
        for (int j = 0; j < ROWS; j++) {
            for (int i = 0; i < COLUMNS; i++) {
                double want = reference[j][i];
                worst = Math.max(worst, Math.abs(grid[j][i] - want) / Math.max(1, Math.abs(want)));
            }
        }
        System.out.printf(
                "%nlargest relative difference, compiled vs built-in grid: %.1e (sink %s)%n",
                worst, sink == 42 ? "!" : "ok");
    }

    private static void rows(Objective f, double[] xs, double[] ys, double[][] out, boolean parallel) {
        IntStream rows = IntStream.range(0, ys.length);
        (parallel ? rows.parallel() : rows).forEach(j -> f.valueRow(xs, ys[j], out[j]));
        sink += out[ys.length / 2][xs.length / 2];
    }

    /** Nanoseconds per call over a sweep of points, the median of five sweeps. */
    private static double perCall(Objective f, boolean gradient) {
        double[] g = new double[2];
        double[] sweeps = new double[7];
        for (int sweep = -3; sweep < sweeps.length; sweep++) {
            long start = System.nanoTime();
            double sum = 0;
            for (int i = 0; i < POINT_CALLS; i++) {
                double x = -4 + (i % 997) * 0.008;
                double y = -4 + (i % 1009) * 0.008;
                sum += gradient ? f.valueAndGradient(x, y, g) + g[0] + g[1] : f.value(x, y);
            }
            long elapsed = System.nanoTime() - start;
            sink += sum;
            if (sweep >= 0) {
                sweeps[sweep] = (double) elapsed / POINT_CALLS;
            }
        }
        Arrays.sort(sweeps);
        return sweeps[sweeps.length / 2];
    }

    /** Milliseconds per run, the median of {@code timed} runs after {@code warmUp} untimed ones. */
    private static double time(int warmUp, int timed, Runnable run) {
        for (int i = 0; i < warmUp; i++) {
            run.run();
        }
        double[] runs = new double[timed];
        for (int i = 0; i < timed; i++) {
            long start = System.nanoTime();
            run.run();
            runs[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(runs);
        return runs[timed / 2];
    }
}
