package downhill.engine.landscape;

import java.util.Arrays;

/**
 * How a value f becomes a position along the colour bar: linearly, or by its logarithm for landscapes whose
 * values span orders of magnitude (Rosenbrock's valley is ~1 where its walls are ~2500).
 * <p>
 * Both map the sampled range [min, max] onto [0, 1] through a scaled value s(f): LINEAR s = f,
 * LOG s = log10(f − min + δ). The offset δ = {@value #LOG_OFFSET_FRACTION} × (max − min) keeps the minimum
 * finite (f − min is 0 there, and a loss's minimum is often exactly 0) and makes the colour bar span the same
 * four decades below the range whatever the units: a range of 1 or of 10⁴ both show their valley floor, and
 * only values within 10⁻⁴ of the range above the minimum crowd into the darkest colours.
 */
public enum ColorScaling {
    LINEAR {
        @Override
        public double scaled(double f, double min, double max) {
            return f;
        }

        @Override
        public double unscaled(double s, double min, double max) {
            return s;
        }
    },

    LOG {
        @Override
        public double scaled(double f, double min, double max) {
            return Math.log10(f - min + logOffset(min, max));
        }

        @Override
        public double unscaled(double s, double min, double max) {
            return Math.pow(10, s) - logOffset(min, max) + min;
        }
    };

    /** δ as a fraction of the range: a LOG colour bar spans log10((1 + 10⁻⁴)/10⁻⁴) ≈ 4 decades. */
    public static final double LOG_OFFSET_FRACTION = 1e-4;

    /** {@link #suggested} picks LOG when the range is more than this many decades above the low values. */
    public static final double LOG_SUGGESTION_DECADES = 3;

    /** The values sorted to judge the spread, at most: a stride through a full image is as telling. */
    private static final int SUGGESTION_SAMPLES = 4096;

    /** s(f), the value the colours and contour levels are evenly spaced in, for data spanning [min, max]. */
    public abstract double scaled(double f, double min, double max);

    /** The inverse of {@link #scaled}: the f whose scaled value is {@code s}. */
    public abstract double unscaled(double s, double min, double max);

    /**
     * The position of {@code f} along the colour bar, 0 at min and 1 at max, clamped to [0, 1]; 0 when the
     * range is empty, NaN when f, min or max is NaN.
     */
    public double position(double f, double min, double max) {
        if (Double.isNaN(f) || Double.isNaN(min) || Double.isNaN(max)) {
            return Double.NaN;
        }
        if (!(max > min)) {
            return 0;
        }
        double low = scaled(min, min, max);
        double p = (scaled(f, min, max) - low) / (scaled(max, min, max) - low);
        // A LOG f below min − δ has no logarithm: it lies below the bar.
        return Double.isNaN(p) || p < 0 ? 0 : p > 1 ? 1 : p;
    }

    /** δ of LOG scaling for data spanning [min, max]: {@value #LOG_OFFSET_FRACTION} of the range (1 if empty). */
    public static double logOffset(double min, double max) {
        double range = max - min;
        return range > 0 && Double.isFinite(range) ? range * LOG_OFFSET_FRACTION : 1;
    }

    /**
     * LOG when the finite values' range is more than {@value #LOG_SUGGESTION_DECADES} decades above their low
     * values, else LINEAR. "Low values" is the 1st percentile of f − min among values above the minimum, so one
     * exact zero at the minimum neither forces LOG nor is needed for it: Rosenbrock's window spans ~3.7 decades
     * by this measure, Rastrigin's ~1.1.
     */
    public static ColorScaling suggested(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (!(max > min)) {
            return LINEAR;
        }
        int stride = Math.max(1, values.length / SUGGESTION_SAMPLES);
        double[] above = new double[(values.length + stride - 1) / stride];
        int count = 0;
        for (int i = 0; i < values.length; i += stride) {
            double v = values[i];
            if (Double.isFinite(v) && v > min) {
                above[count++] = v - min;
            }
        }
        if (count == 0) {
            return LINEAR;
        }
        Arrays.sort(above, 0, count);
        double low = above[(int) (0.01 * (count - 1))];
        return Math.log10((max - min) / low) > LOG_SUGGESTION_DECADES ? LOG : LINEAR;
    }
}
