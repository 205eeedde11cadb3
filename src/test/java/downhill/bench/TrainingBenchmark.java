package downhill.bench;

import downhill.engine.data.Generators;
import downhill.engine.nn.Kernels;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import downhill.engine.train.Trainer;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Network training speed (#6), in one run: Downhill's milliseconds per epoch of the lecture's configuration on one
 * and two threads; EJML's {@code CommonOps_DDRM} against {@link Kernels} on the products of that configuration;
 * and, through {@code src/test/python/bench_training.py}, scikit-learn's MLPClassifier and PyTorch float64 doing
 * the same epoch. Prints a side-by-side table.
 *
 * <p>One epoch everywhere: reshuffle the 800 training points; 4 updates of batch 200 on 2-64-64-1 ReLU with Adam
 * (forward, backward, step); then loss and accuracy over all 800 training and 200 test points.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench.main=downhill.bench.TrainingBenchmark</pre>
 */
public final class TrainingBenchmark {

    private static final int WARMUP_EPOCHS = 400;
    private static final int MEASURED_EPOCHS = 100;
    private static final int REPEATS = 7;
    private static final Path PYTHON = PythonPeer.PYTHON;
    private static final Path PEER_SCRIPT = Path.of("src/test/python/bench_training.py");

    private TrainingBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.out.println("TrainingBenchmark: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load average at start " + loadAverage());
        System.out.println();

        double[] oneThread = epochMillis(1);
        double[] twoThreads = epochMillis(2);
        System.out.printf(
                "downhill, 1 thread : best %.3f ms/epoch, median %.3f (runs of %d epochs)%n",
                oneThread[0], oneThread[1], MEASURED_EPOCHS);
        System.out.printf("downhill, 2 threads: best %.3f ms/epoch, median %.3f%n", twoThreads[0], twoThreads[1]);
        System.out.println();

        System.out.println("Products of one update (GFLOP/s, best of " + REPEATS + "; higher is better):");
        System.out.printf("  %-34s %8s %8s %8s %8s%n", "", "EJML", "Kernels", "i-k-j", "Kernels/EJML");
        kernelRow("A·B   200×64 · 64×64 (forward)", 200, 64, 64, Product.AB);
        kernelRow("Aᵀ·B  (200×64)ᵀ · 200×64 (dW)", 64, 200, 64, Product.TRANSPOSED_A);
        kernelRow("A·Bᵀ  200×64 · (64×64)ᵀ (delta)", 200, 64, 64, Product.TRANSPOSED_B);
        System.out.println();

        Map<String, String> peers = runPeers();
        System.out.println();
        System.out.println(
                "ms per epoch, lecture configuration (best, median of " + REPEATS + " runs; lower is better)");
        double sklearn = number(peers.get("sklearn_ms_per_epoch"));
        row("downhill 1 thread", oneThread[0], oneThread[1], sklearn);
        row("downhill 2 threads", twoThreads[0], twoThreads[1], sklearn);
        peerRow(
                "scikit-learn " + peers.getOrDefault("sklearn_version", "?") + " MLPClassifier",
                peers,
                "sklearn",
                sklearn);
        peerRow("  (its fit alone, no evaluation)", peers, "sklearn_fit_only", sklearn);
        peerRow(
                "PyTorch " + peers.getOrDefault("torch_version", "?") + " float64, 1 thread",
                peers,
                "torch_1t",
                sklearn);
        peerRow("PyTorch float64, 2 threads", peers, "torch_2t", sklearn);
        System.out.println("load average at end " + loadAverage());
    }

    /** Best and median milliseconds per epoch over {@value #REPEATS} runs of {@value #MEASURED_EPOCHS} epochs. */
    private static double[] epochMillis(int threads) {
        TrainingData data = TrainingData.prepare(Generators.moons(1000, 0.2, 0), 0.2, 0, true);
        TrainingPlan plan =
                TrainingPlan.defaults().withThreads(threads).withEpochs(WARMUP_EPOCHS + REPEATS * MEASURED_EPOCHS);
        double[] runs = new double[REPEATS];
        try (Trainer trainer = new Trainer(data, plan, Contender.of(Optimizers.byName("adam")))) {
            for (int e = 0; e < WARMUP_EPOCHS; e++) {
                trainer.runEpoch();
            }
            for (int r = 0; r < REPEATS; r++) {
                long start = System.nanoTime();
                for (int e = 0; e < MEASURED_EPOCHS; e++) {
                    trainer.runEpoch();
                }
                runs[r] = (System.nanoTime() - start) / 1e6 / MEASURED_EPOCHS;
            }
        }
        Arrays.sort(runs);
        return new double[] {runs[0], runs[REPEATS / 2]};
    }

    private enum Product {
        AB,
        TRANSPOSED_A,
        TRANSPOSED_B
    }

    /** C (m × n) from a shared dimension k, by EJML, by {@link Kernels} and by a plain i-k-j loop. */
    private static void kernelRow(String label, int m, int k, int n, Product product) {
        SplittableRandom random = new SplittableRandom(1);
        int aRows = product == Product.TRANSPOSED_A ? k : m;
        int aCols = product == Product.TRANSPOSED_A ? m : k;
        int bRows = product == Product.TRANSPOSED_B ? n : k;
        int bCols = product == Product.TRANSPOSED_B ? k : n;
        DMatrixRMaj a = new DMatrixRMaj(aRows, aCols);
        DMatrixRMaj b = new DMatrixRMaj(bRows, bCols);
        Arrays.setAll(a.data, i -> random.nextDouble(-1, 1));
        Arrays.setAll(b.data, i -> random.nextDouble(-1, 1));
        DMatrixRMaj c = new DMatrixRMaj(m, n);
        double[][] aRowsOf = rows(a);
        double[][] bRowsOf = rows(b);
        double[][] bTransposed = new double[bCols][bRows];
        double[][] ours = new double[m][n];
        double[] plainResult = new double[m * n];
        double flops = 2.0 * m * n * k;
        Runnable ejml = switch (product) {
            case AB -> () -> CommonOps_DDRM.mult(a, b, c);
            case TRANSPOSED_A -> () -> CommonOps_DDRM.multTransA(a, b, c);
            case TRANSPOSED_B -> () -> CommonOps_DDRM.multTransB(a, b, c);
        };
        // A·Bᵀ is timed with the transposed copy of B that a backward pass makes.
        Runnable kernels = switch (product) {
            case AB -> () -> Kernels.multiply(aRowsOf, bRowsOf, null, 0, ours, m, k, n);
            case TRANSPOSED_A -> () -> Kernels.multiplyTransposedA(aRowsOf, bRowsOf, ours, m, k, n);
            case TRANSPOSED_B ->
                () -> {
                    Kernels.transpose(b.data, 0, bRows, bCols, bTransposed);
                    Kernels.multiply(aRowsOf, bTransposed, null, 0, ours, m, k, n);
                };
        };
        Runnable plain = () -> plainProduct(a.data, b.data, plainResult, m, k, n, product);
        double ejmlRate = flops / bestSeconds(ejml) / 1e9;
        double kernelRate = flops / bestSeconds(kernels) / 1e9;
        double plainRate = flops / bestSeconds(plain) / 1e9;
        System.out.printf(
                "  %-34s %8.2f %8.2f %8.2f %11.2f×%n", label, ejmlRate, kernelRate, plainRate, kernelRate / ejmlRate);
    }

    private static double[][] rows(DMatrixRMaj matrix) {
        double[][] rows = new double[matrix.numRows][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Arrays.copyOfRange(matrix.data, i * matrix.numCols, (i + 1) * matrix.numCols);
        }
        return rows;
    }

    /** The textbook loop (i, then p, then j) on flat row-major arrays, operands read in place, for reference. */
    private static void plainProduct(double[] a, double[] b, double[] c, int m, int k, int n, Product product) {
        Arrays.fill(c, 0);
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                double x = product == Product.TRANSPOSED_A ? a[p * m + i] : a[i * k + p];
                for (int j = 0; j < n; j++) {
                    c[i * n + j] += x * (product == Product.TRANSPOSED_B ? b[j * k + p] : b[p * n + j]);
                }
            }
        }
    }

    private static double bestSeconds(Runnable work) {
        int reps = 2000;
        for (int i = 0; i < reps; i++) {
            work.run();
        }
        double best = Double.MAX_VALUE;
        for (int r = 0; r < REPEATS; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                work.run();
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e9 / reps);
        }
        return best;
    }

    /** Runs the Python peers and returns their {@code name=value} lines; says so and goes on when they cannot run. */
    private static Map<String, String> runPeers() throws InterruptedException {
        Map<String, String> figures = PythonPeer.run(PEER_SCRIPT);
        if (figures.containsKey("sklearn_missing")) {
            System.out.println("scikit-learn is not installed for " + PYTHON + "; its column stays empty");
        }
        if (figures.containsKey("torch_missing")) {
            System.out.println("PyTorch is not installed for " + PYTHON + "; its column stays empty");
        }
        return figures;
    }

    private static void peerRow(String label, Map<String, String> peers, String name, double sklearn) {
        row(
                label,
                number(peers.get(name + "_ms_per_epoch")),
                number(peers.get(name + "_median_ms_per_epoch")),
                sklearn);
    }

    private static void row(String label, double best, double median, double sklearn) {
        if (Double.isNaN(best)) {
            System.out.printf("  %-44s %9s%n", label, "n/a");
        } else if (Double.isNaN(sklearn)) {
            System.out.printf("  %-44s %9.3f %9.3f%n", label, best, median);
        } else {
            System.out.printf(
                    "  %-44s %9.3f %9.3f   %5.2f× scikit-learn's best%n", label, best, median, best / sklearn);
        }
    }

    private static double number(String text) {
        return text == null ? Double.NaN : Double.parseDouble(text);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
