package downhill.render;

import downhill.engine.Numbers;
import downhill.engine.landscape.AxisTicks;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticks of a chart's value axis, linear or logarithmic, shared by the app's charts and the pictures drawn here.
 * On the log scale values and ranges are exponents (log10 of the value): powers of ten, or 1, 2 and 5 times them
 * when fewer than two decades are in view.
 *
 * @param values where the ticks sit, in the axis's units (exponents on the log scale)
 */
public record ValueTicks(double[] values, List<String> labels) {

    /** About {@code targetCount} ticks between lo and hi. */
    public static ValueTicks of(boolean log, double lo, double hi, int targetCount) {
        List<String> labels = new ArrayList<>();
        if (!log) {
            AxisTicks linear = AxisTicks.nice(lo, hi, Math.max(2, targetCount));
            for (double v : linear.values()) {
                labels.add(AxisTicks.format(v, linear.step()));
            }
            return new ValueTicks(linear.values(), labels);
        }
        double[] decades = decades(lo, hi);
        // Less than two decades in view: 1, 2 and 5 times each power of ten, so the axis still reads.
        boolean fine = decades.length < 2;
        double[] values = fine ? oneTwoFive(lo, hi) : decades;
        for (double v : values) {
            labels.add(fine ? Numbers.compact(Math.pow(10, v)) : "1e" + (int) Math.round(v));
        }
        return new ValueTicks(values, labels);
    }

    /** The least span of a curve's log₁₀ range: a factor of 1.6, so a flat loss draws flat, not as its last digits. */
    public static final double LEAST_DECADES = 0.2;
    /** The least span of a linear range, as a share of the largest magnitude in it. */
    public static final double LEAST_SHARE = 0.1;

    /**
     * The range of a curve's values ({@code log}: their log₁₀) at least {@link #LEAST_DECADES} or
     * {@link #LEAST_SHARE} of their magnitude wide around its middle, then padded: a loss stuck at ln 2 (varying in
     * its eighth digit) draws as a level line with ticks, not as spikes filling the chart.
     */
    public static double[] curveRange(double lo, double hi, boolean log) {
        if (lo < hi) {
            double least = log ? LEAST_DECADES : LEAST_SHARE * Math.max(Math.abs(lo), Math.abs(hi));
            if (hi - lo < least) {
                double middle = (lo + hi) / 2;
                lo = middle - least / 2;
                hi = middle + least / 2;
            }
        }
        return paddedRange(lo, hi);
    }

    /** The range [lo, hi] of the values drawn, widened by 4 % each side (by 1 when it is empty or a point). */
    public static double[] paddedRange(double lo, double hi) {
        if (!(lo < hi)) {
            lo = Double.isFinite(lo) ? lo - 1 : 0;
            hi = Double.isFinite(hi) ? hi + 1 : 1;
        }
        double margin = (hi - lo) * 0.04;
        return new double[] {lo - margin, hi + margin};
    }

    /** The exponents of 1, 2 and 5 times the powers of ten between 10^lo and 10^hi; of 1 to 9 times if too few. */
    private static double[] oneTwoFive(double lo, double hi) {
        double[] coarse = multiples(lo, hi, new double[] {1, 2, 5});
        return coarse.length >= 3 ? coarse : multiples(lo, hi, new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
    }

    private static double[] multiples(double lo, double hi, double[] factors) {
        List<Double> ticks = new ArrayList<>();
        for (int e = (int) Math.floor(lo); e <= (int) Math.ceil(hi); e++) {
            for (double m : factors) {
                double v = e + Math.log10(m);
                if (v >= lo && v <= hi) {
                    ticks.add(v);
                }
            }
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Whole powers of ten between lo and hi (as exponents), at most about six of them. */
    static double[] decades(double lo, double hi) {
        int from = (int) Math.ceil(lo);
        int to = (int) Math.floor(hi);
        int stride = Math.max(1, (to - from + 1) / 6);
        int count = Math.max(0, (to - from) / stride + 1);
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = from + i * stride;
        }
        return ticks;
    }
}
