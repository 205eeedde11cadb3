package downhill.render.chart;

import java.util.function.IntToDoubleFunction;

/** How a chart draws many more points than it has pixel columns without losing a spike. */
public final class Decimation {

    private Decimation() {}

    /**
     * Fills {@code xs, ys} with a polyline through points 0 … count − 1, at most two vertices per pixel column:
     * the highest and lowest point falling in it, so spikes stay visible however many points share a column.
     * Points whose y is not finite are skipped. Returns the number of vertices.
     *
     * @param xOf pixel x of point k, non-decreasing in k
     * @param yOf pixel y of point k
     */
    public static int decimate(int count, IntToDoubleFunction xOf, IntToDoubleFunction yOf, double[] xs, double[] ys) {
        int n = 0;
        int k = 0;
        while (k < count && n < xs.length - 1) {
            double x = xOf.applyAsDouble(k);
            long column = (long) Math.floor(x);
            double top = Double.POSITIVE_INFINITY;
            double bottom = Double.NEGATIVE_INFINITY;
            while (k < count && (long) Math.floor(xOf.applyAsDouble(k)) == column) {
                double y = yOf.applyAsDouble(k);
                if (Double.isFinite(y)) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
                k++;
            }
            if (!Double.isFinite(top)) {
                continue;
            }
            xs[n] = x;
            ys[n++] = top;
            if (top != bottom) {
                xs[n] = x;
                ys[n++] = bottom;
            }
        }
        return n;
    }
}
