package downhill.app.control;

import downhill.engine.Numbers;
import downhill.render.chart.Chart;
import downhill.render.chart.ChartDrawing;
import downhill.render.chart.ChartLine;
import downhill.render.chart.ChartMark;
import downhill.render.chart.Plot;
import downhill.render.chart.ValueAxis;
import downhill.render.draw.Argb;
import downhill.render.draw.Look;
import downhill.render.draw.Pen.Align;
import downhill.render.draw.TextRoom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.BoundingBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Lines of values against a whole-number x (epoch, layer) on one Canvas, solid or dashed, on a linear or log
 * scale, with a hover readout of every line at the pointed x. The chart itself is {@link ChartDrawing}, the same
 * drawing as the picture files'; the readout is the window's own layer.
 */
public final class SeriesChart extends CanvasRegion {

    /** One line: {@code values[k]} is its value at x = first + k; NaN leaves a gap. */
    public record Series(String label, Color color, boolean dashed, double[] values) {}

    /**
     * A mark at a (fractional) index, in the chart's index units like a series' k: a dot at {@code value} (none for
     * NaN), a vertical line if asked (dashed or solid), and a short label (may be empty) beside the dot, or near the
     * line's top without one.
     */
    public record Mark(double index, double value, Color color, String label, boolean line, boolean dashed) {}

    /** Text the chart drew last, with its box in canvas pixels: what layout checks look at. */
    public record TextBox(String text, double x, double y, double width, double height) {

        public boolean overlaps(TextBox o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }
    }

    private String title = "";
    private String xName = "";
    private List<Series> series = List.of();
    private int first = 1;
    private int last = 1;
    private boolean log;
    private boolean markers;
    private double fixedMin = Double.NaN;
    private double fixedMax = Double.NaN;
    private List<Mark> marks = List.of();
    /** What the x axis shows at the first index, and per index: NaN shows the index itself. */
    private double xAtFirst = Double.NaN;

    private double xPerIndex = 1;
    private int hovered = -1;
    private double[] plot = new double[4];
    private final List<TextBox> titleBoxes = new ArrayList<>();
    private final List<TextBox> tickBoxes = new ArrayList<>();
    private final FxPen pen = new FxPen(canvas().getGraphicsContext2D(), new HeatmapImages());

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
    public void show(String chartTitle, String xAxisName, List<Series> lines, int firstX, int lastX, boolean logScale) {
        show(chartTitle, xAxisName, lines, List.of(), firstX, lastX, logScale);
    }

    /** As {@link #show(String, String, List, int, int, boolean)}, with points singled out. */
    public void show(
            String chartTitle,
            String xAxisName,
            List<Series> lines,
            List<Mark> pointsMarked,
            int firstX,
            int lastX,
            boolean logScale) {
        marks = List.copyOf(pointsMarked);
        title = chartTitle;
        xName = xAxisName;
        series = List.copyOf(lines);
        first = firstX;
        last = Math.max(firstX + 1, lastX);
        log = logScale;
        redraw();
    }

    /**
     * A fixed value range (e.g. 0 to 1 for accuracy) instead of one fitted to the data; on the log scale too
     * (values, not exponents), where NaN fits the data again.
     */
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

    /** Marks drawn over the lines (e.g. suggested learning rates); redraws. */
    public void setMarks(List<Mark> newMarks) {
        marks = List.copyOf(newMarks);
        redraw();
    }

    public List<Mark> marks() {
        return marks;
    }

    /**
     * The x axis and the readout show {@code atFirst + k·perIndex} at index k instead of the index (e.g. log₁₀ η of
     * a learning rate growing geometrically with k); NaN shows the index again.
     */
    public void setXScale(double atFirst, double perIndex) {
        xAtFirst = atFirst;
        xPerIndex = perIndex;
    }

    /** What the x axis shows at index k (counted from the first). */
    private double shownX(double k) {
        return Double.isNaN(xAtFirst) ? first + k : xAtFirst + k * xPerIndex;
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
        double pw = plot[2];
        if (pw <= 0) {
            return -1;
        }
        long k = Math.round(first + (x - plot[0]) / pw * (last - first)) - first;
        return k < 0 ? -1 : (int) k;
    }

    @Override
    protected void redraw() {
        blankCanvas();
        Look look = ChartStyle.current().look();
        ChartDrawing.Drawn drawn = ChartDrawing.draw(pen, look, canvas().getWidth(), canvas().getHeight(), chart());
        titleBoxes.clear();
        tickBoxes.clear();
        drawn.titles().forEach(b -> titleBoxes.add(boxOf(b)));
        drawn.ticks().forEach(b -> tickBoxes.add(boxOf(b)));
        Plot area = drawn.plot();
        if (area == null) {
            return;
        }
        plot = new double[] {area.left(), area.top(), area.width(), area.height()};
        drawReadout(look, area);
    }

    /** What the chart shows now, in the drawing's terms. */
    Chart chart() {
        List<ChartLine> lines = series.stream()
                .map(s -> ChartLine.of(s.label(), ChartStyle.argb(s.color()), s.dashed(), s.values()))
                .toList();
        ValueAxis axis = ValueAxis.fitted(
                log, fixedMin, fixedMax, series.stream().map(Series::values).toList());
        List<ChartMark> shownMarks = marks.stream()
                .map(m -> new ChartMark(
                        m.index(), m.value(), ChartStyle.argb(m.color()), m.label(), m.line(), m.dashed()))
                .toList();
        return Chart.of(title, xName, lines, first, last, axis)
                .withMarks(shownMarks)
                .withMarkers(markers)
                .withXScale(xAtFirst, xPerIndex);
    }

    private static TextBox boxOf(TextRoom.Box b) {
        return new TextBox(b.text(), b.x(), b.y(), b.width(), b.height());
    }

    /** How wide {@code text} is drawn in {@code font}, in pixels. */
    public static double textWidth(String text, Font font) {
        // One probe for all measuring (on the FX thread): a new Text node per label cost the FX thread dearly.
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    private static final Text MEASURE = new Text();

    /** Every piece of text drawn last, for the layout report. */
    @Override
    public List<TextBoxes.TextBox> textBoxes() {
        return Stream.concat(titleBoxes.stream(), tickBoxes.stream())
                .map(b -> new TextBoxes.TextBox(b.text(), new BoundingBox(b.x(), b.y(), b.width(), b.height())))
                .toList();
    }

    /** The title and axis-name lines drawn last. */
    public List<TextBox> drawnTitles() {
        return List.copyOf(titleBoxes);
    }

    /** The tick labels drawn last, both axes. */
    public List<TextBox> drawnTicks() {
        return List.copyOf(tickBoxes);
    }

    /** The plot area as drawn last: left, top, width, height (zeros before the first drawing). */
    public double[] plotArea() {
        return plot.clone();
    }

    /**
     * The readout at the hovered index, the window's own layer over the chart: a cursor line and every line's value
     * there, on a box beside it.
     */
    private void drawReadout(Look look, Plot area) {
        if (hovered < 0 || series.isEmpty()) {
            return;
        }
        double px = area.x(hovered);
        if (px > area.right()) {
            return;
        }
        pen.stroke(look.cursor(), look.line(1), new double[] {3, 3});
        pen.line(Math.round(px) + 0.5, area.top(), Math.round(px) + 0.5, area.bottom());
        pen.monospaced(look.size(12.5));
        double lineHeight = look.size(16);
        double boxWidth = look.size(230);
        double boxHeight = lineHeight * (series.size() + 1) + look.size(8);
        double bx = px + 10 + boxWidth > area.right() ? px - 10 - boxWidth : px + 10;
        double by = area.top() + look.size(6);
        pen.fill(look.box());
        pen.fillRect(bx, by, boxWidth, boxHeight);
        pen.stroke(look.frame(), look.line(1));
        pen.strokeRect(bx + 0.5, by + 0.5, boxWidth, boxHeight);
        pen.fill(look.text());
        String x = Double.isNaN(xAtFirst) ? String.valueOf(first + hovered) : Numbers.compact(shownX(hovered));
        pen.text(xName + " " + x, bx + 6, by + 4, Align.START, Align.START);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            double v = hovered < s.values().length ? s.values()[hovered] : Double.NaN;
            // Darkened for contrast on a light box, brightened on a dark one.
            int color = ChartStyle.argb(s.color());
            pen.fill(look.dark() ? Argb.brighter(color) : Argb.darker(color));
            String value = Double.isNaN(v) ? "–" : Numbers.compact(v);
            pen.text(s.label() + "  " + value, bx + 6, by + 4 + lineHeight * (i + 1), Align.START, Align.START);
        }
    }
}
