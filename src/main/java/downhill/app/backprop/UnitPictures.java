package downhill.app.backprop;

import downhill.engine.landscape.Colormap;

/**
 * The colours of a unit's picture over the input plane, computed with the pass off the FX thread (the window only
 * copies the pixels): the output's probability on cividis, as the decision panels paint it; a unit with values of
 * both signs diverging at 0, white to the edges' orange (positive) or blue (negative); a unit that is never
 * negative (sigmoid, ReLU) from white at its least to orange at its largest value.
 */
final class UnitPictures {

    /** Positive weights, biases and activations. */
    static final int POSITIVE = 0xFFE66101;
    /** Negative ones. */
    static final int NEGATIVE = 0xFF2166AC;

    private UnitPictures() {}

    /** ARGB pixels for {@code values} (row by row), {@code output} for the network's output unit. */
    static int[] colour(double[] values, boolean output) {
        double largest = 1e-12;
        double least = Double.POSITIVE_INFINITY;
        double most = Double.NEGATIVE_INFINITY;
        for (double x : values) {
            largest = Math.max(largest, Math.abs(x));
            least = Math.min(least, x);
            most = Math.max(most, x);
        }
        boolean oneSigned = least >= 0;
        double span = Math.max(most - least, 1e-12);
        int[] argb = new int[values.length];
        for (int p = 0; p < values.length; p++) {
            double v = values[p];
            argb[p] = output
                    ? Colormap.CIVIDIS.argb(Math.max(0, Math.min(1, v)))
                    : oneSigned
                            ? fromWhite(POSITIVE, (v - least) / span)
                            : fromWhite(v >= 0 ? POSITIVE : NEGATIVE, Math.abs(v) / largest);
        }
        return argb;
    }

    /** White blended towards {@code target} by {@code t} ∈ [0, 1], channel by channel. */
    static int fromWhite(int target, double t) {
        double f = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        int r = (int) Math.round(255 + (((target >> 16) & 0xFF) - 255) * f);
        int g = (int) Math.round(255 + (((target >> 8) & 0xFF) - 255) * f);
        int b = (int) Math.round(255 + ((target & 0xFF) - 255) * f);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }
}
