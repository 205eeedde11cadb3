package downhill.app.control;

import downhill.render.ValueTicks;

import downhill.engine.Numbers;
import downhill.engine.landscape.AxisTicks;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Lines of values against a whole-number x (epoch, layer) on one Canvas, solid or dashed, on a linear or log
 * scale, with a hover readout of every line at the pointed x. Every point is kept; drawing takes at most two
 * vertices per pixel column (see {@link #decimate}), so 5,000 epochs per line draw as fast as 500.
 */
public final class SeriesChart extends CanvasRegion implements TextBoxes {

    /** One line: {@code values[k]} is its value at x = first + k; NaN leaves a gap. */
    public record Series(String label, Color color, boolean dashed, double[] values) {
    }

    /** The plot's margins at 100 %; they grow with the UI scale, as the text in them does. */
    private static final double LEFT = 64;
    private static final double RIGHT = 14;
    private static final double TOP = 26;
    private static final double BOTTOM = 38;

    private String title = "";
    private String xName = "";
    private List<Series> series = List.of();
    private int first = 1;
    private int last = 1;
    private boolean log;
    private boolean markers;
    private double fixedMin = Double.NaN;
    private double fixedMax = Double.NaN;
    private int hovered = -1;
    private final CanvasText text = new CanvasText();

    public SeriesChart() {
        getStyleClass().add("series-chart");
        setMinHeight(120);
        setPrefHeight(220);
        setOnMouseMoved(e -> {
            hovered = indexAt(e.getX());
            redraw();
        });
        setOnMouseExited(e -> {
            hovered = -1;
            redraw();
        });
    }

    /**
     * @param firstX the x of every series' first value
     * @param lastX  the right end of the x axis (e.g. the planned epochs), at least {@code firstX}
     */
    public void show(String chartTitle, String xAxisName, List<Series> lines, int firstX, int lastX,
            boolean logScale) {
        title = chartTitle;
        xName = xAxisName;
        series = List.copyOf(lines);
        first = firstX;
        last = Math.max(firstX + 1, lastX);
        log = logScale;
        redraw();
    }

    /** A fixed value range on the linear scale (e.g. 0 to 1 for accuracy) instead of one fitted to the data. */
    public void setFixedRange(double min, double max) {
        fixedMin = min;
        fixedMax = max;
    }

    /** Dots on every value, for short lines whose points matter one by one (e.g. one per layer). */
    public void setMarkers(boolean show) {
        markers = show;
    }

    public List<Series> series() {
        return series;
    }

    /** The index under the mouse pointer, or -1: what the readout shows. */
    public int hoveredIndex() {
        return hovered;
    }

    /** Points the readout at index {@code k} (or none with -1), as hovering does. */
    public void hover(int k) {
        hovered = k;
        redraw();
    }

    private int indexAt(double x) {
        ChartStyle s = ChartStyle.current();
        double pw = canvas().getWidth() - s.size(LEFT) - s.size(RIGHT);
        if (pw <= 0) {
            return -1;
        }
        long k = Math.round(first + (x - s.size(LEFT)) / pw * (last - first)) - first;
        return k < 0 ? -1 : (int) k;
    }

    @Override
    public List<TextBox> textBoxes() {
        return text.boxes();
    }

    @Override
    protected void redraw() {
        text.clear();
        GraphicsContext g = blankCanvas();
        ChartStyle s = ChartStyle.current();
        double left = s.size(LEFT);
        double top = s.size(TOP);
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        double pw = w - left - s.size(RIGHT);
        double ph = h - top - s.size(BOTTOM);
        if (pw < 20 || ph < 20) {
            return;
        }
        g.setFont(s.bold(13));
        g.setFill(s.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        text.fillFitted(g, title, left, s.size(4), w - left - s.size(RIGHT));
        double[] range = range();
        double lo = range[0];
        double hi = range[1];
        drawValueAxis(g, text, log, lo, hi, left, top, pw, ph);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        AxisTicks xs = AxisTicks.nice(first, last, Math.max(2, (int) (pw / s.size(90))));
        for (double x : xs.values()) {
            if (x < first || x > last || (markers && x != Math.rint(x))) {
                continue;
            }
            double px = left + (x - first) / (last - first) * pw;
            g.strokeLine(Math.round(px) + 0.5, top, Math.round(px) + 0.5, top + ph);
            text.fillIfFree(g, AxisTicks.format(x, xs.step()), px, top + ph + s.size(4));
        }
        g.setFill(s.muted());
        // Under the tick labels, a line down: measured, so that the two never touch at any scale.
        double tickLine = text.boxOf(g, "0", 0, 0).getHeight();
        text.fill(g, xName, left + pw / 2, top + ph + s.size(4) + tickLine);
        g.save();
        g.beginPath();
        g.rect(left, top, pw, ph);
        g.clip();
        for (Series line : series) {
            drawLine(g, line, lo, hi, left, top, pw, ph);
        }
        g.restore();
        g.setStroke(s.frame());
        g.setLineWidth(s.line(1));
        g.strokeRect(left + 0.5, top + 0.5, pw, ph);
        drawReadout(g, lo, hi, left, top, pw, ph);
    }

    private double[] range() {
        if (!log && Double.isFinite(fixedMin)) {
            return new double[] {fixedMin, fixedMax};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double value : s.values()) {
                double v = transform(value);
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return ValueTicks.paddedRange(lo, hi);
    }

    private double transform(double value) {
        return log ? (value > 0 ? Math.log10(value) : Double.NaN) : value;
    }

    private void drawLine(GraphicsContext g, Series s, double lo, double hi, double left, double top, double pw,
            double ph) {
        double[] values = s.values();
        double[] xs = new double[Math.min(values.length, (int) Math.ceil(pw) * 2 + 2) + 2];
        double[] ys = new double[xs.length];
        int n = decimate(values.length, k -> left + k / (double) (last - first) * pw,
                k -> top + (hi - transform(values[k])) / (hi - lo) * ph, xs, ys);
        ChartStyle style = ChartStyle.current();
        g.setStroke(s.color());
        g.setLineWidth(style.line(s.dashed() ? 2 : 2.5));
        g.setLineDashes(s.dashed() ? new double[] {7, 5} : null);
        g.strokePolyline(xs, ys, n);
        g.setLineDashes((double[]) null);
        if (markers) {
            g.setFill(s.color());
            for (int k = 0; k < n; k++) {
                double r = style.size(4);
                g.fillOval(xs[k] - r, ys[k] - r, 2 * r, 2 * r);
            }
        }
    }

    private void drawReadout(GraphicsContext g, double lo, double hi, double left, double top, double pw,
            double ph) {
        if (hovered < 0 || series.isEmpty()) {
            return;
        }
        ChartStyle style = ChartStyle.current();
        double px = left + hovered / (double) (last - first) * pw;
        if (px > left + pw) {
            return;
        }
        g.setStroke(style.cursor());
        g.setLineWidth(style.line(1));
        g.setLineDashes(3, 3);
        g.strokeLine(Math.round(px) + 0.5, top, Math.round(px) + 0.5, top + ph);
        g.setLineDashes((double[]) null);
        g.setFont(style.monospaced(12.5));
        double lineHeight = style.size(16);
        double boxWidth = style.size(230);
        double boxHeight = lineHeight * (series.size() + 1) + style.size(8);
        double bx = px + 10 + boxWidth > left + pw ? px - 10 - boxWidth : px + 10;
        double by = top + style.size(6);
        g.setFill(style.box());
        g.fillRect(bx, by, boxWidth, boxHeight);
        g.setStroke(style.frame());
        g.strokeRect(bx + 0.5, by + 0.5, boxWidth, boxHeight);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(style.text());
        g.fillText(xName + " " + (first + hovered), bx + 6, by + 4); // a hover box: over the chart on purpose
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            double v = hovered < s.values().length ? s.values()[hovered] : Double.NaN;
            // Darkened for contrast on a light box, brightened on a dark one.
            g.setFill(style.dark() ? s.color().brighter() : s.color().darker());
            g.fillText(s.label() + "  " + (Double.isNaN(v) ? "–" : Numbers.compact(v)), bx + 6,
                    by + 4 + lineHeight * (i + 1));
        }
    }

    /**
     * Fills {@code xs, ys} with a polyline through points 0 … count − 1, at most two vertices per pixel column:
     * the highest and lowest point falling in it, so spikes stay visible however many points share a column.
     * Points whose y is not finite are skipped. Returns the number of vertices.
     *
     * @param xOf pixel x of point k, non-decreasing in k
     * @param yOf pixel y of point k
     */
    public static int decimate(int count, IntToDoubleFunction xOf, IntToDoubleFunction yOf, double[] xs,
            double[] ys) {
        int n = 0;
        int k = 0;
        while (k < count && n < xs.length - 1) {
            double x = xOf.applyAsDouble(k);
            long column = (long) Math.floor(x);
            double top = Double.POSITIVE_INFINITY;
            double bottom = Double.NEGATIVE_INFINITY;
            while (k < count && (long) Math.floor(xOf.applyAsDouble(k)) == column) {
                double y = yOf.applyAsDouble(k);
                if (Double.isFinite(y)) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
                k++;
            }
            if (!Double.isFinite(top)) {
                continue;
            }
            xs[n] = x;
            ys[n++] = top;
            if (top != bottom) {
                xs[n] = x;
                ys[n++] = bottom;
            }
        }
        return n;
    }

    /**
     * Horizontal grid lines and labels: powers of ten on the log scale (lo, hi as exponents), else nice steps. A
     * label that would touch one already drawn in {@code text} is left out.
     */
    public static void drawValueAxis(GraphicsContext g, CanvasText text, boolean log, double lo, double hi, double left, double top,
            double pw, double ph) {
        ChartStyle style = ChartStyle.current();
        g.setFont(style.font(12));
        g.setFill(style.text());
        g.setStroke(style.grid());
        g.setLineWidth(style.line(1));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        ValueTicks ticks = ValueTicks.of(log, lo, hi, (int) (ph / style.size(40)));
        for (int i = 0; i < ticks.values().length; i++) {
            double y = top + (hi - ticks.values()[i]) / (hi - lo) * ph;
            if (y < top - 1 || y > top + ph + 1) {
                continue;
            }
            g.strokeLine(left, Math.round(y) + 0.5, left + pw, Math.round(y) + 0.5);
            text.fillIfFree(g, ticks.labels().get(i), left - style.size(6), y);
        }
    }
}
