package downhill.app.landscape;

import downhill.engine.function.Window;

/**
 * The mapping between the plane and a plot rectangle in pixels. The shown window is the requested one widened
 * along one axis so that one unit is as long across as up: circles stay circles and the gradient stays
 * perpendicular to the contour lines.
 */
public record Viewport(Window shown, double left, double top, double width, double height) {

    public static Viewport fit(Window requested, double left, double top, double width, double height) {
        double w = Math.max(1, width);
        double h = Math.max(1, height);
        double unitsPerPixel = Math.max(requested.width() / w, requested.height() / h);
        double cx = (requested.xMin() + requested.xMax()) / 2;
        double cy = (requested.yMin() + requested.yMax()) / 2;
        double halfW = unitsPerPixel * w / 2;
        double halfH = unitsPerPixel * h / 2;
        return new Viewport(new Window(cx - halfW, cx + halfW, cy - halfH, cy + halfH), left, top, w, h);
    }

    public double toPixelX(double x) {
        return left + (x - shown.xMin()) / shown.width() * width;
    }

    public double toPixelY(double y) {
        return top + (shown.yMax() - y) / shown.height() * height;
    }

    public double toX(double pixelX) {
        return shown.xMin() + (pixelX - left) / width * shown.width();
    }

    public double toY(double pixelY) {
        return shown.yMax() - (pixelY - top) / height * shown.height();
    }

    public boolean inside(double pixelX, double pixelY) {
        return pixelX >= left && pixelX <= left + width && pixelY >= top && pixelY <= top + height;
    }

    /** Plane units per pixel (the same across and up). */
    public double unitsPerPixel() {
        return shown.width() / width;
    }
}
