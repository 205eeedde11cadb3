package downhill.app.landscape;

import downhill.app.control.CanvasRegion;
import downhill.app.control.CanvasText;
import downhill.app.control.ChartStyle;
import downhill.app.control.SeriesChart;
import downhill.app.i18n.Messages;
import downhill.app.i18n.OutcomeText;
import downhill.app.optimizers.Palette;
import downhill.engine.landscape.AxisTicks;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Loss against step for every path, on one Canvas (a chart node per point would not keep up), with a cursor at the
 * current step. On the log scale it plots f − f*, the distance above the best known value, so that convergence
 * shows as a straight line; where f* is not known it plots f (log scale only while f stays positive), and its title
 * says which ({@link LossAxis}). A run that diverges or falls without bound does not set the range.
 */
public final class LossChart extends CanvasRegion {

    private RaceSnapshot race = RaceSnapshot.EMPTY;
    private int step;
    private int limit = 1;
    private boolean log = true;
    private final CanvasText text = text();

    public LossChart() {
        getStyleClass().add("loss-chart");
        setMinHeight(120);
        setPrefHeight(190);
    }

    public void draw(RaceSnapshot snapshot, int currentStep, int stepLimit, boolean logScale) {
        race = snapshot;
        step = currentStep;
        limit = Math.max(1, stepLimit);
        log = logScale;
        redraw();
    }

    @Override
    protected void redraw() {
        GraphicsContext g = blankCanvas();
        ChartStyle style = ChartStyle.current();
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        double left = style.size(60);
        double right = style.size(16);
        // The title wraps in a narrow chart; the plot starts under its last line.
        // What the chart plots decides its title: f − f* only where f* is known.
        LossAxis axis = LossAxis.of(race.objective(), race.paths(), log);
        g.setFont(style.bold(13));
        List<String> title = text.wrap(g, Messages.text(axis.mode().titleKey), w - style.size(16));
        double titleLine = text.boxOf(g, "Mg", 0, 0).getHeight();
        double top = style.size(10) + titleLine * title.size();
        double bottom = style.size(30);
        double pw = w - left - right;
        double ph = h - top - bottom;
        if (pw < 20 || ph < 20) {
            return;
        }
        g.setFill(style.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < title.size(); i++) {
            text.fill(g, title.get(i), style.size(8), style.size(4) + titleLine * i);
        }
        double lo = axis.lo();
        double hi = axis.hi();
        SeriesChart.drawValueAxis(g, text, axis.log(), lo, hi, left, top, pw, ph);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        AxisTicks steps = AxisTicks.nice(0, limit, Math.max(2, (int) (pw / style.size(90))));
        for (double s : steps.values()) {
            double x = left + s / limit * pw;
            g.strokeLine(Math.round(x) + 0.5, top, Math.round(x) + 0.5, top + ph);
            text.fillIfFree(g, AxisTicks.format(s, steps.step()), x, top + ph + style.size(6));
        }
        g.save();
        g.beginPath();
        g.rect(left, top, pw, ph);
        g.clip();
        for (PathResult p : race.paths()) {
            drawCurve(g, p, axis, left, top, pw, ph);
        }
        g.restore();
        for (PathResult p : race.paths()) {
            markRunaway(g, p, axis, left, top, pw, ph);
        }
        double cx = Math.round(left + Math.min(step, limit) / (double) limit * pw) + 0.5;
        g.setStroke(style.cursor());
        g.setLineWidth(style.line(1.5));
        g.setLineDashes(4, 4);
        g.strokeLine(cx, top, cx, top + ph);
        g.setLineDashes((double[]) null);
        g.setStroke(style.frame());
        g.setLineWidth(style.line(1));
        g.strokeRect(left + 0.5, top + 0.5, pw, ph);
    }

    private void drawCurve(
            GraphicsContext g, PathResult p, LossAxis axis, double left, double top, double pw, double ph) {
        Trajectory t = p.trajectory();
        int last = p.visibleStep(step);
        if (last < 0) {
            return;
        }
        double lo = axis.lo();
        double hi = axis.hi();
        int columns = (int) Math.ceil(pw);
        double[] xs = new double[Math.min(last + 1, columns * 2) + 2];
        double[] ys = new double[xs.length];
        // A value far off the range is drawn just beyond the edge: the clip cuts it, the polyline stays sane.
        int n = SeriesChart.decimate(
                last + 1,
                k -> left + k / (double) limit * pw,
                k -> top
                        + (hi - Math.max(lo - (hi - lo), Math.min(hi + (hi - lo), axis.value(t.loss(k)))))
                                / (hi - lo)
                                * ph,
                xs,
                ys);
        ChartStyle style = ChartStyle.current();
        // The dark halo lets a light colour (AdaGrad's yellow) read on the white chart.
        g.setStroke(Palette.halo());
        g.setLineWidth(style.line(3.6));
        g.strokePolyline(xs, ys, n);
        g.setStroke(Palette.of(p.name()));
        g.setLineWidth(style.line(2));
        g.setLineDashes(Palette.dashes(p.name(), style::size));
        g.strokePolyline(xs, ys, n);
        g.setLineDashes();
    }

    /**
     * A run whose loss leaves the range (a diverged or unbounded one) gets an arrow at the edge where its curve
     * leaves, in its colour, and once it has ended, how it ended.
     */
    private void markRunaway(
            GraphicsContext g, PathResult p, LossAxis axis, double left, double top, double pw, double ph) {
        Trajectory t = p.trajectory();
        int last = p.visibleStep(step);
        int leaves = -1;
        int side = 0;
        for (int k = 0; k <= last; k++) {
            side = axis.side(t.loss(k));
            if (side != 0) {
                leaves = k;
                break;
            }
        }
        if (leaves < 0 || !p.outcome().runaway()) {
            return;
        }
        ChartStyle style = ChartStyle.current();
        double x = left + leaves / (double) limit * pw;
        double head = style.size(7);
        double tipY = side > 0 ? top + 1 : top + ph - 1;
        double baseY = tipY + (side > 0 ? head * 1.6 : -head * 1.6);
        double[] hx = {x, x - head, x + head};
        double[] hy = {tipY, baseY, baseY};
        g.setFill(Palette.of(p.name()));
        g.setStroke(Palette.halo());
        g.setLineWidth(style.line(1.5));
        g.fillPolygon(hx, hy, 3);
        g.strokePolygon(hx, hy, 3);
        if (step >= p.outcome().step()) {
            // Beside the arrow on the side with more room, wrapped to fit: a narrow chart never cuts it off.
            g.setFont(style.bold(12));
            g.setFill(Palette.outcome(p.outcome().status()));
            String label = (side > 0 ? "↑ " : "↓ ") + p.displayName() + ": " + OutcomeText.of(p.outcome());
            double roomRight = canvas().getWidth() - (x + head * 1.5) - 4;
            double roomLeft = x - head * 1.5 - 4;
            boolean right = roomRight >= roomLeft;
            List<String> lines = text.wrap(g, label, Math.max(roomRight, roomLeft));
            g.setTextAlign(right ? TextAlignment.LEFT : TextAlignment.RIGHT);
            g.setTextBaseline(VPos.TOP);
            double line = text.boxOf(g, "Mg", 0, 0).getHeight();
            double y = side > 0 ? top + 3 : top + ph - 3 - line * lines.size();
            for (int i = 0; i < lines.size(); i++) {
                text.fill(g, lines.get(i), right ? x + head * 1.5 : x - head * 1.5, y + line * i);
            }
        }
    }
}
