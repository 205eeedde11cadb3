package downhill.app.control;

import downhill.engine.function.Window;
import javafx.geometry.Point2D;

/**
 * Where a {@link DataPlot} draws the input plane: {@code window} (y up) in the square of {@code side} pixels at
 * ({@code left}, {@code top}); side 0 when there is no room. The one mapping of drawing and picking, both ways.
 *
 * @param window the part of the plane shown, or null when the data cannot be pictured on a plane
 */
record PlaneSquare(double left, double top, double side, Window window) {

    /** A square under this many pixels a side is no room to draw in. */
    static final double SMALLEST = 20;

    /** The largest square that fits {@code width} × {@code height} below a title {@code titleHeight} tall, centred. */
    static PlaneSquare below(double titleHeight, double width, double height, Window window) {
        double side = Math.max(0, Math.min(width - 8, height - titleHeight - 4));
        return new PlaneSquare((width - side) / 2, titleHeight, side < SMALLEST ? 0 : side, window);
    }

    /** Whether the plane is drawn: there is room and a plane to draw. */
    boolean shown() {
        return side != 0 && window != null;
    }

    /** Where the plane's point (x, y) lies. */
    Point2D pixel(double x, double y) {
        return new Point2D(
                left + (x - window.xMin()) / window.width() * side, top + (window.yMax() - y) / window.height() * side);
    }

    /** The plane's point at pixel (px, py), or null outside the square (or when the plane is not shown). */
    double[] planeAt(double px, double py) {
        if (!shown()) {
            return null;
        }
        double u = (px - left) / side;
        double v = (py - top) / side;
        if (u < 0 || u > 1 || v < 0 || v > 1) {
            return null;
        }
        return new double[] {window.xMin() + u * window.width(), window.yMax() - v * window.height()};
    }

    /**
     * Of the first {@code count} points (x, y pairs in {@code xy}), the one drawn nearest {@code at}, if within
     * {@code reach} pixels of it; else −1. The later of two equally near ones.
     */
    int nearest(double[] xy, int count, Point2D at, double reach) {
        double best = reach;
        int nearest = -1;
        for (int i = 0; i < count; i++) {
            double d = pixel(xy[2 * i], xy[2 * i + 1]).distance(at);
            if (d <= best) {
                best = d;
                nearest = i;
            }
        }
        return nearest;
    }

    /** A point's radius here: about {@code perSide} points fill a side, between 2 and 4 pixels. */
    double pointRadius(double perSide) {
        return Math.max(2, Math.min(4, side / perSide));
    }
}
