package downhill.engine.landscape;

/**
 * A step function of a value: how many of a sorted list of thresholds are at or below it. The values it is asked
 * about lie in [min, max]; a table over {@value #BINS} equal bins of that range holds, per bin, which thresholds
 * are certainly below any value in it, so a value costs one multiply and a look-up, plus a comparison or two in
 * the few bins a threshold falls in. No logarithm per pixel even when the thresholds are log-spaced.
 */
final class ThresholdIndex {

    static final int BINS = 4096;

    private final double[] thresholds;
    private final double min;
    private final double scale;
    /** before[b]: the number of thresholds whose bin is below b; thresholds in bin b are [before[b], before[b+1]). */
    private final int[] before;

    /** {@code thresholds} ascending; values asked about in [min, max]. */
    ThresholdIndex(double[] thresholds, double min, double max) {
        this.thresholds = thresholds;
        this.min = min;
        this.scale = max > min ? BINS / (max - min) : 0;
        this.before = new int[BINS + 1];
        int[] inBin = new int[BINS];
        for (double threshold : thresholds) {
            inBin[bin(threshold)]++;
        }
        for (int b = 0; b < BINS; b++) {
            before[b + 1] = before[b] + inBin[b];
        }
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
        int b = (int) ((value - min) * scale);
        return b < 0 ? 0 : b >= BINS ? BINS - 1 : b;
    }
}
