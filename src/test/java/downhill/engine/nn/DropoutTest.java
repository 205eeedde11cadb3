package downhill.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Inverted dropout: the engine's own mask against a hand computation, a gradient check, and what must not change. */
class DropoutTest {

    private static final double STEP = 1e-5;

    @Test
    void theMaskZeroesAShareOfAboutPAndScalesTheRestByOneOverOneMinusP() {
        Architecture architecture =
                Architecture.forData(2, List.of(64, 32), Activation.RELU, Loss.BINARY_CROSS_ENTROPY, 2);
        int rows = 200;
        Batch batch = batch(new SplittableRandom(1), rows, 2, 2);
        try (Network network = new Network(architecture)) {
            network.initialize(3);
            network.setDropout(new double[] {0.3, 0}, 9);
            network.computeGradient(batch.features, batch.targets, batch.order, 0, rows, 0);
            double[][] mask = network.dropoutMask(0);
            assertEquals(rows, mask.length);
            int zeros = 0;
            for (double[] row : mask) {
                for (double m : row) {
                    assertTrue(m == 0 || m == 1 / (1 - 0.3), "mask value " + m);
                    zeros += m == 0 ? 1 : 0;
                }
            }
            // 12,800 draws: the share of zeros is 0.3 ± 0.012 at 3 standard deviations
            assertEquals(0.3, zeros / (rows * 64.0), 0.012);
            assertNull(network.dropoutMask(1), "a layer with p = 0 draws no mask");
        }
    }

    /**
     * 2 inputs → 3 tanh → 1 output under BCE, 4 rows, p = 0.5, computed here by hand from the mask the engine drew:
     * tanh's derivative must come from the undropped output, and the δ of a dropped unit must be 0.
     */
    @Test
    void forwardAndBackwardAreTheHandComputationWithTheEnginesMask() {
        Architecture architecture = Architecture.forData(2, List.of(3), Activation.TANH, Loss.BINARY_CROSS_ENTROPY, 2);
        int rows = 4;
        Batch batch = batch(new SplittableRandom(4), rows, 2, 2);
        try (Network network = new Network(architecture)) {
            network.initialize(5);
            double[] theta = network.parameters();
            Layer hidden = network.layers().get(0);
            Layer output = network.layers().get(1);
            for (int i = hidden.bias().offset(); i < hidden.bias().end(); i++) {
                theta[i] = 0.1 * (i - hidden.bias().offset()) - 0.05;
            }
            theta[output.bias().offset()] = 0.2;
            network.setDropout(new double[] {0.5}, 21);
            double loss = network.computeGradient(batch.features, batch.targets, batch.order, 0, rows, 0);
            double[][] mask = network.dropoutMask(0);
            boolean someDropped = false;
            boolean someKept = false;
            for (double[] row : mask) {
                for (double m : row) {
                    someDropped |= m == 0;
                    someKept |= m == 2;
                }
            }
            assertTrue(someDropped && someKept, "the seed should drop some units and keep others");

            double[] expected = new double[theta.length];
            double expectedLoss = 0;
            for (int r = 0; r < rows; r++) {
                int row = batch.order[r];
                double[] x = {batch.features[row * 2], batch.features[row * 2 + 1]};
                double y = batch.targets[row];
                double[] a = new double[3];
                double[] d = new double[3];
                double z2 = theta[output.bias().offset()];
                for (int j = 0; j < 3; j++) {
                    double z = theta[hidden.bias().offset() + j];
                    for (int i = 0; i < 2; i++) {
                        z += x[i] * theta[hidden.weights().offset() + i * 3 + j];
                    }
                    a[j] = Math.tanh(z);
                    d[j] = a[j] * mask[r][j];
                    z2 += d[j] * theta[output.weights().offset() + j];
                }
                double p = 1 / (1 + Math.exp(-z2));
                expectedLoss += -(y * Math.log(p) + (1 - y) * Math.log(1 - p)) / rows;
                double delta2 = (p - y) / rows;
                expected[output.bias().offset()] += delta2;
                for (int j = 0; j < 3; j++) {
                    expected[output.weights().offset() + j] += d[j] * delta2;
                    double delta1 = delta2 * theta[output.weights().offset() + j] * mask[r][j] * (1 - a[j] * a[j]);
                    expected[hidden.bias().offset() + j] += delta1;
                    for (int i = 0; i < 2; i++) {
                        expected[hidden.weights().offset() + i * 3 + j] += x[i] * delta1;
                    }
                }
            }
            assertEquals(expectedLoss, loss, 1e-14);
            assertArrayEquals(expected, network.gradient(), 1e-14);
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void theGradientIsTheCentralDifferenceOfTheLossWithTheMaskFixed(Activation activation) {
        Architecture architecture = Architecture.forData(3, List.of(5, 4), activation, Loss.CROSS_ENTROPY, 3);
        int rows = 7;
        Batch batch = batch(new SplittableRandom(activation.ordinal()), rows, 3, 3);
        try (Network network = new Network(architecture)) {
            network.initialize(11);
            double[] theta = network.parameters();
            SplittableRandom random = new SplittableRandom(2);
            for (Layer layer : network.layers()) {
                for (int i = layer.bias().offset(); i < layer.bias().end(); i++) {
                    theta[i] = random.nextDouble(-0.5, 0.5);
                }
            }
            network.setDropout(new double[] {0.5, 0.25}, 13);
            network.computeGradient(batch.features, batch.targets, batch.order, 0, rows, 0.1);
            double[] analytic = network.gradient().clone();
            double[][] mask = network.dropoutMask(0);
            network.holdDropoutMasks(true);
            for (int i = 0; i < theta.length; i++) {
                double kept = theta[i];
                theta[i] = kept + STEP;
                double up = network.computeGradient(batch.features, batch.targets, batch.order, 0, rows, 0.1);
                theta[i] = kept - STEP;
                double down = network.computeGradient(batch.features, batch.targets, batch.order, 0, rows, 0.1);
                theta[i] = kept;
                double numeric = (up - down) / (2 * STEP);
                double scale = Math.max(1e-3, Math.max(Math.abs(numeric), Math.abs(analytic[i])));
                assertTrue(
                        Math.abs(numeric - analytic[i]) <= 1e-6 * scale + 1e-9,
                        "parameter " + i + ": backprop " + analytic[i] + ", central difference " + numeric);
            }
            assertArrayEquals(mask, network.dropoutMask(0), "the held mask was not redrawn");
        }
    }

    @Test
    void ratesOfZeroChangeNoNumberAndEvaluationNeverDrops() {
        Architecture architecture = Architecture.forData(2, List.of(16, 16), Activation.RELU, Loss.CROSS_ENTROPY, 3);
        int rows = 150;
        Batch batch = batch(new SplittableRandom(6), rows, 2, 3);
        try (Network plain = new Network(architecture);
                Network zero = new Network(architecture);
                Network dropping = new Network(architecture)) {
            for (Network n : List.of(plain, zero, dropping)) {
                n.initialize(8);
            }
            zero.setDropout(new double[] {0, 0}, 1);
            dropping.setDropout(new double[] {0.5, 0.5}, 1);
            double lossPlain = plain.computeGradient(batch.features, batch.targets, batch.order, 0, rows, 0.01);
            assertEquals(lossPlain, zero.computeGradient(batch.features, batch.targets, batch.order, 0, rows, 0.01));
            assertArrayEquals(plain.gradient(), zero.gradient());
            double lossDropping = dropping.computeGradient(batch.features, batch.targets, batch.order, 0, rows, 0.01);
            assertNotEquals(lossPlain, lossDropping, "dropout changes the training loss");
            assertEquals(
                    plain.evaluate(batch.features, batch.targets, rows),
                    dropping.evaluate(batch.features, batch.targets, rows));
            double[] predicted = new double[rows * 3];
            double[] predictedDropping = new double[rows * 3];
            plain.predict(batch.features, rows, predicted);
            dropping.predict(batch.features, rows, predictedDropping);
            assertArrayEquals(predicted, predictedDropping);
        }
    }

    @Test
    void theSameSeedDrawsTheSameMasksOnOneThreadOrTwo() {
        Architecture architecture = Architecture.forData(2, List.of(16, 8), Activation.TANH, Loss.CROSS_ENTROPY, 3);
        int rows = 150;
        Batch batch = batch(new SplittableRandom(7), rows, 2, 3);
        try (Network one = new Network(architecture, 1);
                Network two = new Network(architecture, 2);
                Network other = new Network(architecture, 1)) {
            for (Network n : List.of(one, two, other)) {
                n.initialize(3);
            }
            one.setDropout(new double[] {0.4, 0.2}, 17);
            two.setDropout(new double[] {0.4, 0.2}, 17);
            other.setDropout(new double[] {0.4, 0.2}, 18);
            for (int step = 0; step < 3; step++) {
                double lossOne = one.computeGradient(batch.features, batch.targets, batch.order, 0, rows, 0);
                double lossTwo = two.computeGradient(batch.features, batch.targets, batch.order, 0, rows, 0);
                other.computeGradient(batch.features, batch.targets, batch.order, 0, rows, 0);
                assertEquals(lossOne, lossTwo, "step " + step);
                assertArrayEquals(one.gradient(), two.gradient(), "step " + step);
                assertArrayEquals(one.dropoutMask(1), two.dropoutMask(1));
                assertFalse(Arrays.deepEquals(one.dropoutMask(0), other.dropoutMask(0)), "another seed, other masks");
            }
        }
    }

    @Test
    void ratesAreCheckedAgainstTheHiddenLayers() {
        Architecture architecture = Architecture.forData(2, List.of(4), Activation.RELU, Loss.CROSS_ENTROPY, 3);
        try (Network network = new Network(architecture)) {
            assertThrows(IllegalArgumentException.class, () -> network.setDropout(new double[] {0.1, 0.1}, 0));
            assertThrows(IllegalArgumentException.class, () -> network.setDropout(new double[] {1}, 0));
            assertThrows(IllegalArgumentException.class, () -> network.setDropout(new double[] {Double.NaN}, 0));
        }
    }

    private record Batch(double[] features, double[] targets, int[] order) {}

    private static Batch batch(SplittableRandom random, int rows, int inputs, int classes) {
        double[] features = new double[rows * inputs];
        for (int i = 0; i < features.length; i++) {
            features[i] = random.nextGaussian();
        }
        double[] targets = new double[rows];
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            targets[i] = i % classes;
            order[i] = rows - 1 - i;
        }
        return new Batch(features, targets, order);
    }
}
