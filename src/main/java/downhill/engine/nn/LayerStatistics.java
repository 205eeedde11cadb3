package downhill.engine.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * What one weight layer's units do on a batch: the histogram of their activations, the histogram of the layer's
 * weight gradient, and the share of dead rectifiers or saturated sigmoid/tanh units.
 *
 * <p>Computed from one {@link BackpropPass}, so from the one backpropagation training runs:
 * <ul>
 *   <li>Activations a = σ(z) after the layer's activation, one value per sample and unit; for the output layer its
 *       raw outputs z (the sigmoid or softmax belongs to the loss). {@value #ACTIVATION_BINS} equal bins over the
 *       activation's range: sigmoid [0, 1], tanh [−1, 1], ReLU [0, largest a], leaky ReLU [least a, largest a],
 *       the output layer [−m, m] with m the largest |z|.</li>
 *   <li>Gradients ∂L/∂W, one value per weight (biases left out; the L2 penalty's λW included), the batch's mean
 *       gradient as a training step takes it: the weights of the gradient-norm plot's layer.
 *       {@value #GRADIENT_BINS} equal bins over [−g, g], g the largest |∂L/∂W|, an odd count so that 0 is the middle
 *       bin's centre (exactly zero gradients, as a dead unit's, pile up there).</li>
 *   <li>{@code deadShare} (ReLU only, else NaN): the share of the layer's units whose activation is 0 for every
 *       sample of the batch. Such a unit passes back no gradient for any of them, so its incoming weights do not
 *       change: it stays dead.</li>
 *   <li>{@code saturatedShare} (sigmoid and tanh only, else NaN): the share of activations (unit × sample) in the
 *       flat tails, sigmoid a &lt; 0.01 or a &gt; 0.99, tanh |a| &gt; 0.99. There σ′ is below 0.0099 (sigmoid)
 *       or 0.02 (tanh), so the gradient through them almost vanishes.</li>
 * </ul>
 * A range that holds one value only (every activation 0, every gradient 0) becomes [0, 1] or [−1, 1].
 *
 * @param layer          the weight layer, 0 for the first hidden layer, the last for the output
 * @param activation     the layer's activation ({@link Activation#LINEAR} for the output layer)
 * @param activations    a over the batch's samples and the layer's units
 * @param gradients      ∂L/∂W over the layer's weights
 * @param deadShare      dead rectifiers among the units, in [0, 1], or NaN
 * @param saturatedShare saturated activations among all, in [0, 1], or NaN
 * @param largestActivation the largest |a| (0: every activation 0)
 * @param largestGradient   the largest |∂L/∂W| (0: every gradient 0, the range then only a stand-in)
 */
public record LayerStatistics(
        int layer,
        Activation activation,
        Histogram activations,
        Histogram gradients,
        double deadShare,
        double saturatedShare,
        double largestActivation,
        double largestGradient) {

    public static final int ACTIVATION_BINS = 20;
    public static final int GRADIENT_BINS = 21;
    /** Where a sigmoid saturates: a below this or above 1 minus it; tanh: |a| above 1 minus it. */
    public static final double SATURATION = 0.01;

    /** One per weight layer of the pass, from the first hidden layer to the output. */
    public static List<LayerStatistics> of(BackpropPass pass) {
        List<LayerStatistics> list = new ArrayList<>();
        for (int l = 0; l < pass.layers().size(); l++) {
            list.add(of(l, pass.layers().get(l)));
        }
        return List.copyOf(list);
    }

    /** Layer {@code layer}'s statistics from its part of a pass. */
    public static LayerStatistics of(int layer, LayerPass pass) {
        Activation activation = pass.activation();
        double[] a = flatten(pass.a());
        double[] g = flatten(pass.weightGradient());
        double largest = largestMagnitude(a);
        Histogram activations = switch (activation) {
            case SIGMOID -> Histogram.of(a, 0, 1, ACTIVATION_BINS);
            case TANH -> Histogram.of(a, -1, 1, ACTIVATION_BINS);
            case RELU -> Histogram.of(a, 0, largest > 0 ? largest : 1, ACTIVATION_BINS);
            case LEAKY_RELU -> leaky(a);
            case LINEAR -> Histogram.of(a, largest > 0 ? -largest : -1, largest > 0 ? largest : 1, ACTIVATION_BINS);
        };
        double steepest = largestMagnitude(g);
        double range = steepest > 0 ? steepest : 1;
        Histogram gradients = Histogram.of(g, -range, range, GRADIENT_BINS);
        return new LayerStatistics(
                layer,
                activation,
                activations,
                gradients,
                deadShare(activation, pass.a()),
                saturatedShare(activation, a),
                largest,
                steepest);
    }

    /** Whether the layer's activation has a dead share (ReLU). */
    public boolean hasDeadShare() {
        return !Double.isNaN(deadShare);
    }

    /** Whether the layer's activation has a saturated share (sigmoid, tanh). */
    public boolean hasSaturatedShare() {
        return !Double.isNaN(saturatedShare);
    }

    private static Histogram leaky(double[] a) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            if (Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (!(high > low)) {
            low = Double.isFinite(low) ? low : 0;
            high = low + 1;
        }
        return Histogram.of(a, low, high, ACTIVATION_BINS);
    }

    /** ReLU units that output 0 for every sample, as a share of the units; NaN for other activations. */
    private static double deadShare(Activation activation, double[][] a) {
        if (activation != Activation.RELU || a.length == 0) {
            return Double.NaN;
        }
        int units = a[0].length;
        int dead = 0;
        for (int j = 0; j < units; j++) {
            boolean silent = true;
            for (int r = 0; r < a.length && silent; r++) {
                silent = a[r][j] == 0;
            }
            dead += silent ? 1 : 0;
        }
        return units == 0 ? Double.NaN : (double) dead / units;
    }

    /** Activations in a sigmoid's or tanh's flat tails, as a share of all; NaN for other activations. */
    private static double saturatedShare(Activation activation, double[] a) {
        if ((activation != Activation.SIGMOID && activation != Activation.TANH) || a.length == 0) {
            return Double.NaN;
        }
        int saturated = 0;
        for (double v : a) {
            boolean flat = activation == Activation.SIGMOID
                    ? v < SATURATION || v > 1 - SATURATION
                    : Math.abs(v) > 1 - SATURATION;
            saturated += flat ? 1 : 0;
        }
        return (double) saturated / a.length;
    }

    private static double largestMagnitude(double[] values) {
        double largest = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        return largest;
    }

    private static double[] flatten(double[][] rows) {
        int width = rows.length == 0 ? 0 : rows[0].length;
        double[] flat = new double[rows.length * width];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * width, width);
        }
        return flat;
    }
}
