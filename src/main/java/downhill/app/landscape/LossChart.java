package downhill.app.landscape;

import downhill.app.control.CanvasRegion;
import downhill.app.control.CanvasText;
import downhill.app.control.ChartStyle;
import downhill.app.control.FxPen;
import downhill.app.control.HeatmapImages;
import downhill.app.i18n.Messages;
import downhill.app.i18n.OutcomeText;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import downhill.render.Colors;
import downhill.render.chart.Chart;
import downhill.render.chart.ChartDrawing;
import downhill.render.chart.ChartLine;
import downhill.render.chart.Plot;
import downhill.render.chart.ValueAxis;
import downhill.render.draw.Look;
import downhill.render.draw.Pen;
import downhill.render.draw.Pen.Align;
import downhill.render.draw.TextRoom;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;

/**
 * Loss against step for every path, on one Canvas (a chart node per point would not keep up), with a cursor at the
 * current step. On the log scale it plots f − f*, the distance above the best known value, so that convergence
 * shows as a straight line; where f* is not known it plots f (log scale only while f stays positive), and its title
 * says which ({@link LossAxis}). A run that diverges or falls without bound does not set the range. The chart is
 * {@link ChartDrawing}, the same as every other line chart's; the runaway arrows and the cursor are this chart's own
 * layers, drawn through the same pen.
 */
public final class LossChart extends CanvasRegion {

    private RaceSnapshot race = RaceSnapshot.EMPTY;
    private int step;
    private int limit = 1;
    private boolean log = true;
    private final CanvasText text = text();
    private final FxPen pen = new FxPen(canvas().getGraphicsContext2D(), new HeatmapImages());

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
        blankCanvas();
        Look look = ChartStyle.current().look();
        // What the chart plots decides its title: f − f* only where f* is known.
        LossAxis axis = LossAxis.of(race.objective(), race.paths(), log);
        List<ChartLine> lines = new ArrayList<>();
        for (PathResult p : race.paths()) {
            Trajectory t = p.trajectory();
            double[] shown = new double[Math.max(0, p.visibleStep(step) + 1)];
            for (int k = 0; k < shown.length; k++) {
                shown[k] = axis.shown(t.loss(k));
            }
            // The dark halo lets a light colour (AdaGrad's yellow) read on the white chart.
            lines.add(new ChartLine(
                    p.displayName(),
                    Colors.argb(p.name()),
                    2,
                    Colors.style(p.name()).dashes(),
                    Colors.HALO_ARGB,
                    shown));
        }
        Chart chart = Chart.of(
                Messages.text(axis.mode().titleKey),
                "",
                lines,
                0,
                limit,
                new ValueAxis(axis.log(), axis.lo(), axis.hi()));
        double w = canvas().getWidth();
        ChartDrawing.Drawn drawn = ChartDrawing.draw(pen, look, w, canvas().getHeight(), chart);
        drawn.text().forEach(this::remember);
        Plot plot = drawn.plot();
        if (plot == null) {
            return;
        }
        for (PathResult p : race.paths()) {
            markRunaway(pen, look, p, axis, plot, w);
        }
        double cx = Math.round(plot.x(Math.min(step, limit))) + 0.5;
        pen.stroke(look.cursor(), look.line(1.5), new double[] {4, 4});
        pen.line(cx, plot.top(), cx, plot.bottom());
    }

    private void remember(TextRoom.Box b) {
        text.remember(b.text(), new BoundingBox(b.x(), b.y(), b.width(), b.height()));
    }

    /**
     * A run whose loss leaves the range (a diverged or unbounded one) gets an arrow at the edge where its curve
     * leaves, in its colour, and once it has ended, how it ended.
     */
    private void markRunaway(Pen pen, Look look, PathResult p, LossAxis axis, Plot plot, double width) {
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
        double x = plot.x(leaves);
        double head = look.size(7);
        double tipY = side > 0 ? plot.top() + 1 : plot.bottom() - 1;
        double baseY = tipY + (side > 0 ? head * 1.6 : -head * 1.6);
        double[] hx = {x, x - head, x + head};
        double[] hy = {tipY, baseY, baseY};
        pen.fill(Colors.argb(p.name()));
        pen.stroke(Colors.HALO_ARGB, look.line(1.5));
        pen.fillPolygon(hx, hy, 3);
        pen.strokePolygon(hx, hy, 3);
        if (step >= p.outcome().step()) {
            // Beside the arrow on the side with more room, wrapped to fit: a narrow chart never cuts it off.
            pen.font(look.size(12), true);
            pen.fill(Colors.outcomeArgb(p.outcome().status()));
            String label = (side > 0 ? "↑ " : "↓ ") + p.displayName() + ": " + OutcomeText.of(p.outcome());
            double roomRight = width - (x + head * 1.5) - 4;
            double roomLeft = x - head * 1.5 - 4;
            boolean right = roomRight >= roomLeft;
            List<String> lines = TextRoom.wrap(pen, label, Math.max(roomRight, roomLeft));
            double line = pen.textHeight();
            double y = side > 0 ? plot.top() + 3 : plot.bottom() - 3 - line * lines.size();
            double tx = right ? x + head * 1.5 : x - head * 1.5;
            for (int i = 0; i < lines.size(); i++) {
                pen.text(lines.get(i), tx, y + line * i, right ? Align.START : Align.END, Align.START);
                double lw = pen.textWidth(lines.get(i));
                text.remember(lines.get(i), new BoundingBox(right ? tx : tx - lw, y + line * i, lw, line));
            }
        }
    }
}
