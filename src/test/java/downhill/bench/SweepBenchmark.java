package downhill.bench;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.schedule.Constant;
import downhill.engine.sweep.Axis;
import downhill.engine.sweep.Sweep;
import downhill.engine.sweep.SweepSpec;
import java.nio.file.Path;
import java.util.Map;

/**
 * Issue #16's figure: a 101 × 101 map of SGD with momentum (lr 1e-5 to 1e-2 log × μ 0 to 0.99) × 1,000 steps on
 * Rosenbrock, 10.2 million steps, on both cores; the time to the first coarse picture; and in the same run the same
 * map by PyTorch as one vectorised float64 program (src/test/python/bench_sweep.py). Prints figures, asserts
 * nothing; docs/performance.md records them.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt) downhill.bench.SweepBenchmark [N] [STEPS]}
 */
public final class SweepBenchmark {

    private SweepBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 101;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int threads = Runtime.getRuntime().availableProcessors();
        Objective rosenbrock = Functions.resolve("rosenbrock");
        SweepSpec spec = new SweepSpec(
                rosenbrock,
                null,
                rosenbrock.start(),
                Optimizers.byName("momentum"),
                Hyperparameters.empty(),
                new Constant(),
                new Axis("lr", 1e-5, 1e-2, true, n),
                new Axis("momentum", 0, 0.99, false, n),
                steps,
                1e-8);
        // Warm-up: the JIT compiles the descent's loop before the timed maps.
        new Sweep(new SweepSpec(
                        rosenbrock,
                        null,
                        rosenbrock.start(),
                        Optimizers.byName("momentum"),
                        Hyperparameters.empty(),
                        new Constant(),
                        new Axis("lr", 1e-5, 1e-2, true, 31),
                        new Axis("momentum", 0, 0.99, false, 31),
                        steps,
                        1e-8))
                .run(threads);
        for (int round = 0; round < 3; round++) {
            Sweep sweep = new Sweep(spec);
            long began = System.nanoTime();
            long[] coarseAt = {-1};
            Thread watcher = new Thread(() -> {
                // Polled each millisecond: a spinning watcher would take a core from the two the map runs on.
                while (!sweep.coarseDone() && !sweep.complete()) {
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                coarseAt[0] = System.nanoTime();
            });
            watcher.start();
            sweep.run(threads);
            long ended = System.nanoTime();
            watcher.join();
            long diverged = 0;
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    diverged += sweep.cell(i, j).outcome().failed() ? 1 : 0;
                }
            }
            System.out.printf(
                    "downhill: cells=%d steps=%d threads=%d seconds=%.3f coarse_ms=%.0f diverged=%d "
                            + "ns_per_step_per_thread=%.0f%n",
                    n * n,
                    steps,
                    threads,
                    (ended - began) / 1e9,
                    (coarseAt[0] - began) / 1e6,
                    diverged,
                    (ended - began) * (double) threads / n / n / steps);
        }
        Map<String, String> torch =
                PythonPeer.run(Path.of("src/test/python/bench_sweep.py"), String.valueOf(n), String.valueOf(steps));
        System.out.println("pytorch: " + torch);
    }
}
