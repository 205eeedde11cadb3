package downhill.render;

import downhill.engine.function.Window;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import java.util.List;

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

    /** A pixel coordinate kept within a million pixels: far-off points would overflow the rasteriser. */
    public static double clampPixel(double value) {
        return Double.isNaN(value) ? 0 : Math.max(-1e6, Math.min(1e6, value));
    }

    /**
     * Where a path was last seen and where it was heading, in pixels: {x, y, ux, uy}, its last row (clamped) and
     * the unit direction of its last step (rightwards when that step did not move on screen).
     */
    public double[] lastHeading(Trajectory t) {
        int last = t.size() - 1;
        double x = clampPixel(toPixelX(t.x(last)));
        double y = clampPixel(toPixelY(t.y(last)));
        // The direction from the unclamped points: far off the chart both clamp to one pixel and would point nowhere.
        double dx = last > 0 ? toPixelX(t.x(last)) - toPixelX(t.x(last - 1)) : 0;
        double dy = last > 0 ? toPixelY(t.y(last)) - toPixelY(t.y(last - 1)) : 0;
        double length = Math.hypot(dx, dy);
        return !(length >= 1e-9 && Double.isFinite(length))
                ? new double[] {x, y, 1, 0}
                : new double[] {x, y, dx / length, dy / length};
    }

    /**
     * The top-left corner for a box of this size, {@code inset} in from a corner of the plot, where it hides the
     * fewest points of the paths up to {@code step} and the start; ties go to the top left, where people look for
     * a legend first.
     */
    public double[] quietestCorner(List<PathResult> paths, int step, double boxWidth, double boxHeight, double inset) {
        double leftX = left + inset;
        double rightX = left + width - boxWidth - inset;
        double topY = top + inset;
        double bottomY = top + height - boxHeight - inset;
        double[][] corners = {{leftX, topY}, {rightX, topY}, {leftX, bottomY}, {rightX, bottomY}};
        int[] hidden = new int[corners.length];
        double slack = 0.8 * inset;
        for (PathResult p : paths) {
            Trajectory t = p.trajectory();
            int last = p.visibleStep(step);
            int stride = Math.max(1, last / 200);
            for (int k = 0; k <= last; k += stride) {
                double x = toPixelX(t.x(k));
                double y = toPixelY(t.y(k));
                for (int i = 0; i < corners.length; i++) {
                    if (x >= corners[i][0] - slack
                            && x <= corners[i][0] + boxWidth + slack
                            && y >= corners[i][1] - slack
                            && y <= corners[i][1] + boxHeight + slack) {
                        hidden[i] += k == 0 ? 20 : 1;
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i < corners.length; i++) {
            if (hidden[i] < hidden[best]) {
                best = i;
            }
        }
        return corners[best];
    }
}
