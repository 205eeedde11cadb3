package downhill.render;

import downhill.engine.function.Minimum;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import downhill.render.draw.Arrows;
import downhill.render.draw.Look;
import downhill.render.draw.Pen;
import downhill.render.draw.TextRoom;
import java.util.ArrayList;
import java.util.List;

/**
 * What lies on a landscape's plane: the heatmap, the known minima, the optimizers' paths up to the current step (the
 * slowest on top, a covered one widened), their markers, the start marker, and at the plot's edge the arrows to
 * paths that left the view and the labels of failed runs, stacked so that none prints over another.
 */
final class LandscapePlane {

    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;
    /** A failed run's label box: always light, the failure colours are chosen to read on white. */
    private static final int LABEL_BOX = 0xEBFFFFFF;

    private final boolean compact;
    private final Look look;
    private final PathWords words;

    LandscapePlane(boolean compact, Look look, PathWords words) {
        this.compact = compact;
        this.look = look;
        this.words = words;
    }

    /** The picture over the part of the plane it covers (a stale one while a new one is computed). */
    void drawHeatmap(Pen pen, LandscapeImage picture, Viewport shown) {
        Window covered = picture.window();
        double x0 = shown.toPixelX(covered.xMin());
        double x1 = shown.toPixelX(covered.xMax());
        double y0 = shown.toPixelY(covered.yMax());
        double y1 = shown.toPixelY(covered.yMin());
        pen.image(picture.argb(), picture.width(), picture.height(), x0, y0, x1 - x0, y1 - y0, true);
    }

    /** A diamond at each known minimum: filled white for a global one, with a white inner edge for a local one. */
    void drawMinima(Pen pen, Objective objective, Viewport shown) {
        if (objective == null) {
            return;
        }
        double r = look.size(compact ? 5 : 7);
        double inset = look.size(2);
        for (Minimum m : objective.minima()) {
            double x = shown.toPixelX(m.x());
            double y = shown.toPixelY(m.y());
            double[] xs = {x, x + r, x, x - r};
            double[] ys = {y - r, y, y + r, y};
            if (m.global()) {
                pen.fill(WHITE);
                pen.fillPolygon(xs, ys, 4);
            }
            pen.stroke(BLACK, look.line(1.5));
            pen.strokePolygon(xs, ys, 4);
            if (!m.global()) {
                pen.stroke(WHITE, look.line(1));
                double[] innerX = {x, x + r - inset, x, x - r + inset};
                double[] innerY = {y - r + inset, y, y + r - inset, y};
                pen.strokePolygon(innerX, innerY, 4);
            }
        }
    }

    /** Every path's line, then every path's markers, so that no line covers a marker. */
    void drawPaths(Pen pen, List<PathResult> paths, int step, Viewport shown) {
        List<PathResult> order = PathLayers.slowestOnTop(paths);
        boolean[] covered = PathLayers.covered(order, step, shown);
        for (int i = 0; i < order.size(); i++) {
            drawPath(pen, order.get(i), step, shown, covered[i]);
        }
        for (PathResult path : order) {
            drawMarkers(pen, path, step, shown);
        }
    }

    /** The path's pixels up to {@code step}: {xs, ys}, or null before its first point. */
    private static double[][] pixels(PathResult path, int step, Viewport shown) {
        Trajectory t = path.trajectory();
        int last = path.visibleStep(step);
        if (last < 0) {
            return null;
        }
        double[] xs = new double[last + 1];
        double[] ys = new double[last + 1];
        for (int k = 0; k <= last; k++) {
            xs[k] = Viewport.clampPixel(shown.toPixelX(t.x(k)));
            ys[k] = Viewport.clampPixel(shown.toPixelY(t.y(k)));
        }
        return new double[][] {xs, ys};
    }

    /**
     * The path's line over its dark halo, in its dashes; a path largely {@code covered} by the ones drawn after it is
     * a wider band, so that its colour shows on both sides of theirs.
     */
    private void drawPath(Pen pen, PathResult path, int step, Viewport shown, boolean covered) {
        double[][] p = pixels(path, step, shown);
        if (p == null) {
            return;
        }
        double width = look.line(compact ? 2 : 2.6) + (covered ? look.line(5) : 0);
        pen.stroke(Colors.HALO_ARGB, width + look.line(2.4));
        pen.polyline(p[0], p[1], p[0].length);
        pen.stroke(Colors.argb(path.name()), width, dashes(path.name(), look));
        pen.polyline(p[0], p[1], p[0].length);
    }

    /** The optimizer's dash pattern at the look's size. */
    static double[] dashes(String optimizer, Look look) {
        double[] dashes = Colors.style(optimizer).dashes().clone();
        for (int i = 0; i < dashes.length; i++) {
            dashes[i] = look.size(dashes[i]);
        }
        return dashes;
    }

    /** Small markers along the path, a few of them, tell two paths on one line apart; a large one at its end. */
    private void drawMarkers(Pen pen, PathResult path, int step, Viewport shown) {
        double[][] p = pixels(path, step, shown);
        if (p == null) {
            return;
        }
        double[] xs = p[0];
        double[] ys = p[1];
        int last = xs.length - 1;
        int color = Colors.argb(path.name());
        Colors.Marker marker = Colors.style(path.name()).marker();
        double small = look.size(compact ? 2.6 : 3.2);
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int k = 1; k < last; k++) {
            if (!(Math.hypot(xs[k] - lastX, ys[k] - lastY) < 6 * small)) {
                marker(pen, marker, xs[k], ys[k], small, color, Colors.HALO_ARGB, look.line(1));
                lastX = xs[k];
                lastY = ys[k];
            }
        }
        marker(pen, marker, xs[last], ys[last], look.size(compact ? 4.5 : 6), color, WHITE, look.line(1.6));
    }

    /** An optimizer's marker of radius {@code r} about (x, y), filled and outlined. */
    static void marker(Pen pen, Colors.Marker marker, double x, double y, double r, int fill, int edge, double width) {
        double[][] corners = marker.polygon(x, y, r);
        pen.fill(fill);
        pen.stroke(edge, width);
        if (corners == null) {
            pen.fillOval(x - r, y - r, 2 * r, 2 * r);
            pen.strokeOval(x - r, y - r, 2 * r, 2 * r);
        } else {
            pen.fillPolygon(corners[0], corners[1], corners[0].length);
            pen.strokePolygon(corners[0], corners[1], corners[0].length);
        }
    }

    /** A white ring with a black dot where the runs start. */
    void drawStart(Pen pen, Point start, Viewport shown) {
        if (start == null) {
            return;
        }
        double x = shown.toPixelX(start.x());
        double y = shown.toPixelY(start.y());
        double r = look.size(compact ? 5 : 7);
        pen.fill(WHITE);
        pen.stroke(BLACK, look.line(2));
        pen.fillOval(x - r, y - r, 2 * r, 2 * r);
        pen.strokeOval(x - r, y - r, 2 * r, 2 * r);
        double dot = look.size(1.5);
        pen.fill(BLACK);
        pen.fillOval(x - dot, y - dot, 2 * dot, 2 * dot);
    }

    /** Outside the clip: a failed run's label, or an arrow to a path whose point left the view. */
    void drawEdges(Pen pen, TextRoom room, List<PathResult> paths, int step, Viewport shown) {
        List<double[]> labels = new ArrayList<>();
        for (PathResult path : paths) {
            if (path.failedBy(step)) {
                drawFailure(pen, room, path, shown, labels);
            } else {
                drawOffChart(pen, path, step, shown);
            }
        }
    }

    /**
     * A path whose current point lies outside the view gets an arrow at the edge pointing to it. A point that is not
     * finite has no direction to point in (its run is a failure, labelled by {@link #drawFailure}).
     */
    private void drawOffChart(Pen pen, PathResult path, int step, Viewport shown) {
        Trajectory t = path.trajectory();
        int k = path.visibleStep(step);
        double x = shown.toPixelX(t.x(k));
        double y = shown.toPixelY(t.y(k));
        if (shown.inside(x, y) || !Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        double cx = shown.left() + shown.width() / 2;
        double cy = shown.top() + shown.height() / 2;
        double dx = x - cx;
        double dy = y - cy;
        double margin = look.size(14);
        double reach = Math.min(
                Math.abs((shown.width() / 2 - margin) / (dx == 0 ? 1e-9 : dx)),
                Math.abs((shown.height() / 2 - margin) / (dy == 0 ? 1e-9 : dy)));
        double length = Math.hypot(dx, dy);
        double tipX = cx + dx * reach;
        double tipY = cy + dy * reach;
        double shaft = look.size(22);
        arrow(pen, tipX - dx / length * shaft, tipY - dy / length * shaft, tipX, tipY, Colors.argb(path.name()), 8);
    }

    /** Where a run diverged or left the domain: an arrow from its last finite point and the reason. */
    private void drawFailure(Pen pen, TextRoom room, PathResult path, Viewport shown, List<double[]> labels) {
        double[] heading = shown.lastHeading(path.trajectory());
        double dx = heading[2];
        double dy = heading[3];
        double edge = look.size(4);
        // Keep the arrow's tail on the chart, so it points off the chart from where the path was last seen.
        double ax = Math.max(shown.left() + edge, Math.min(shown.left() + shown.width() - edge, heading[0]));
        double ay = Math.max(shown.top() + edge, Math.min(shown.top() + shown.height() - edge, heading[1]));
        double arrow = look.size(compact ? 26 : 40);
        int color = Colors.outcomeArgb(path.outcome().status());
        arrow(pen, ax, ay, ax + dx * arrow, ay + dy * arrow, color, compact ? 7 : 10);
        String message = words.failure(path);
        pen.font(look.size(compact ? 11 : 14), true);
        double textWidth = pen.textWidth(message);
        double boxHeight = look.size(compact ? 16 : 20);
        double pad = look.size(4);
        double lx = Math.max(
                shown.left() + edge,
                Math.min(shown.left() + shown.width() - textWidth - look.size(10), ax + look.size(8)));
        // Labels of runs that ended near each other stack instead of printing over each other.
        double ly = PathLayers.place(
                labels,
                lx - pad,
                ay + (dy > 0 ? -boxHeight - look.size(10) : look.size(12)),
                textWidth + 2 * pad,
                boxHeight,
                shown.top() + edge,
                shown.top() + shown.height() - boxHeight - edge);
        pen.fill(LABEL_BOX);
        pen.fillRoundRect(lx - pad, ly, textWidth + 2 * pad, boxHeight, look.size(6));
        pen.fill(color);
        room.text(pen, message, lx, ly + look.size(2), Pen.Align.START, Pen.Align.START);
    }

    /** An arrow over a white halo, its head {@code head} pixels at 100 %. */
    private void arrow(Pen pen, double x0, double y0, double x1, double y1, int color, double head) {
        Arrows.arrow(pen, x0, y0, x1, y1, color, look.size(head), WHITE, look.line(5), look.line(2.5));
    }
}
