package downhill.render.chart;

import downhill.render.ValueTicks;
import java.util.List;

/**
 * A chart's value axis: linear, or log₁₀ with {@code lo} and {@code hi} as exponents. Values given to a chart are
 * plain values; the axis says where they are plotted.
 */
public record ValueAxis(boolean log, double lo, double hi) {

    /**
     * The axis over the finite values of {@code lines}, padded to nice ends; or the fixed range {@code min} to
     * {@code max} (plain values on the log scale too) when it is given: NaN, or on the log scale not positive, fits
     * the data.
     */
    public static ValueAxis fitted(boolean log, double min, double max, List<double[]> lines) {
        if (!log && Double.isFinite(min)) {
            return new ValueAxis(false, min, max);
        }
        if (log && min > 0 && max > min) {
            return new ValueAxis(true, Math.log10(min), Math.log10(max));
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] values : lines) {
            for (double value : values) {
                double v = plotted(value, log);
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double[] range = ValueTicks.curveRange(lo, hi, log);
        return new ValueAxis(log, range[0], range[1]);
    }

    /** Where {@code value} is plotted: itself, or its log₁₀ (NaN where a log axis has no place for it). */
    public double plotted(double value) {
        return plotted(value, log);
    }

    private static double plotted(double value, boolean log) {
        return log ? (value > 0 ? Math.log10(value) : Double.NaN) : value;
    }
}
