package downhill.render.chart;

/**
 * One row of a chart's legend: a short line in {@code argb} with {@code dashes} (at 100 %, empty for solid) and its
 * text; a {@code named} row (a run's name) is bold and heavy, the others (what solid and dashed mean) muted.
 */
public record ChartKey(String text, int argb, double[] dashes, boolean named) {}
