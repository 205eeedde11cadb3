package downhill.app.control;

import downhill.engine.Numbers;
import downhill.engine.landscape.AxisTicks;
import downhill.render.ValueTicks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Stream;
import javafx.geometry.BoundingBox;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Lines of values against a whole-number x (epoch, layer) on one Canvas, solid or dashed, on a linear or log
 * scale, with a hover readout of every line at the pointed x. Every point is kept; drawing takes at most two
 * vertices per pixel column (see {@link #decimate}), so 5,000 epochs per line draw as fast as 500.
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

    /** The plot's margins at 100 %; they grow with the UI scale, as the text in them does. */
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
    private List<Mark> marks = List.of();
    /** What the x axis shows at the first index, and per index: NaN shows the index itself. */
    private double xAtFirst = Double.NaN;

    private double xPerIndex = 1;
    private int hovered = -1;
    private double[] plot = new double[4];
    private final List<TextBox> titleBoxes = new ArrayList<>();
    private final List<TextBox> tickBoxes = new ArrayList<>();

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
        GraphicsContext g = blankCanvas();
        ChartStyle s = ChartStyle.current();
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        double[] range = range();
        double lo = range[0];
        double hi = range[1];
        // The title and the axis name wrap rather than run off the canvas: a narrow chart grows its margins.
        Font titleFont = s.bold(13);
        List<String> titleLines = wrap(title, titleFont, w - 2 * s.size(6));
        double titleLine = s.size(17);
        // Room under the title for half a value label: the top tick is centred on the plot's top edge.
        double top = Math.max(s.size(TOP), s.size(6) + titleLines.size() * titleLine + s.size(12));
        // As wide a margin as the value labels need: a narrow chart keeps its room for the lines.
        double phGuess = h - top - s.size(BOTTOM);
        double left = Math.min(s.size(LEFT), Math.max(s.size(28), valueLabelWidth(log, lo, hi, phGuess) + s.size(12)));
        double pw = w - left - s.size(RIGHT);
        Font nameFont = s.font(12);
        List<String> nameLines = wrap(xName, nameFont, w - 2 * s.size(6));
        double nameLine = s.size(15);
        double bottom = Math.max(s.size(BOTTOM), s.size(20) + nameLines.size() * nameLine);
        double ph = h - top - bottom;
        if (ph < s.size(40) && !nameLines.isEmpty()) {
            // Too little height for the axis name as well: the lines matter more (the readout still names x).
            nameLines = List.of();
            bottom = s.size(22);
            ph = h - top - bottom;
        }
        titleBoxes.clear();
        tickBoxes.clear();
        g.setFont(titleFont);
        g.setFill(s.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < titleLines.size(); i++) {
            g.fillText(titleLines.get(i), s.size(6), s.size(4) + i * titleLine);
            titleBoxes.add(new TextBox(
                    titleLines.get(i),
                    s.size(6),
                    s.size(4) + i * titleLine,
                    textWidth(titleLines.get(i), titleFont),
                    titleLine));
        }
        if (pw < 20 || ph < 20) {
            return;
        }
        plot = new double[] {left, top, pw, ph};
        tickBoxes.addAll(drawValueAxis(g, log, lo, hi, left, top, pw, ph));
        drawXAxis(g, left, top, pw, ph);
        g.setFont(nameFont);
        g.setFill(s.muted());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < nameLines.size(); i++) {
            g.fillText(nameLines.get(i), w / 2, top + ph + s.size(19) + i * nameLine);
            double nw = textWidth(nameLines.get(i), nameFont);
            titleBoxes.add(
                    new TextBox(nameLines.get(i), w / 2 - nw / 2, top + ph + s.size(19) + i * nameLine, nw, nameLine));
        }
        g.save();
        g.beginPath();
        // Markers on the first and last layer sit on the frame: the clip leaves room for the whole dot.
        double room = markers ? s.size(5) : 0;
        g.rect(left - room, top - room, pw + 2 * room, ph + 2 * room);
        g.clip();
        for (Series line : series) {
            drawLine(g, line, lo, hi, left, top, pw, ph);
        }
        drawMarks(g, lo, hi, left, top, pw, ph);
        g.restore();
        g.setStroke(s.frame());
        g.setLineWidth(s.line(1));
        g.strokeRect(left + 0.5, top + 0.5, pw, ph);
        drawReadout(g, lo, hi, left, top, pw, ph);
    }

    /**
     * The x ticks: whole numbers only on a chart with markers (layers), every one when there is room; a label is
     * left out rather than drawn over its neighbour.
     */
    private void drawXAxis(GraphicsContext g, double left, double top, double pw, double ph) {
        ChartStyle s = ChartStyle.current();
        g.setFont(s.font(12));
        g.setFill(s.text());
        g.setStroke(s.grid());
        g.setLineWidth(s.line(1));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double gap = s.size(8);
        double[] values;
        double step;
        if (markers) {
            double widest = textWidth(String.valueOf(last), g.getFont()) + gap;
            double unit = pw / (last - first);
            long every = 1;
            while (every * unit < widest && every < last - first) {
                every = nextNice(every);
            }
            List<Double> whole = new ArrayList<>();
            for (long x = first; x <= last; x += every) {
                whole.add((double) x);
            }
            values = whole.stream().mapToDouble(Double::doubleValue).toArray();
            step = 1;
        } else {
            AxisTicks xs = AxisTicks.nice(shownX(0), shownX(last - first), Math.max(2, (int) (pw / s.size(90))));
            values = xs.values();
            step = xs.step();
        }
        double lo = shownX(0);
        double hi = shownX(last - first);
        double lastRight = Double.NEGATIVE_INFINITY;
        for (double x : values) {
            if (x < lo - 1e-9 * Math.abs(hi - lo) || x > hi + 1e-9 * Math.abs(hi - lo)) {
                continue;
            }
            double px = left + (x - lo) / (hi - lo) * pw;
            g.strokeLine(Math.round(px) + 0.5, top, Math.round(px) + 0.5, top + ph);
            String label = AxisTicks.format(x, step);
            double half = textWidth(label, g.getFont()) / 2;
            if (px - half >= lastRight + gap) {
                g.fillText(label, px, top + ph + s.size(4));
                tickBoxes.add(new TextBox(label, px - half, top + ph + s.size(4), 2 * half, s.size(12) * 1.25));
                lastRight = px + half;
            }
        }
    }

    /** The widest value label the axis would draw for a plot {@code ph} high. */
    private static double valueLabelWidth(boolean log, double lo, double hi, double ph) {
        ChartStyle style = ChartStyle.current();
        Font font = style.font(12);
        double widest = 0;
        for (String label : ValueTicks.of(log, lo, hi, (int) (Math.max(ph, 1) / style.size(40)))
                .labels()) {
            widest = Math.max(widest, textWidth(label, font));
        }
        return widest;
    }

    /** 1, 2, 5, 10, 20, 50, …: the next stride after {@code every}. */
    private static long nextNice(long every) {
        long decade = 1;
        while (decade * 10 <= every) {
            decade *= 10;
        }
        long m = every / decade;
        return m < 2 ? 2 * decade : m < 5 ? 5 * decade : 10 * decade;
    }

    /** Greedy word wrap of {@code text} into lines at most {@code width} wide; a longer word breaks with a hyphen. */
    public static List<String> wrap(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && textWidth(candidate, font) > width) {
                lines.add(line.toString());
                line.setLength(0);
                candidate = word;
            }
            // A word wider than the line (German compounds in a narrow panel) breaks with a hyphen, not off the edge.
            while (textWidth(candidate, font) > width && candidate.length() > 2) {
                int fits = candidate.length() - 1;
                while (fits > 1 && textWidth(candidate.substring(0, fits) + "-", font) > width) {
                    fits--;
                }
                lines.add(candidate.substring(0, fits) + "-");
                candidate = candidate.substring(fits);
            }
            line.setLength(0);
            line.append(candidate);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
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

    private double[] range() {
        if (!log && Double.isFinite(fixedMin)) {
            return new double[] {fixedMin, fixedMax};
        }
        if (log && fixedMin > 0 && fixedMax > fixedMin) {
            return new double[] {Math.log10(fixedMin), Math.log10(fixedMax)};
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
        return ValueTicks.curveRange(lo, hi, log);
    }

    private double transform(double value) {
        return log ? (value > 0 ? Math.log10(value) : Double.NaN) : value;
    }

    private void drawLine(
            GraphicsContext g, Series s, double lo, double hi, double left, double top, double pw, double ph) {
        double[] values = s.values();
        double[] xs = new double[Math.min(values.length, (int) Math.ceil(pw) * 2 + 2) + 2];
        double[] ys = new double[xs.length];
        int n = decimate(
                values.length,
                k -> left + k / (double) (last - first) * pw,
                k -> top + (hi - transform(values[k])) / (hi - lo) * ph,
                xs,
                ys);
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
            if (log) {
                drawZeros(g, s, left, top, pw, ph);
            }
        }
    }

    /**
     * Values of exactly 0 have no place on a log axis, yet a zero gradient is the point (every unit the same after
     * a zero initialisation): a hollow marker on the bottom edge with "0" beside it.
     */
    private void drawZeros(GraphicsContext g, Series s, double left, double top, double pw, double ph) {
        ChartStyle style = ChartStyle.current();
        double r = style.size(4.5);
        g.setStroke(s.color());
        g.setLineWidth(style.line(2));
        g.setFont(style.font(11));
        // Beside the marker, not over it: the first layer's marker sits on the plot's left edge.
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < s.values().length; k++) {
            if (s.values()[k] == 0) {
                double px = left + k / (double) (last - first) * pw;
                double py = top + ph - r - style.line(1);
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
                g.setFill(style.muted());
                g.fillText("0", px + r + style.size(2), py);
            }
        }
    }

    /**
     * Each mark: its line (full height, if asked), a dot at its value, and its label beside the dot on the side with
     * room, on a backing so the curves do not cross its letters; a label that would cover another is left out (the
     * readout names the point anyway).
     */
    private void drawMarks(GraphicsContext g, double lo, double hi, double left, double top, double pw, double ph) {
        ChartStyle style = ChartStyle.current();
        Font font = style.bold(12);
        g.setFont(font);
        g.setTextBaseline(VPos.BOTTOM);
        double r = style.size(5);
        List<TextBox> drawn = new ArrayList<>(tickBoxes);
        for (Mark m : marks) {
            double px = left + m.index() / (last - first) * pw;
            if (m.line()) {
                g.setStroke(m.color());
                g.setLineWidth(style.line(1.5));
                g.setLineDashes(m.dashed() ? new double[] {5, 4} : null);
                g.strokeLine(px, top, px, top + ph);
                g.setLineDashes((double[]) null);
            }
            double v = transform(m.value());
            double py = Double.isFinite(v) ? top + (hi - v) / (hi - lo) * ph : top + style.size(16);
            if (Double.isFinite(v)) {
                g.setFill(m.color());
                g.fillOval(px - r, py - r, 2 * r, 2 * r);
                g.setStroke(style.text());
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
            }
            if (m.label().isEmpty()) {
                continue;
            }
            double width = textWidth(m.label(), font);
            boolean right = px + r + width + style.size(4) < left + pw;
            double tx = right ? px + r + style.size(3) : px - r - style.size(3) - width;
            double height = style.size(15);
            TextBox box = new TextBox(m.label(), tx, py - style.size(2) - height, width, height);
            if (drawn.stream().anyMatch(box::overlaps)) {
                continue;
            }
            g.setGlobalAlpha(0.85);
            g.setFill(style.box());
            g.fillRect(box.x() - style.size(2), box.y(), box.width() + style.size(4), box.height());
            g.setGlobalAlpha(1);
            // In the mark's colour darkened or brightened for contrast.
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(style.dark() ? m.color().brighter() : m.color().darker());
            g.fillText(m.label(), tx, py - style.size(2));
            drawn.add(box);
        }
    }

    private void drawReadout(GraphicsContext g, double lo, double hi, double left, double top, double pw, double ph) {
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
        g.fillText(
                xName + " "
                        + (Double.isNaN(xAtFirst) ? String.valueOf(first + hovered) : Numbers.compact(shownX(hovered))),
                bx + 6,
                by + 4);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            double v = hovered < s.values().length ? s.values()[hovered] : Double.NaN;
            // Darkened for contrast on a light box, brightened on a dark one.
            g.setFill(style.dark() ? s.color().brighter() : s.color().darker());
            g.fillText(
                    s.label() + "  " + (Double.isNaN(v) ? "–" : Numbers.compact(v)),
                    bx + 6,
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
    public static int decimate(int count, IntToDoubleFunction xOf, IntToDoubleFunction yOf, double[] xs, double[] ys) {
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

    /** The value axis as {@link #drawValueAxis(GraphicsContext, boolean, double, double, double, double, double,
     * double)} draws it, its labels remembered in {@code text} (for a chart that keeps its text there). */
    public static void drawValueAxis(
            GraphicsContext g,
            CanvasText text,
            boolean log,
            double lo,
            double hi,
            double left,
            double top,
            double pw,
            double ph) {
        for (TextBox b : drawValueAxis(g, log, lo, hi, left, top, pw, ph)) {
            text.remember(b.text(), new BoundingBox(b.x(), b.y(), b.width(), b.height()));
        }
    }

    /**
     * Horizontal grid lines and labels: powers of ten on the log scale (lo, hi as exponents), else nice steps.
     * Returns the labels drawn, none touching another.
     */
    public static List<TextBox> drawValueAxis(
            GraphicsContext g, boolean log, double lo, double hi, double left, double top, double pw, double ph) {
        ChartStyle style = ChartStyle.current();
        g.setFont(style.font(12));
        g.setFill(style.text());
        g.setStroke(style.grid());
        g.setLineWidth(style.line(1));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        ValueTicks ticks = ValueTicks.of(log, lo, hi, (int) (ph / style.size(40)));
        double labelHeight = style.size(12) * 1.25;
        double[] ys = new double[ticks.values().length];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = top + (hi - ticks.values()[i]) / (hi - lo) * ph;
            if (ys[i] >= top - 1 && ys[i] <= top + ph + 1) {
                g.strokeLine(left, Math.round(ys[i]) + 0.5, left + pw, Math.round(ys[i]) + 0.5);
            }
        }
        // Labels that would touch a neighbour are left out, powers of ten (on the log scale) kept first.
        List<Double> labelled = new ArrayList<>();
        List<TextBox> drawn = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < ys.length; i++) {
                double v = ticks.values()[i];
                boolean power = !log || Math.abs(v - Math.rint(v)) < 1e-9;
                if ((pass == 0) != power || ys[i] < top - 1 || ys[i] > top + ph + 1) {
                    continue;
                }
                double y = ys[i];
                if (labelled.stream().allMatch(other -> Math.abs(other - y) >= labelHeight)) {
                    labelled.add(y);
                    String label = ticks.labels().get(i);
                    g.fillText(label, left - style.size(6), y);
                    double lw = textWidth(label, g.getFont());
                    drawn.add(new TextBox(label, left - style.size(6) - lw, y - labelHeight / 2, lw, labelHeight));
                }
            }
        }
        return drawn;
    }
}
