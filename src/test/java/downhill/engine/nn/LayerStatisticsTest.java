package downhill.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Histograms, dead and saturated shares of tiny networks whose every activation and gradient is worked out by hand
 * below, from the one backpropagation ({@link Backprop#trace}).
 */
class LayerStatisticsTest {

    private static final double TOLERANCE = 1e-12;

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * 2-3-1 ReLU, BCE; hidden units (1, 1), (−1, −1), (2, −1), output weights (1, 1, 1), all biases 0; samples
     * x₁ = (1, 0) with label 1 and x₂ = (0, 1) with label 0. Hidden activations (1, 0, 2) and (1, 0, 0): the second
     * unit is 0 for both, dead; the outputs are z = 3 and z = 1.
     */
    private static List<LayerStatistics> relu() {
        Network network = new Network(new Architecture(2, List.of(3), Activation.RELU, 1, Loss.BINARY_CROSS_ENTROPY));
        network.setLayer(0, new double[][] {{1, 1}, {-1, -1}, {2, -1}}, new double[3]);
        network.setLayer(1, new double[][] {{1, 1, 1}}, new double[1]);
        return LayerStatistics.of(Backprop.trace(network, new double[][] {{1, 0}, {0, 1}}, new double[] {1, 0}));
    }

    @Test
    void reluActivationsAreCountedOverZeroToTheLargest() {
        LayerStatistics hidden = relu().get(0);
        Histogram a = hidden.activations();
        assertEquals(LayerStatistics.ACTIVATION_BINS, a.bins());
        assertEquals(0, a.low());
        assertEquals(2, a.high(), "the largest activation");
        int[] expected = new int[20];
        expected[0] = 3; // the dead unit twice and the third unit on x₂
        expected[10] = 2; // the first unit's 1 on both samples: bin [1.0, 1.1)
        expected[19] = 1; // the third unit's 2 on x₁: the last bin holds its upper edge
        assertArrayEquals(expected, a.counts());
        assertEquals(1.0 / 3, hidden.deadShare(), TOLERANCE, "one unit of three is 0 for every sample");
        assertTrue(Double.isNaN(hidden.saturatedShare()), "a ReLU does not saturate");
    }

    /**
     * δ at the output is (σ(z) − y)/2 per sample: δ₁ = (σ(3) − 1)/2 ≈ −0.0237, δ₂ = σ(1)/2 ≈ 0.3655. The output
     * weights' gradient is Σ δ·a = (δ₁ + δ₂, 0, 2δ₁); the hidden weights' δ₁·x₁ + δ₂·x₂ for the first unit
     * (δ₁, δ₂), 0 for the dead one, δ₁·x₁ = (δ₁, 0) for the third, which x₂ does not reach.
     */
    @Test
    void weightGradientsAreCountedSymmetricallyAroundZero() {
        double d1 = (sigmoid(3) - 1) / 2;
        double d2 = sigmoid(1) / 2;
        List<LayerStatistics> layers = relu();

        Histogram output = layers.get(1).gradients();
        double g = d1 + d2;
        assertEquals(-g, output.low(), TOLERANCE);
        assertEquals(g, output.high(), TOLERANCE);
        int[] expected = new int[21];
        expected[20] = 1; // δ₁ + δ₂, the largest
        expected[10] = 1; // 0 from the dead unit: the middle bin's centre
        expected[9] = 1; // 2δ₁ ≈ −0.047: (−0.047 + 0.342) / (0.684 / 21) ≈ 9.04
        assertArrayEquals(expected, output.counts());

        Histogram hidden = layers.get(0).gradients();
        assertEquals(d2, hidden.high(), TOLERANCE);
        int[] inHidden = new int[21];
        inHidden[20] = 1; // δ₂
        inHidden[10] = 3; // the dead unit's two weights and the third unit's from x₂'s zero input
        inHidden[9] = 2; // δ₁ twice: (−0.0237 + 0.3655) / (0.731 / 21) ≈ 9.82
        assertArrayEquals(inHidden, hidden.counts());
    }

    @Test
    void theOutputLayersLogitsAreCountedSymmetrically() {
        LayerStatistics output = relu().get(1);
        assertEquals(Activation.LINEAR, output.activation());
        assertEquals(-3, output.activations().low());
        assertEquals(3, output.activations().high());
        int[] expected = new int[20];
        expected[19] = 1; // z = 3
        expected[13] = 1; // z = 1: (1 + 3) / 0.3 ≈ 13.3
        assertArrayEquals(expected, output.activations().counts());
        assertTrue(Double.isNaN(output.deadShare()) && Double.isNaN(output.saturatedShare()));
    }

    /** One input, units with weights −5, 5 and 0: on x = 1, σ(−5) ≈ 0.0067 and σ(5) ≈ 0.9933 saturate; on x = 0 none. */
    @Test
    void sigmoidSaturatesBelowOnePercentAndAboveNinetyNine() {
        Network network =
                new Network(new Architecture(1, List.of(3), Activation.SIGMOID, 1, Loss.BINARY_CROSS_ENTROPY));
        network.setLayer(0, new double[][] {{-5}, {5}, {0}}, new double[3]);
        network.setLayer(1, new double[][] {{1, 1, 1}}, new double[1]);
        LayerStatistics hidden = LayerStatistics.of(
                        Backprop.trace(network, new double[][] {{1}, {0}}, new double[] {1, 0}))
                .get(0);
        assertEquals(2.0 / 6, hidden.saturatedShare(), TOLERANCE, "two of six activations");
        assertTrue(Double.isNaN(hidden.deadShare()));
        int[] expected = new int[20];
        expected[0] = 1; // 0.0067
        expected[19] = 1; // 0.9933
        expected[10] = 4; // 0.5 four times: the bin [0.5, 0.55)
        assertArrayEquals(expected, hidden.activations().counts());
        assertEquals(0, hidden.activations().low());
        assertEquals(1, hidden.activations().high());
    }

    /** tanh(±3) ≈ ±0.99505 lie beyond 0.99, tanh(0.1) does not. */
    @Test
    void tanhSaturatesBeyondNinetyNinePercent() {
        Network network = new Network(new Architecture(1, List.of(3), Activation.TANH, 1, Loss.BINARY_CROSS_ENTROPY));
        network.setLayer(0, new double[][] {{3}, {-3}, {0.1}}, new double[3]);
        network.setLayer(1, new double[][] {{1, 1, 1}}, new double[1]);
        LayerStatistics hidden = LayerStatistics.of(Backprop.trace(network, new double[][] {{1}}, new double[] {1}))
                .get(0);
        assertEquals(2.0 / 3, hidden.saturatedShare(), TOLERANCE);
        assertEquals(-1, hidden.activations().low());
    }

    /**
     * Zero weights: every hidden unit computes the same — σ(0) = 0.5 for a sigmoid, all in one bin — and gets the
     * same gradient, 0, since the output weights it would come through are 0. A ReLU layer is all dead.
     */
    @Test
    void zeroInitialisationMakesEveryUnitTheSame() {
        double[][] inputs = {{0.3, -1.2}, {2, 0.5}, {-0.7, 0.1}, {1, 1}};
        double[] labels = {0, 1, 1, 0};
        Network sigmoid =
                new Network(new Architecture(2, List.of(4, 4), Activation.SIGMOID, 1, Loss.BINARY_CROSS_ENTROPY));
        sigmoid.initialize(7, Initialization.of(Initialization.Scheme.ZEROS));
        for (LayerStatistics hidden :
                LayerStatistics.of(Backprop.trace(sigmoid, inputs, labels)).subList(0, 2)) {
            assertEquals(16, hidden.activations().count(10), "every activation 0.5, in [0.5, 0.55)");
            assertEquals(16, hidden.activations().total());
            assertEquals(hidden.gradients().total(), hidden.gradients().count(10), "every gradient 0");
            assertEquals(0, hidden.saturatedShare());
        }
        Network relu = new Network(new Architecture(2, List.of(4, 4), Activation.RELU, 1, Loss.BINARY_CROSS_ENTROPY));
        relu.initialize(7, Initialization.of(Initialization.Scheme.ZEROS));
        List<LayerStatistics> layers = LayerStatistics.of(Backprop.trace(relu, inputs, labels));
        assertEquals(1.0, layers.get(0).deadShare());
        assertEquals(1.0, layers.get(1).deadShare());
        assertEquals(1, layers.get(0).activations().high(), "an all-zero range becomes [0, 1]");
        assertEquals(16, layers.get(0).activations().count(0));
    }

    @Test
    void edgesDecideTheBinOfAValueOnThem() {
        Histogram h = Histogram.of(new double[] {-1, -0.5, 0, 0.5, 1, Double.NaN, 7}, -1, 1, 4);
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1}, h.edges());
        assertArrayEquals(new int[] {1, 1, 1, 3}, h.counts(), "an edge opens its bin; 1 and 7 go to the last");
        assertEquals(6, h.total(), "NaN is not counted");
    }
}
