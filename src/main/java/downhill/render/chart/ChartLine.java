package downhill.render.chart;

/**
 * One line of a chart: {@code values[k]} is its value at index k (NaN leaves a gap), drawn {@code width} wide (at
 * 100 %) in {@code argb} with {@code dashes} (at 100 %, empty for solid), over a darker {@code halo} when that is not
 * 0 (so that a light colour reads on a white chart).
 */
public record ChartLine(String label, int argb, double width, double[] dashes, int halo, double[] values) {

    private static final double[] SOLID = {};
    private static final double[] DASHED = {7, 5};

    /** The charts' usual line: solid and a little heavier, or dashed. */
    public static ChartLine of(String label, int argb, boolean dashed, double[] values) {
        return new ChartLine(label, argb, dashed ? 2 : 2.5, dashed ? DASHED : SOLID, 0, values);
    }

    public boolean dashed() {
        return dashes.length > 0;
    }
}
