package downhill.engine.function;

/** The rectangle of the plane a landscape is looked at through. */
public record Window(double xMin, double xMax, double yMin, double yMax) {

    public Window {
        if (!(xMin < xMax)
                || !(yMin < yMax)
                || !Double.isFinite(xMin)
                || !Double.isFinite(xMax)
                || !Double.isFinite(yMin)
                || !Double.isFinite(yMax)) {
            throw new IllegalArgumentException("a window needs finite xMin < xMax and yMin < yMax, got " + "[" + xMin
                    + ", " + xMax + "] × [" + yMin + ", " + yMax + "]");
        }
        if (!Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            // [-1e308, 1e308] is finite at both ends, but its width is not: nothing could be drawn or zoomed.
            throw new IllegalArgumentException("a window's width and height must be finite numbers, got " + "[" + xMin
                    + ", " + xMax + "] × [" + yMin + ", " + yMax + "]");
        }
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }
}
