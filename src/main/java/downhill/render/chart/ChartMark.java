package downhill.render.chart;

/**
 * A point singled out at a (fractional) index, in the chart's index units like a line's k: a dot at {@code value}
 * (none for NaN), a vertical line if asked (dashed or solid), and a short label (may be empty) beside the dot, or
 * near the line's top without one.
 */
public record ChartMark(double index, double value, int argb, String label, boolean line, boolean dashed) {}
