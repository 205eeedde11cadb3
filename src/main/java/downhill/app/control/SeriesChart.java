package downhill.app.control;

import downhill.render.ValueTicks;

import downhill.engine.Numbers;
import downhill.engine.landscape.AxisTicks;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Lines of values against a whole-number x (epoch, layer) on one Canvas, solid or dashed, on a linear or log
 * scale, with a hover readout of every line at the pointed x. Every point is kept; drawing takes at most two
 * vertices per pixel column (see {@link #decimate}), so 5,000 epochs per line draw as fast as 500.
 */
public final class SeriesChart extends CanvasRegion {

    /** One line: {@code values[k]} is its value at x = first + k; NaN leaves a gap. */
    public record Series(String label, Color color, boolean dashed, double[] values) {
    }

    private static final Color TEXT = Color.web("#1f2937");
    private static final Color GRID = Color.web("#e5e7eb");
    private static final double LEFT = 64;
    private static final double RIGHT = 14;
    private static final double TOP = 26;
    private static final double BOTTOM = 34;

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
        double pw = canvas().getWidth() - LEFT - RIGHT;
        if (pw <= 0) {
            return -1;
        }
        long k = Math.round(first + (x - LEFT) / pw * (last - first)) - first;
        return k < 0 ? -1 : (int) k;
    }

    @Override
    protected void redraw() {
        GraphicsContext g = whiteCanvas();
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        if (pw < 20 || ph < 20) {
            return;
        }
        g.setFont(Font.font("System", FontWeight.BOLD, 13));
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, LEFT, 4);
        double[] range = range();
        double lo = range[0];
        double hi = range[1];
        drawValueAxis(g, log, lo, hi, LEFT, TOP, pw, ph);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        AxisTicks xs = AxisTicks.nice(first, last, Math.max(2, (int) (pw / 90)));
        for (double x : xs.values()) {
            if (x < first || x > last || (markers && x != Math.rint(x))) {
                continue;
            }
            double px = LEFT + (x - first) / (last - first) * pw;
            g.strokeLine(Math.round(px) + 0.5, TOP, Math.round(px) + 0.5, TOP + ph);
            g.fillText(AxisTicks.format(x, xs.step()), px, TOP + ph + 4);
        }
        g.setFill(Color.web("#4b5563"));
        g.fillText(xName, LEFT + pw / 2, TOP + ph + 18);
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, pw, ph);
        g.clip();
        for (Series s : series) {
            drawLine(g, s, lo, hi, pw, ph);
        }
        g.restore();
        g.setStroke(Color.web("#9ca3af"));
        g.setLineWidth(1);
        g.strokeRect(LEFT + 0.5, TOP + 0.5, pw, ph);
        drawReadout(g, lo, hi, pw, ph);
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

    private void drawLine(GraphicsContext g, Series s, double lo, double hi, double pw, double ph) {
        double[] values = s.values();
        double[] xs = new double[Math.min(values.length, (int) Math.ceil(pw) * 2 + 2) + 2];
        double[] ys = new double[xs.length];
        int n = decimate(values.length, k -> LEFT + k / (double) (last - first) * pw,
                k -> TOP + (hi - transform(values[k])) / (hi - lo) * ph, xs, ys);
        g.setStroke(s.color());
        g.setLineWidth(s.dashed() ? 2 : 2.5);
        g.setLineDashes(s.dashed() ? new double[] {7, 5} : null);
        g.strokePolyline(xs, ys, n);
        g.setLineDashes((double[]) null);
        if (markers) {
            g.setFill(s.color());
            for (int k = 0; k < n; k++) {
                g.fillOval(xs[k] - 4, ys[k] - 4, 8, 8);
            }
        }
    }

    private void drawReadout(GraphicsContext g, double lo, double hi, double pw, double ph) {
        if (hovered < 0 || series.isEmpty()) {
            return;
        }
        double px = LEFT + hovered / (double) (last - first) * pw;
        if (px > LEFT + pw) {
            return;
        }
        g.setStroke(Color.web("#111827"));
        g.setLineWidth(1);
        g.setLineDashes(3, 3);
        g.strokeLine(Math.round(px) + 0.5, TOP, Math.round(px) + 0.5, TOP + ph);
        g.setLineDashes((double[]) null);
        g.setFont(Font.font("Monospaced", 12.5));
        double lineHeight = 16;
        double boxWidth = 230;
        double boxHeight = lineHeight * (series.size() + 1) + 8;
        double bx = px + 10 + boxWidth > LEFT + pw ? px - 10 - boxWidth : px + 10;
        double by = TOP + 6;
        g.setFill(Color.color(1, 1, 1, 0.92));
        g.fillRect(bx, by, boxWidth, boxHeight);
        g.setStroke(Color.web("#9ca3af"));
        g.strokeRect(bx + 0.5, by + 0.5, boxWidth, boxHeight);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(TEXT);
        g.fillText(xName + " " + (first + hovered), bx + 6, by + 4);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            double v = hovered < s.values().length ? s.values()[hovered] : Double.NaN;
            g.setFill(s.color().darker());
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

    /** Horizontal grid lines and labels: powers of ten on the log scale (lo, hi as exponents), else nice steps. */
    public static void drawValueAxis(GraphicsContext g, boolean log, double lo, double hi, double left, double top,
            double pw, double ph) {
        g.setFont(Font.font("System", 12));
        g.setFill(TEXT);
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        ValueTicks ticks = ValueTicks.of(log, lo, hi, (int) (ph / 40));
        for (int i = 0; i < ticks.values().length; i++) {
            double y = top + (hi - ticks.values()[i]) / (hi - lo) * ph;
            if (y < top - 1 || y > top + ph + 1) {
                continue;
            }
            g.strokeLine(left, Math.round(y) + 0.5, left + pw, Math.round(y) + 0.5);
            g.fillText(ticks.labels().get(i), left - 6, y);
        }
    }
}
