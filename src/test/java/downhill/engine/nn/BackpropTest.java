package downhill.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.Dataset;
import downhill.engine.data.Generators;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The explained pass is the training pass: same gradient bit for bit, intermediates that fit together. */
class BackpropTest {

    /**
     * A training step's gradient (a two-thread network, as the trainer has, on a shuffled batch from an offset) and
     * the traced pass's ∂L/∂W, ∂L/∂b on a network of its own with the same weights: the same doubles.
     */
    @ParameterizedTest(name = "{0} rows, l2 {1}")
    @CsvSource({"1, 0", "5, 0", "63, 0", "64, 0", "101, 0.01", "200, 0"})
    void gradientIsTheTrainingStepsBitForBit(int rows, double l2) {
        Dataset moons = Generators.moons(300, 0.2, 4);
        Architecture architecture =
                Architecture.forData(2, List.of(16, 8), Activation.RELU, Loss.BINARY_CROSS_ENTROPY, 2);
        int[] order = shuffled(moons.sampleCount(), 9);
        try (Network training = new Network(architecture, 2);
                Network explained = new Network(architecture)) {
            training.initialize(3);
            explained.setParameters(training.parameters());
            double trainingLoss = training.computeGradient(moons.features(), moons.targets(), order, 37, rows, l2);
            BackpropPass pass = Backprop.trace(explained, moons.features(), moons.targets(), order, 37, rows, l2);

            assertEquals(trainingLoss, pass.loss());
            assertArrayEquals(training.gradient(), flatGradient(training, pass));
            assertArrayEquals(training.gradient(), explained.gradient());
            assertEquals(rows, pass.rows());
            assertArrayEquals(
                    new double[] {moons.feature(order[37], 0), moons.feature(order[37], 1)}, pass.inputs()[0]);
        }
    }

    /** A batch split into halves on two threads records every row, the same numbers as on one thread. */
    @Test
    void twoThreadsRecordTheSamePass() {
        Dataset moons = Generators.moons(150, 0.2, 1);
        Architecture architecture = Architecture.forData(2, List.of(8), Activation.TANH, Loss.CROSS_ENTROPY, 2);
        int[] order = shuffled(moons.sampleCount(), 2);
        try (Network one = new Network(architecture, 1);
                Network two = new Network(architecture, 2)) {
            one.initialize(6);
            two.setParameters(one.parameters());
            BackpropPass a = Backprop.trace(one, moons.features(), moons.targets(), order, 0, 150, 0);
            BackpropPass b = Backprop.trace(two, moons.features(), moons.targets(), order, 0, 150, 0);
            assertEquals(a.loss(), b.loss());
            for (int l = 0; l < a.layers().size(); l++) {
                LayerPass x = a.layers().get(l);
                LayerPass y = b.layers().get(l);
                for (int r = 0; r < 150; r++) {
                    assertArrayEquals(x.z()[r], y.z()[r]);
                    assertArrayEquals(x.a()[r], y.a()[r]);
                    assertArrayEquals(x.delta()[r], y.delta()[r]);
                    assertArrayEquals(a.output()[r], b.output()[r]);
                }
                assertTrue(x.z()[149][0] != 0, "the second half's rows are recorded");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "RELU, BINARY_CROSS_ENTROPY, 2",
        "TANH, CROSS_ENTROPY, 3",
        "SIGMOID, MEAN_SQUARED_ERROR, 0",
        "LEAKY_RELU, MEAN_SQUARED_ERROR, 3",
        "LINEAR, CROSS_ENTROPY, 4"
    })
    void intermediatesFollowTheEquations(Activation activation, Loss loss, int classes) {
        Architecture architecture = Architecture.forData(3, List.of(5, 4), activation, loss, classes);
        SplittableRandom random = new SplittableRandom(5);
        int rows = 6;
        double[][] inputs = new double[rows][3];
        double[] targets = new double[rows];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < 3; i++) {
                inputs[r][i] = random.nextGaussian();
            }
            targets[r] = classes == 0 ? random.nextGaussian() : random.nextInt(classes);
        }
        try (Network network = new Network(architecture)) {
            network.initialize(8);
            BackpropPass pass = Backprop.trace(network, inputs, targets);
            double[][] previous = inputs;
            for (LayerPass layer : pass.layers()) {
                for (int r = 0; r < rows; r++) {
                    for (int j = 0; j < layer.outputs(); j++) {
                        double z = layer.bias()[j];
                        for (int i = 0; i < layer.inputs(); i++) {
                            z += layer.weights()[j][i] * previous[r][i];
                        }
                        assertEquals(z, layer.z()[r][j], 1e-13 * (1 + Math.abs(z)));
                        assertEquals(layer.activation().apply(layer.z()[r][j]), layer.a()[r][j], 1e-15);
                    }
                }
                for (int j = 0; j < layer.outputs(); j++) {
                    double db = 0;
                    for (int r = 0; r < rows; r++) {
                        db += layer.delta()[r][j];
                    }
                    assertEquals(db, layer.biasGradient()[j], 1e-15);
                    for (int i = 0; i < layer.inputs(); i++) {
                        double dw = 0;
                        for (int r = 0; r < rows; r++) {
                            dw += layer.delta()[r][j] * previous[r][i];
                        }
                        assertEquals(dw, layer.weightGradient()[j][i], 1e-15);
                    }
                }
                previous = layer.a();
            }
            LayerPass last = pass.layers().get(pass.layers().size() - 1);
            assertEquals(Activation.LINEAR, last.activation());
            for (int r = 0; r < rows; r++) {
                int width = architecture.outputs();
                for (int j = 0; j < width; j++) {
                    // δᴸ = (ŷ − y)/n for both cross-entropies: the output's σ′ cancels; MSE keeps its 2/k.
                    double y = width == 1 ? targets[r] : j == targets[r] ? 1 : 0;
                    double expected = loss == Loss.MEAN_SQUARED_ERROR
                            ? 2 * (pass.output()[r][j] - y) / width / rows
                            : (pass.output()[r][j] - y) / rows;
                    assertEquals(expected, last.delta()[r][j], 1e-15 * Math.abs(expected));
                }
            }
        }
    }

    @Test
    void oneTargetPerOutputRegressesThoseValues() {
        Architecture architecture = new Architecture(2, List.of(3), Activation.TANH, 3, Loss.MEAN_SQUARED_ERROR);
        double[][] inputs = {{0.5, -1.2}, {2, 0.25}};
        try (Network network = new Network(architecture)) {
            network.initialize(2);
            BackpropPass byClass = Backprop.trace(network, inputs, new double[] {2, 0});
            BackpropPass byValues = Backprop.traceRegression(network, inputs, new double[][] {{0, 0, 1}, {1, 0, 0}});
            assertEquals(byClass.loss(), byValues.loss());
            assertArrayEquals(
                    byClass.layers().get(0).weightGradient()[1],
                    byValues.layers().get(0).weightGradient()[1]);

            BackpropPass other = Backprop.traceRegression(network, inputs, new double[][] {{0.3, -2, 7}, {1, 1, 1}});
            double expected = 0;
            double[][] targets = {{0.3, -2, 7}, {1, 1, 1}};
            for (int r = 0; r < 2; r++) {
                for (int j = 0; j < 3; j++) {
                    double error = other.output()[r][j] - targets[r][j];
                    expected += error * error / 6;
                }
            }
            assertEquals(expected, other.loss(), 1e-14);
        }
    }

    @Test
    void rejectsWhatTheLossCannotTake() {
        try (Network bce = new Network(new Architecture(2, List.of(2), Activation.RELU, 1, Loss.BINARY_CROSS_ENTROPY));
                Network ce = new Network(new Architecture(2, List.of(), Activation.RELU, 3, Loss.CROSS_ENTROPY))) {
            double[][] one = {{1, 2}};
            assertMessage(
                    "target 0: bce needs a label in [0, 1], got 2.0", () -> Backprop.trace(bce, one, new double[] {2}));
            assertMessage(
                    "target 0: ce with 3 outputs needs a class index 0 … 2, got 3.0",
                    () -> Backprop.trace(ce, one, new double[] {3}));
            assertMessage(
                    "target 0: ce with 3 outputs needs a class index 0 … 2, got 0.5",
                    () -> Backprop.trace(ce, one, new double[] {0.5}));
            assertMessage(
                    "sample 0 has 3 values, the network has 2 inputs",
                    () -> Backprop.trace(ce, new double[][] {{1, 2, 3}}, new double[] {0}));
            assertMessage(
                    "one target per output needs loss mse, 2-3 relu, ce has ce",
                    () -> Backprop.traceRegression(ce, one, new double[][] {{0, 0, 1}}));
        }
    }

    private static void assertMessage(String expected, Runnable call) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, call::run);
        assertEquals(expected, error.getMessage());
    }

    /** The pass's out × in gradients back in the network's flat layout (inputs × outputs per layer, then bias). */
    private static double[] flatGradient(Network network, BackpropPass pass) {
        double[] flat = new double[network.parameters().length];
        for (int l = 0; l < pass.layers().size(); l++) {
            Layer layer = network.layers().get(l);
            LayerPass traced = pass.layers().get(l);
            for (int i = 0; i < layer.inputs(); i++) {
                for (int j = 0; j < layer.outputs(); j++) {
                    flat[layer.weights().offset() + i * layer.outputs() + j] = traced.weightGradient()[j][i];
                }
            }
            System.arraycopy(traced.biasGradient(), 0, flat, layer.bias().offset(), layer.outputs());
        }
        assertTrue(flat.length > 0);
        return flat;
    }

    private static int[] shuffled(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int kept = order[i];
            order[i] = order[j];
            order[j] = kept;
        }
        return order;
    }
}
