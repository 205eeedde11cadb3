package downhill.app.landscape;

import downhill.app.control.CanvasText;
import downhill.app.control.ChartStyle;
import downhill.app.i18n.OutcomeText;
import downhill.app.optimizers.Palette;
import downhill.engine.function.Minimum;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import downhill.render.Colors;
import downhill.render.PathLayers;
import downhill.render.Viewport;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What lies on a landscape canvas's plane: the known minima, the optimizers' paths up to the current step (the
 * slowest on top, a covered one widened), their markers, the start marker, and at the plot's edge the arrows to
 * paths that left the view and the labels of failed runs, stacked so that none prints over another.
 */
final class LandscapePaths {

    /** The dark edge under every path and marker. */
    static final Color HALO = Palette.halo();

    private final boolean compact;
    private final CanvasText text;

    /**
     * @param compact a small panel: thinner lines, smaller markers and labels
     * @param text    the canvas's text, so that labels drawn later keep clear of these
     */
    LandscapePaths(boolean compact, CanvasText text) {
        this.compact = compact;
        this.text = text;
    }

    /** Every path's line, then every path's markers, so that no line covers a marker. */
    void drawPaths(GraphicsContext g, List<PathResult> paths, int step, Viewport shown) {
        List<PathResult> order = PathLayers.slowestOnTop(paths);
        boolean[] covered = PathLayers.covered(order, step, shown);
        for (int i = 0; i < order.size(); i++) {
            drawPath(g, order.get(i), step, shown, covered[i]);
        }
        for (PathResult path : order) {
            drawMarkers(g, path, step, shown);
        }
    }

    /** Outside the clip: a failed run's label, or an arrow to a path whose point left the view. */
    void drawEdges(GraphicsContext g, List<PathResult> paths, int step, Viewport shown) {
        List<double[]> labels = new ArrayList<>();
        for (PathResult path : paths) {
            if (path.failedBy(step)) {
                drawFailure(g, path, shown, labels);
            } else {
                drawOffChart(g, path, step, shown);
            }
        }
    }

    void drawMinima(GraphicsContext g, Objective objective, Viewport shown) {
        if (objective == null) {
            return;
        }
        for (Minimum m : objective.minima()) {
            double x = shown.toPixelX(m.x());
            double y = shown.toPixelY(m.y());
            double r = ChartStyle.current().size(compact ? 5 : 7);
            g.setLineWidth(ChartStyle.current().line(1.5));
            g.setStroke(Color.BLACK);
            g.setFill(m.global() ? Color.WHITE : Color.TRANSPARENT);
            double[] xs = {x, x + r, x, x - r};
            double[] ys = {y - r, y, y + r, y};
            g.fillPolygon(xs, ys, 4);
            g.strokePolygon(xs, ys, 4);
            if (!m.global()) {
                g.setStroke(Color.WHITE);
                g.setLineWidth(1);
                double[] inner = {x, x + r - 2, x, x - r + 2};
                double[] innerY = {y - r + 2, y, y + r - 2, y};
                g.strokePolygon(inner, innerY, 4);
            }
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
    private void drawPath(GraphicsContext g, PathResult path, int step, Viewport shown, boolean covered) {
        double[][] p = pixels(path, step, shown);
        if (p == null) {
            return;
        }
        double[] xs = p[0];
        double[] ys = p[1];
        Color color = Palette.of(path.name());
        Colors.Style look = Palette.style(path.name());
        ChartStyle style = ChartStyle.current();
        double width = style.line(compact ? 2 : 2.6) + (covered ? style.line(5) : 0);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setStroke(HALO);
        g.setLineWidth(width + style.line(2.4));
        g.strokePolyline(xs, ys, xs.length);
        g.setStroke(color);
        g.setLineWidth(width);
        g.setLineDashes(Palette.dashes(path.name(), style::size));
        g.setLineCap(look.dashes().length == 0 ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
        g.strokePolyline(xs, ys, xs.length);
        g.setLineDashes();
        g.setLineCap(StrokeLineCap.ROUND);
    }

    /** Small markers along the path, a few of them, tell two paths on one line apart; a large one at its end. */
    private void drawMarkers(GraphicsContext g, PathResult path, int step, Viewport shown) {
        double[][] p = pixels(path, step, shown);
        if (p == null) {
            return;
        }
        double[] xs = p[0];
        double[] ys = p[1];
        int last = xs.length - 1;
        Color color = Palette.of(path.name());
        Colors.Marker marker = Palette.style(path.name()).marker();
        ChartStyle style = ChartStyle.current();
        double small = style.size(compact ? 2.6 : 3.2);
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int k = 1; k < last; k++) {
            if (!(Math.hypot(xs[k] - lastX, ys[k] - lastY) < 6 * small)) {
                Palette.marker(g, marker, xs[k], ys[k], small, color, HALO, style.line(1));
                lastX = xs[k];
                lastY = ys[k];
            }
        }
        Palette.marker(
                g, marker, xs[last], ys[last], style.size(compact ? 4.5 : 6), color, Color.WHITE, style.line(1.6));
    }

    /** A path whose current point lies outside the view gets an arrow at the edge pointing to it. */
    private void drawOffChart(GraphicsContext g, PathResult path, int step, Viewport shown) {
        Trajectory t = path.trajectory();
        int k = path.visibleStep(step);
        double x = shown.toPixelX(t.x(k));
        double y = shown.toPixelY(t.y(k));
        if (shown.inside(x, y)) {
            return;
        }
        double cx = shown.left() + shown.width() / 2;
        double cy = shown.top() + shown.height() / 2;
        double dx = x - cx;
        double dy = y - cy;
        double reach = Math.min(
                Math.abs((shown.width() / 2 - 14) / (dx == 0 ? 1e-9 : dx)),
                Math.abs((shown.height() / 2 - 14) / (dy == 0 ? 1e-9 : dy)));
        double length = Math.hypot(dx, dy);
        double ux = dx / length;
        double uy = dy / length;
        double tipX = cx + dx * reach;
        double tipY = cy + dy * reach;
        Arrows.arrow(g, tipX - ux * 22, tipY - uy * 22, tipX, tipY, Palette.of(path.name()), 8);
    }

    private void drawFailure(GraphicsContext g, PathResult path, Viewport shown, List<double[]> labels) {
        double[] heading = shown.lastHeading(path.trajectory());
        double x = heading[0];
        double y = heading[1];
        double dx = heading[2];
        double dy = heading[3];
        // Keep the arrow's tail on the chart, so it points off the chart from where the path was last seen.
        double ax = Math.max(shown.left() + 4, Math.min(shown.left() + shown.width() - 4, x));
        double ay = Math.max(shown.top() + 4, Math.min(shown.top() + shown.height() - 4, y));
        ChartStyle style = ChartStyle.current();
        double arrow = style.size(compact ? 26 : 40);
        double tipX = ax + dx * arrow;
        double tipY = ay + dy * arrow;
        Color color = Palette.outcome(path.outcome().status());
        Arrows.arrow(g, ax, ay, tipX, tipY, color, compact ? 7 : 10);
        String message = OutcomeText.of(path.outcome());
        Font font = style.bold(compact ? 11 : 14);
        g.setFont(font);
        double textWidth = TextMetrics.width(message, font);
        double boxHeight = style.size(compact ? 16 : 20);
        double lx = Math.max(shown.left() + 4, Math.min(shown.left() + shown.width() - textWidth - 10, ax + 8));
        // Labels of runs that ended near each other stack instead of printing over each other.
        double ly = PathLayers.place(
                labels,
                lx - 4,
                ay + (dy > 0 ? -boxHeight - 10 : 12),
                textWidth + 8,
                boxHeight,
                shown.top() + 4,
                shown.top() + shown.height() - boxHeight - 4);
        ly += 2;
        // Always a light box: the failure colours are chosen to read on white.
        g.setFill(Color.rgb(255, 255, 255, 0.92));
        g.fillRoundRect(lx - 4, ly - 2, textWidth + 8, boxHeight, 6, 6);
        g.setFill(color);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        text.fill(g, message, lx, ly);
    }

    void drawStart(GraphicsContext g, Point start, Viewport shown) {
        if (start == null) {
            return;
        }
        double x = shown.toPixelX(start.x());
        double y = shown.toPixelY(start.y());
        ChartStyle style = ChartStyle.current();
        double r = style.size(compact ? 5 : 7);
        g.setFill(Color.WHITE);
        g.setStroke(Color.BLACK);
        g.setLineWidth(style.line(2));
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setFill(Color.BLACK);
        g.fillOval(x - 1.5, y - 1.5, 3, 3);
    }
}
