package downhill.app.landscape;

import downhill.render.PathResult;
import downhill.render.ValueTicks;

import downhill.app.control.CanvasRegion;
import downhill.app.control.CanvasText;
import downhill.app.control.TextBoxes;
import downhill.app.control.ChartStyle;
import downhill.app.i18n.Messages;
import downhill.app.control.SeriesChart;
import downhill.app.optimizers.Palette;
import downhill.engine.function.Minimum;
import downhill.engine.function.Objective;
import downhill.engine.landscape.AxisTicks;
import downhill.engine.run.Trajectory;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Loss against step for every path, on one Canvas (a chart node per point would not keep up), with a cursor at the
 * current step. On the log scale it plots f − f*, the distance above the best known value, so that convergence
 * shows as a straight line.
 */
public final class LossChart extends CanvasRegion implements TextBoxes {

    private RaceSnapshot race = RaceSnapshot.EMPTY;
    private int step;
    private int limit = 1;
    private boolean log = true;
    private final CanvasText text = new CanvasText();

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

    /** The value a path's loss is measured from on the log scale. */
    static double floorOf(RaceSnapshot race) {
        Objective f = race.objective();
        double best = Double.POSITIVE_INFINITY;
        if (f != null) {
            for (Minimum m : f.minima()) {
                if (m.global()) {
                    best = Math.min(best, f.value(m.x(), m.y()));
                }
            }
        }
        double lowest = Double.POSITIVE_INFINITY;
        for (PathResult p : race.paths()) {
            Trajectory t = p.trajectory();
            for (int k = 0; k < t.size(); k++) {
                lowest = Math.min(lowest, t.loss(k));
            }
        }
        if (Double.isFinite(best) && best <= lowest) {
            return best;
        }
        return lowest > 0 ? 0 : lowest;
    }

    @Override
    public List<TextBox> textBoxes() {
        return text.boxes();
    }

    @Override
    protected void redraw() {
        text.clear();
        GraphicsContext g = blankCanvas();
        ChartStyle style = ChartStyle.current();
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        double left = style.size(60);
        double right = style.size(16);
        // The title wraps in a narrow chart; the plot starts under its last line.
        g.setFont(style.bold(13));
        List<String> title = text.wrap(g, Messages.text(log ? "landscape.lossChart.titleLog"
                : "landscape.lossChart.titleLinear"), w - style.size(16));
        double titleLine = text.boxOf(g, "Mg", 0, 0).getHeight();
        double top = style.size(10) + titleLine * title.size();
        double bottom = style.size(30);
        double pw = w - left - right;
        double ph = h - top - bottom;
        if (pw < 20 || ph < 20) {
            return;
        }
        double floor = log ? floorOf(race) : 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (PathResult p : race.paths()) {
            Trajectory t = p.trajectory();
            for (int k = 0; k < t.size(); k++) {
                double v = transform(t.loss(k), floor);
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        g.setFill(style.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < title.size(); i++) {
            text.fill(g, title.get(i), style.size(8), style.size(4) + titleLine * i);
        }
        double[] range = ValueTicks.paddedRange(lo, hi);
        lo = range[0];
        hi = range[1];
        SeriesChart.drawValueAxis(g, text, log, lo, hi, left, top, pw, ph);
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
            drawCurve(g, p, floor, lo, hi, left, top, pw, ph);
        }
        g.restore();
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

    private void drawCurve(GraphicsContext g, PathResult p, double floor, double lo, double hi, double left,
            double top, double pw, double ph) {
        Trajectory t = p.trajectory();
        int last = p.visibleStep(step);
        if (last < 0) {
            return;
        }
        int columns = (int) Math.ceil(pw);
        double[] xs = new double[Math.min(last + 1, columns * 2) + 2];
        double[] ys = new double[xs.length];
        int n = SeriesChart.decimate(last + 1, k -> left + k / (double) limit * pw,
                k -> top + (hi - transform(t.loss(k), floor)) / (hi - lo) * ph, xs, ys);
        g.setStroke(Palette.of(p.name()));
        g.setLineWidth(ChartStyle.current().line(2));
        g.strokePolyline(xs, ys, n);
    }

    private double transform(double loss, double floor) {
        if (!log) {
            return loss;
        }
        // Below machine precision of the floor the distance is noise: the curve rests there instead of plunging.
        double resolution = 1e-16 * Math.max(1, Math.abs(floor));
        return Math.log10(Math.max(loss - floor, resolution));
    }
}
