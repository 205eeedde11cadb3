package downhill.render.chart;

import downhill.render.draw.Look;
import downhill.render.draw.Pen;
import downhill.render.draw.Pen.Align;
import downhill.render.draw.TextRoom;
import downhill.render.draw.TextRoom.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A line chart drawn once for the window and the picture files alike: title, value and x axes with their grid,
 * lines (decimated to two vertices per pixel column, so 5,000 epochs draw as fast as 500), markers, marks, frame and
 * legend. The title and the axis name wrap rather than run off the surface: a narrow chart grows its margins.
 */
public final class ChartDrawing {

    /** The plot's margins at 100 %; they grow with the scale, as the text in them does. */
    private static final double LEFT = 64;

    private static final double RIGHT = 14;
    private static final double TOP = 26;
    private static final double BOTTOM = 34;

    /**
     * What was drawn: the plot (null when the surface had no room for one) and the text, as titles (title and axis
     * name lines), tick labels and labels over the plot (marks, legend).
     */
    public record Drawn(Plot plot, List<Box> titles, List<Box> ticks, List<Box> labels) {

        public List<Box> text() {
            return Stream.of(titles, ticks, labels).flatMap(List::stream).toList();
        }
    }

    private ChartDrawing() {}

    /** Draws {@code chart} over the whole {@code width × height} surface. */
    public static Drawn draw(Pen pen, Look look, double width, double height, Chart chart) {
        pen.fill(look.background());
        pen.fillRect(0, 0, width, height);
        ValueAxis axis = chart.axis();
        pen.font(look.size(13), true);
        List<String> titleLines = TextRoom.wrap(pen, chart.title(), width - 2 * look.size(6));
        double titleLine = look.size(17);
        // Room under the title for half a value label: the top tick is centred on the plot's top edge.
        double top = Math.max(look.size(TOP), look.size(6) + titleLines.size() * titleLine + look.size(12));
        // As wide a margin as the value labels need: a narrow chart keeps its room for the lines.
        double heightGuess = height - top - look.size(BOTTOM);
        double left = Math.min(
                look.size(LEFT),
                Math.max(look.size(28), ChartAxes.valueLabelWidth(pen, look, axis, heightGuess) + look.size(12)));
        double pw = width - left - look.size(RIGHT);
        pen.font(look.size(12), false);
        List<String> nameLines = TextRoom.wrap(pen, chart.xName(), width - 2 * look.size(6));
        double nameLine = look.size(15);
        double bottom = Math.max(look.size(BOTTOM), look.size(20) + nameLines.size() * nameLine);
        double ph = height - top - bottom;
        if (ph < look.size(40) && !nameLines.isEmpty()) {
            // Too little height for the axis name as well: the lines matter more (a readout still names x).
            nameLines = List.of();
            bottom = look.size(22);
            ph = height - top - bottom;
        }
        if (pw < 20 || ph < 20) {
            // No room for a plot (a very short pane at 200 %): a title over nothing would only be cut off.
            return new Drawn(null, List.of(), List.of(), List.of());
        }
        List<Box> titles = new ArrayList<>();
        pen.font(look.size(13), true);
        pen.fill(look.text());
        for (int i = 0; i < titleLines.size(); i++) {
            double y = look.size(4) + i * titleLine;
            pen.text(titleLines.get(i), look.size(6), y, Align.START, Align.START);
            titles.add(new Box(titleLines.get(i), look.size(6), y, pen.textWidth(titleLines.get(i)), titleLine));
        }
        Plot plot = new Plot(left, top, pw, ph, chart.span(), axis.lo(), axis.hi());
        List<Box> ticks = new ArrayList<>(ChartAxes.drawValueAxis(pen, look, axis, plot));
        ticks.addAll(ChartAxes.drawXAxis(pen, look, chart, plot));
        pen.font(look.size(12), false);
        pen.fill(look.muted());
        for (int i = 0; i < nameLines.size(); i++) {
            double y = top + ph + look.size(19) + i * nameLine;
            double nw = pen.textWidth(nameLines.get(i));
            pen.text(nameLines.get(i), width / 2, y, Align.CENTER, Align.START);
            titles.add(new Box(nameLines.get(i), width / 2 - nw / 2, y, nw, nameLine));
        }
        pen.save();
        // Markers on the first and last index sit on the frame: the clip leaves room for the whole dot.
        double room = chart.markers() ? look.size(5) : 0;
        pen.clip(left - room, top - room, pw + 2 * room, ph + 2 * room);
        for (ChartLine line : chart.lines()) {
            drawLine(pen, look, chart, plot, line);
        }
        List<Box> labels = ChartLabels.drawMarks(pen, look, chart, plot, ticks);
        pen.restore();
        pen.stroke(look.frame(), look.line(1));
        pen.strokeRect(left + 0.5, top + 0.5, pw, ph);
        labels.addAll(ChartLabels.drawLegend(pen, look, chart.keys(), plot));
        return new Drawn(plot, titles, ticks, labels);
    }

    private static void drawLine(Pen pen, Look look, Chart chart, Plot plot, ChartLine line) {
        double[] values = line.values();
        ValueAxis axis = chart.axis();
        double reach = axis.hi() - axis.lo();
        double[] xs = new double[Math.min(values.length, (int) Math.ceil(plot.width()) * 2 + 2) + 2];
        double[] ys = new double[xs.length];
        // A value far off the range is drawn just beyond the edge: the clip cuts it, the polyline stays sane.
        int n = Decimation.decimate(
                values.length,
                plot::x,
                k -> plot.y(Math.max(axis.lo() - reach, Math.min(axis.hi() + reach, axis.plotted(values[k])))),
                xs,
                ys);
        if (line.halo() != 0) {
            pen.stroke(line.halo(), look.line(line.width() + 1.6));
            pen.polyline(xs, ys, n);
        }
        pen.stroke(line.argb(), look.line(line.width()), ChartLabels.scaled(look, line.dashes()));
        pen.polyline(xs, ys, n);
        if (chart.markers()) {
            pen.fill(line.argb());
            double r = look.size(4);
            for (int k = 0; k < n; k++) {
                pen.fillOval(xs[k] - r, ys[k] - r, 2 * r, 2 * r);
            }
            if (axis.log()) {
                ChartLabels.drawZeros(pen, look, plot, line);
            }
        }
    }
}
