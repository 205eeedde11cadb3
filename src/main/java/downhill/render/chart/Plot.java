package downhill.render.chart;

/** Where a chart drew its plot, in surface pixels, and how indices and plotted values map into it. */
public record Plot(double left, double top, double width, double height, int span, double lo, double hi) {

    /** The pixel x of index k (counted from the first). */
    public double x(double k) {
        return left + k / span * width;
    }

    /** The pixel y of a plotted value (an exponent on the log scale). */
    public double y(double plotted) {
        return top + (hi - plotted) / (hi - lo) * height;
    }

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }
}
