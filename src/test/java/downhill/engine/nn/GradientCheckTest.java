package downhill.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Backpropagation against central differences of the loss, for every activation, every loss, with and without L2. */
class GradientCheckTest {

    private static final double STEP = 1e-5;

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Activation activation : Activation.values()) {
            cases.add(Arguments.of(activation, Loss.BINARY_CROSS_ENTROPY, 2, 0.0));
            cases.add(Arguments.of(activation, Loss.CROSS_ENTROPY, 3, 0.0));
            cases.add(Arguments.of(activation, Loss.CROSS_ENTROPY, 2, 0.0));
            cases.add(Arguments.of(activation, Loss.MEAN_SQUARED_ERROR, 0, 0.0));
            cases.add(Arguments.of(activation, Loss.MEAN_SQUARED_ERROR, 3, 0.0));
            cases.add(Arguments.of(activation, Loss.BINARY_CROSS_ENTROPY, 2, 0.3));
            cases.add(Arguments.of(activation, Loss.MEAN_SQUARED_ERROR, 0, 0.3));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1} classes={2} l2={3}")
    @MethodSource("cases")
    void backpropagationMatchesCentralDifferences(Activation activation, Loss loss, int classes, double l2) {
        SplittableRandom random = new SplittableRandom(activation.ordinal() * 31L + loss.ordinal());
        Architecture architecture = Architecture.forData(3, List.of(4, 5), activation, loss, classes);
        int rows = 7;
        double[] features = gaussian(random, rows * 3);
        double[] targets = targets(random, rows, classes);
        int[] order = {6, 0, 5, 1, 4, 2, 3};
        try (Network network = new Network(architecture)) {
            network.initialize(11);
            double[] theta = network.parameters();
            for (Layer layer : network.layers()) {
                for (int i = layer.bias().offset(); i < layer.bias().end(); i++) {
                    theta[i] = random.nextDouble(-0.5, 0.5);
                }
            }
            network.computeGradient(features, targets, order, 0, rows, l2);
            double[] analytic = network.gradient().clone();
            for (int i = 0; i < theta.length; i++) {
                double kept = theta[i];
                theta[i] = kept + STEP;
                double up = network.computeGradient(features, targets, order, 0, rows, l2);
                theta[i] = kept - STEP;
                double down = network.computeGradient(features, targets, order, 0, rows, l2);
                theta[i] = kept;
                double numeric = (up - down) / (2 * STEP);
                double scale = Math.max(1e-3, Math.max(Math.abs(numeric), Math.abs(analytic[i])));
                assertTrue(
                        Math.abs(numeric - analytic[i]) <= 1e-6 * scale + 1e-9,
                        "parameter " + i + ": backprop " + analytic[i] + ", central difference " + numeric);
            }
        }
    }

    @Test
    void twoThreadsGiveTheOneThreadNumbersBitForBit() {
        SplittableRandom random = new SplittableRandom(5);
        Architecture architecture = Architecture.forData(2, List.of(16, 16), Activation.TANH, Loss.CROSS_ENTROPY, 3);
        int rows = 150;
        double[] features = gaussian(random, rows * 2);
        double[] targets = targets(random, rows, 3);
        int[] order = new int[rows];
        Arrays.setAll(order, i -> rows - 1 - i);
        try (Network one = new Network(architecture, 1);
                Network two = new Network(architecture, 2)) {
            one.initialize(3);
            two.initialize(3);
            double lossOne = one.computeGradient(features, targets, order, 0, rows, 0.01);
            double lossTwo = two.computeGradient(features, targets, order, 0, rows, 0.01);
            assertEquals(lossOne, lossTwo);
            assertArrayEquals(one.gradient(), two.gradient());
            Evaluation evaluationOne = one.evaluate(features, targets, rows);
            Evaluation evaluationTwo = two.evaluate(features, targets, rows);
            assertEquals(evaluationOne, evaluationTwo);
        }
    }

    @Test
    void crossEntropyStaysFiniteForHugeLogits() {
        Architecture architecture = new Architecture(1, List.of(), Activation.LINEAR, 1, Loss.BINARY_CROSS_ENTROPY);
        try (Network network = new Network(architecture)) {
            network.setParameters(new double[] {1000, 0});
            double loss = network.computeGradient(new double[] {1}, new double[] {0}, new int[] {0}, 0, 1, 0);
            assertEquals(1000, loss, 1e-9);
            assertEquals(1, network.gradient()[0], 1e-12);
        }
        Architecture softmax = new Architecture(1, List.of(), Activation.LINEAR, 2, Loss.CROSS_ENTROPY);
        try (Network network = new Network(softmax)) {
            network.setParameters(new double[] {800, -800, 0, 0});
            double loss = network.computeGradient(new double[] {1}, new double[] {1}, new int[] {0}, 0, 1, 0);
            assertEquals(1600, loss, 1e-9);
        }
    }

    private static double[] gaussian(SplittableRandom random, int size) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = random.nextGaussian();
        }
        return values;
    }

    private static double[] targets(SplittableRandom random, int rows, int classes) {
        double[] targets = new double[rows];
        for (int i = 0; i < rows; i++) {
            targets[i] = classes == 0 ? random.nextGaussian() : i % classes;
        }
        return targets;
    }
}
