package downhill.engine.function;

/** The rectangle of the plane a landscape is looked at through. */
public record Window(double xMin, double xMax, double yMin, double yMax) {

    public Window {
        if (!(xMin < xMax) || !(yMin < yMax)
                || !Double.isFinite(xMin) || !Double.isFinite(xMax) || !Double.isFinite(yMin) || !Double.isFinite(yMax)) {
            throw new IllegalArgumentException("a window needs finite xMin < xMax and yMin < yMax, got "
                    + "[" + xMin + ", " + xMax + "] × [" + yMin + ", " + yMax + "]");
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
