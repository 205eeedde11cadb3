package downhill.bench;

import downhill.engine.data.Generators;
import downhill.engine.landscape.GridSurface;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Loss;
import downhill.engine.nn.Network;
import downhill.engine.slice.LossSlice;
import downhill.engine.slice.PlaneDirections;
import downhill.engine.train.TrainingData;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The network loss landscape's speed (#8), in one run: a 51 × 51 slice L(θ* + α·d₁ + β·d₂) over [−1, 1]² of a
 * 2-64-64-1 ReLU network with BCE on the 800 training points of moons, computed by {@link LossSlice} on one and on
 * two workers, and by PyTorch float64 through {@code src/test/python/bench_loss_slice.py} (the same grid of forward
 * passes). Prints seconds side by side with the machine's load.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench.main=downhill.bench.LossSliceBenchmark</pre>
 */
public final class LossSliceBenchmark {

    private static final int NODES = 51;
    private static final int WARMUPS = 3;
    private static final int REPEATS = 5;
    private static final Path PEER_SCRIPT = Path.of("src/test/python/bench_loss_slice.py");

    private LossSliceBenchmark() {}

    public static void main(String[] args) throws InterruptedException {
        TrainingData data = TrainingData.prepare(Generators.generate("moons", 1000, 0.2, 0), 0.2, 0, true);
        Architecture architecture =
                Architecture.forData(2, List.of(64, 64), Activation.RELU, Loss.BINARY_CROSS_ENTROPY, 2);
        double[] center;
        try (Network network = new Network(architecture)) {
            network.initialize(1);
            center = network.parameters().clone();
            PlaneDirections directions = PlaneDirections.filterNormalized(network.layers(), center, 2);
            LossSlice slice = new LossSlice(
                    architecture,
                    center,
                    directions,
                    data.train().features(),
                    data.train().targets(),
                    0);
            System.out.println("Load before: " + TrainingBenchmark.loadAverage());
            System.out.println("Slice: " + NODES + " × " + NODES + " of " + architecture.describe() + " ("
                    + architecture.parameterCount() + " parameters) on "
                    + data.train().sampleCount() + " points");
            double one = best(slice, 1);
            double two = best(slice, 2);
            Map<String, String> peer = PythonPeer.run(PEER_SCRIPT, String.valueOf(NODES));
            String torch = peer.getOrDefault("torch_seconds", "n/a");
            System.out.println();
            System.out.printf("%-34s %10s%n", "", "seconds");
            System.out.printf("%-34s %10.3f%n", "Downhill LossSlice, 1 worker", one);
            System.out.printf("%-34s %10.3f%n", "Downhill LossSlice, 2 workers", two);
            System.out.printf("%-34s %10s%n", "PyTorch " + peer.getOrDefault("torch_version", "?") + " float64", torch);
            if (!torch.equals("n/a")) {
                System.out.printf("PyTorch / Downhill (2 workers): %.1f×%n", Double.parseDouble(torch) / two);
            }
            System.out.println("Load after: " + TrainingBenchmark.loadAverage());
        }
    }

    /** The best of {@value #REPEATS} timed grids after {@value #WARMUPS} untimed ones (JIT). */
    private static double best(LossSlice slice, int workers) {
        for (int i = 0; i < WARMUPS; i++) {
            slice.grid(NODES, 1.0, workers, () -> false);
        }
        double[] seconds = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            GridSurface grid = slice.grid(NODES, 1.0, workers, () -> false);
            seconds[i] = (System.nanoTime() - start) / 1e9;
            if (grid.columns() != NODES) {
                throw new IllegalStateException("unexpected grid " + grid);
            }
        }
        Arrays.sort(seconds);
        System.out.printf(
                "Downhill, %d worker(s): best %.3f s, median %.3f s%n", workers, seconds[0], seconds[REPEATS / 2]);
        return seconds[0];
    }
}
