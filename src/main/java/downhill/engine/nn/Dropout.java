package downhill.engine.nn;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A network's inverted dropout (as {@code torch.nn.Dropout}): per hidden layer a probability p, and per training
 * batch a mask per dropping layer, each entry 0 with probability p and 1/(1 − p) otherwise. The masks are drawn
 * for the whole batch, in row order, on the thread that computes the gradient, before the batch is split into
 * halves, so they do not depend on the thread count.
 *
 * <p>Off (no rates, or all 0) it holds nothing, and nothing in a pass touches it.
 */
final class Dropout {

    private final List<Layer> layers;
    /** Each hidden layer's dropout probability, or null when no layer drops (then nothing below is touched). */
    private double[] rates;
    /** Where the masks come from; drawn on the calling thread, so the thread count cannot change them. */
    private SplittableRandom maskStream;
    /** The last training batch's masks per hidden layer (null: no dropout there), a row per sample of the batch. */
    private double[][][] masks;

    private int maskRows;
    /** Reuse the last masks instead of drawing new ones: for gradient checks with the mask fixed. */
    private boolean masksHeld;

    Dropout(List<Layer> layers) {
        this.layers = layers;
    }

    /**
     * Sets the rates and the seed of the masks; all rates 0 turns dropout off.
     *
     * @param rates one probability in [0, 1) per hidden layer
     * @param network the network's description, for the message when the rates do not fit it
     */
    void set(double[] rates, long seed, String network) {
        if (rates.length != layers.size() - 1) {
            throw new IllegalArgumentException(
                    network + " has " + (layers.size() - 1) + " hidden layers, got " + rates.length + " dropout rates");
        }
        boolean any = false;
        for (double p : rates) {
            if (!(p >= 0 && p < 1)) {
                throw new IllegalArgumentException("a dropout probability is in [0, 1), got " + p);
            }
            any |= p > 0;
        }
        this.rates = any ? rates.clone() : null;
        maskStream = any ? new SplittableRandom(seed) : null;
        masks = any ? new double[rates.length][0][] : null;
        maskRows = 0;
    }

    /** Whether hidden layer {@code layer}'s outputs are dropped in training. */
    boolean drops(int layer) {
        return rates != null && layer < rates.length && rates[layer] > 0;
    }

    /** Draws the masks for a training batch of {@code rows}, unless dropout is off or the last masks are held. */
    void prepare(int rows) {
        if (rates != null && !(masksHeld && maskRows == rows)) {
            drawMasks(rows);
        }
    }

    /** Hidden layer {@code layer}'s mask for the current batch, a row per sample of the whole batch. */
    double[][] mask(int layer) {
        return masks[layer];
    }

    /** Draws every dropping layer's mask for a batch of {@code rows}: 0 with probability p, else 1/(1 − p). */
    private void drawMasks(int rows) {
        for (int l = 0; l < rates.length; l++) {
            if (rates[l] == 0) {
                continue;
            }
            int width = layers.get(l).outputs();
            if (masks[l].length < rows) {
                masks[l] = new double[rows][width];
            }
            double p = rates[l];
            double kept = 1 / (1 - p);
            for (int r = 0; r < rows; r++) {
                double[] row = masks[l][r];
                for (int j = 0; j < width; j++) {
                    row[j] = maskStream.nextDouble() < p ? 0 : kept;
                }
            }
        }
        maskRows = rows;
    }

    /** Whether the next batches of the same size reuse the last masks (tests: a loss with the mask fixed). */
    void hold(boolean held) {
        masksHeld = held;
    }

    /** A copy of hidden layer {@code layer}'s mask in the last training batch (rows × units), or null; for tests. */
    double[][] copyOfMask(int layer) {
        if (!drops(layer)) {
            return null;
        }
        double[][] copy = new double[maskRows][];
        for (int r = 0; r < maskRows; r++) {
            copy[r] = masks[layer][r].clone();
        }
        return copy;
    }
}
