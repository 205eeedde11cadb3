package downhill.bench;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.landscape.ColorScaling;
import downhill.engine.landscape.LandscapeRenderer;
import downhill.engine.landscape.RenderRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue #4: heatmap plus 20 contours of a 1000 × 800 view, on 1 thread and on 2, side by side with matplotlib
 * drawing the same picture (src/test/python/bench_matplotlib.py, run in the same process tree right after).
 * Stages: sampling the surface; colour mapping (recolour without contours); contours (trace + stroke: recolour
 * with 20 levels minus recolour without); the whole render. Each figure is the median of {@value #RUNS} runs
 * after an untimed round of everything and {@value #WARM_UP} warm-up runs of the stage itself.
 */
public final class LandscapeBenchmark {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 800;
    private static final int WARM_UP = 20;
    private static final int RUNS = 41;
    private static final String[] STAGES = {"sampling", "colour", "contours", "whole"};
    private static final String PYTHON = "/usr/bin/python3";
    private static final Path PEER = Path.of("src/test/python/bench_matplotlib.py");

    private LandscapeBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.out.println("load average before: " + loadAverage() + "; cores: "
                + Runtime.getRuntime().availableProcessors() + "; java " + System.getProperty("java.version"));
        // Every code path compiled before any figure is taken, so the JIT's threads do not compete with the workers.
        stages("rosenbrock", ColorScaling.LOG);
        stages("rastrigin", ColorScaling.LINEAR);
        long[] before = cpuTicks();
        Map<String, double[][]> java = new LinkedHashMap<>();
        java.put("rosenbrock", stages("rosenbrock", ColorScaling.LOG));
        java.put("rastrigin", stages("rastrigin", ColorScaling.LINEAR));
        long[] after = cpuTicks();
        if (before != null && after != null) {
            double others = (after[0] - before[0] - (after[1] - before[1])) / (double) (after[2] - before[2]);
            System.out.printf(
                    Locale.ROOT,
                    "other processes kept %.0f %% of the machine busy while Java was timed%s%n",
                    100 * Math.max(0, others),
                    others > 0.1 ? ": 2-thread figures not to be trusted, rerun" : "");
        }
        Map<String, Double> peer = matplotlib();
        System.out.println("load average after: " + loadAverage());
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "%-11s %-9s %12s %12s %12s %9s%n",
                "function",
                "stage",
                "java 1 thr",
                "java 2 thr",
                "matplotlib",
                "speed-up");
        for (Map.Entry<String, double[][]> entry : java.entrySet()) {
            for (int s = 0; s < STAGES.length; s++) {
                Double theirs = peer.get(entry.getKey() + " " + STAGES[s]);
                double alone = entry.getValue()[0][s];
                double shared = entry.getValue()[1][s];
                String peerText = theirs == null ? "n/a" : String.format(Locale.ROOT, "%9.2f ms", theirs);
                String ratio = theirs == null ? "" : String.format(Locale.ROOT, "%.0f×", theirs / shared);
                System.out.printf(
                        Locale.ROOT,
                        "%-11s %-9s %9.2f ms %9.2f ms %12s %9s%n",
                        entry.getKey(),
                        STAGES[s],
                        alone,
                        shared,
                        peerText,
                        ratio);
            }
        }
    }

    /** [renderer: sequential, parallel][stage] median milliseconds. */
    private static double[][] stages(String name, ColorScaling scaling) {
        Objective objective = Functions.resolve(name);
        RenderRequest request = RenderRequest.of(objective::valueRow, objective.window(), WIDTH, HEIGHT)
                .withScaling(scaling);
        RenderRequest heatmapOnly = request.withContourLevels(0);
        double[][] result = new double[2][];
        LandscapeRenderer[] renderers = {LandscapeRenderer.sequential(), LandscapeRenderer.parallel()};
        for (int r = 0; r < 2; r++) {
            LandscapeRenderer renderer = renderers[r];
            double[] values = renderer.sample(request.surface(), request.window(), WIDTH, HEIGHT);
            double sampling = median(() -> renderer.sample(request.surface(), request.window(), WIDTH, HEIGHT));
            double colour = median(() -> renderer.recolour(heatmapOnly, values));
            double withContours = median(() -> renderer.recolour(request, values));
            double whole = median(() -> renderer.render(request));
            result[r] = new double[] {sampling, colour, withContours - colour, whole};
        }
        return result;
    }

    private static double median(Runnable action) {
        for (int i = 0; i < WARM_UP; i++) {
            action.run();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    /** "function stage" → median ms, from the peer script; empty (and a note) if matplotlib cannot run. */
    private static Map<String, Double> matplotlib() throws InterruptedException {
        Map<String, Double> figures = new LinkedHashMap<>();
        if (!Files.isRegularFile(PEER)) {
            System.out.println("matplotlib: " + PEER + " not found (run from the project folder)");
            return figures;
        }
        List<String> output = new ArrayList<>();
        try {
            Process process = new ProcessBuilder(PYTHON, PEER.toString(), "11")
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    output.add(line);
                }
            }
            if (process.waitFor() != 0) {
                System.out.println("matplotlib: the peer script failed:\n  " + String.join("\n  ", output));
                return figures;
            }
        } catch (IOException e) {
            System.out.println("matplotlib: cannot run " + PYTHON + ": " + e.getMessage());
            return figures;
        }
        for (String line : output) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 3) {
                figures.put(parts[0] + " " + parts[1], Double.parseDouble(parts[2]));
            }
        }
        return figures;
    }

    /**
     * {busy ticks of the whole machine, busy ticks of this process, all ticks of the whole machine} from /proc
     * (Linux), or null: what other processes took from the two cores while this one was being timed.
     */
    private static long[] cpuTicks() {
        try {
            String[] machine =
                    Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long all = 0;
            for (int i = 1; i <= 8; i++) { // user … steal; guest time is already counted in user
                all += Long.parseLong(machine[i]);
            }
            long idle = Long.parseLong(machine[4]) + Long.parseLong(machine[5]);
            String self = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = self.substring(self.lastIndexOf(')') + 2).trim().split("\\s+");
            long mine = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            return new long[] {all - idle, mine, all};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
