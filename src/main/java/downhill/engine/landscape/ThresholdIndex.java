package downhill.engine.landscape;

/**
 * A step function of a value: how many of a sorted list of thresholds are at or below it, for values in
 * [min, max]. A table over {@value #BINS} bins of that range holds, per bin, which thresholds are certainly below
 * any value in it, so a value costs a bin computation and a look-up, plus a comparison in the few bins a
 * threshold falls in: no logarithm per pixel even when the thresholds are log-spaced.
 * <p>
 * Bins are equal steps of the value, or, for log-spaced thresholds, equal steps of log2(v − min + offset) read
 * straight from the bits of the double (exponent and top mantissa bits), so every bin holds about one threshold
 * whichever way they are spaced.
 */
final class ThresholdIndex {

    static final int BINS = 16384;

    /** Mantissa bits in a log bin: 256 bins per octave, enough that few bins hold a threshold to compare. */
    private static final int LOG_BIN_BITS = 8;

    private final double[] thresholds;
    private final double min;
    private final double scale;
    private final double offset;
    private final boolean log;
    private final long lowestKey;
    /** before[b]: the number of thresholds whose bin is below b; thresholds in bin b are [before[b], before[b+1]). */
    private final int[] before;

    private ThresholdIndex(double[] thresholds, double min, double max, double offset, boolean log) {
        this.thresholds = thresholds;
        this.min = min;
        this.scale = max > min ? BINS / (max - min) : 0;
        this.offset = offset;
        this.log = log;
        this.lowestKey = log ? Double.doubleToRawLongBits(offset) >>> (52 - LOG_BIN_BITS) : 0;
        this.before = new int[BINS + 1];
        int[] inBin = new int[BINS];
        for (double threshold : thresholds) {
            inBin[bin(threshold)]++;
        }
        for (int b = 0; b < BINS; b++) {
            before[b + 1] = before[b] + inBin[b];
        }
    }

    /** For thresholds spaced evenly or nearly so; {@code thresholds} ascending, values in [min, max]. */
    static ThresholdIndex linear(double[] thresholds, double min, double max) {
        return new ThresholdIndex(thresholds, min, max, 0, false);
    }

    /** For thresholds spaced evenly in log(v − min + offset), offset > 0. */
    static ThresholdIndex logarithmic(double[] thresholds, double min, double max, double offset) {
        return new ThresholdIndex(thresholds, min, max, offset, true);
    }

    /**
     * The number of thresholds ≤ {@code value}. Exact: bin() never decreases as the value grows, so a threshold
     * in a lower bin than the value's is at most the value, one in a higher bin above it; only those sharing the
     * value's bin are compared.
     */
    int of(double value) {
        int b = bin(value);
        int index = before[b];
        int end = before[b + 1];
        while (index < end && thresholds[index] <= value) {
            index++;
        }
        return index;
    }

    private int bin(double value) {
        long b;
        if (log) {
            double shifted = value - min + offset;
            // For positive doubles the raw bits grow with the value: exponent, then mantissa.
            b = shifted > 0 ? (Double.doubleToRawLongBits(shifted) >>> (52 - LOG_BIN_BITS)) - lowestKey : 0;
        } else {
            b = (long) ((value - min) * scale);
        }
        return b < 0 ? 0 : b >= BINS ? BINS - 1 : (int) b;
    }
}
