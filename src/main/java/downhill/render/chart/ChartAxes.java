package downhill.render.chart;

import downhill.engine.landscape.AxisTicks;
import downhill.render.ValueTicks;
import downhill.render.draw.Look;
import downhill.render.draw.Pen;
import downhill.render.draw.Pen.Align;
import downhill.render.draw.TextRoom.Box;
import java.util.ArrayList;
import java.util.List;

/** A chart's two axes with their grid lines and tick labels, none of which touches another. */
final class ChartAxes {

    private ChartAxes() {}

    /** The widest value label the axis would draw for a plot {@code height} high. */
    static double valueLabelWidth(Pen pen, Look look, ValueAxis axis, double height) {
        pen.font(look.size(12), false);
        double widest = 0;
        for (String label : ticks(look, axis, Math.max(height, 1)).labels()) {
            widest = Math.max(widest, pen.textWidth(label));
        }
        return widest;
    }

    private static ValueTicks ticks(Look look, ValueAxis axis, double height) {
        return ValueTicks.of(axis.log(), axis.lo(), axis.hi(), (int) (height / look.size(40)));
    }

    /**
     * Horizontal grid lines and labels: powers of ten on the log scale, else nice steps. Labels that would touch a
     * neighbour are left out, powers of ten (on the log scale) kept first. Returns the labels drawn.
     */
    static List<Box> drawValueAxis(Pen pen, Look look, ValueAxis axis, Plot plot) {
        pen.font(look.size(12), false);
        pen.fill(look.text());
        pen.stroke(look.grid(), look.line(1));
        ValueTicks ticks = ticks(look, axis, plot.height());
        double labelHeight = look.size(12) * 1.25;
        double[] ys = new double[ticks.values().length];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = plot.y(ticks.values()[i]);
            if (inside(plot, ys[i])) {
                double y = Math.round(ys[i]) + 0.5;
                pen.line(plot.left(), y, plot.right(), y);
            }
        }
        List<Double> labelled = new ArrayList<>();
        List<Box> drawn = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < ys.length; i++) {
                double v = ticks.values()[i];
                boolean power = !axis.log() || Math.abs(v - Math.rint(v)) < 1e-9;
                double y = ys[i];
                if ((pass == 0) != power || !inside(plot, y)) {
                    continue;
                }
                if (labelled.stream().allMatch(other -> Math.abs(other - y) >= labelHeight)) {
                    labelled.add(y);
                    String label = ticks.labels().get(i);
                    double x = plot.left() - look.size(6);
                    pen.text(label, x, y, Align.END, Align.CENTER);
                    double lw = pen.textWidth(label);
                    drawn.add(new Box(label, x - lw, y - labelHeight / 2, lw, labelHeight));
                }
            }
        }
        return drawn;
    }

    private static boolean inside(Plot plot, double y) {
        return y >= plot.top() - 1 && y <= plot.bottom() + 1;
    }

    /**
     * Vertical grid lines and their labels: whole numbers only on a chart with markers (layers), every one when there
     * is room; a label is left out rather than drawn over its neighbour.
     */
    static List<Box> drawXAxis(Pen pen, Look look, Chart chart, Plot plot) {
        pen.font(look.size(12), false);
        pen.fill(look.text());
        pen.stroke(look.grid(), look.line(1));
        double gap = look.size(8);
        double[] values;
        double step;
        if (chart.markers()) {
            double widest = pen.textWidth(String.valueOf(chart.last())) + gap;
            double unit = plot.width() / chart.span();
            long every = 1;
            while (every * unit < widest && every < chart.span()) {
                every = nextNice(every);
            }
            List<Double> whole = new ArrayList<>();
            for (long x = chart.first(); x <= chart.last(); x += every) {
                whole.add((double) x);
            }
            values = whole.stream().mapToDouble(Double::doubleValue).toArray();
            step = 1;
        } else {
            AxisTicks xs = AxisTicks.nice(
                    chart.shownX(0), chart.shownX(chart.span()), Math.max(2, (int) (plot.width() / look.size(90))));
            values = xs.values();
            step = xs.step();
        }
        double lo = chart.shownX(0);
        double hi = chart.shownX(chart.span());
        double lastRight = Double.NEGATIVE_INFINITY;
        List<Box> drawn = new ArrayList<>();
        for (double x : values) {
            if (x < lo - 1e-9 * Math.abs(hi - lo) || x > hi + 1e-9 * Math.abs(hi - lo)) {
                continue;
            }
            double px = plot.left() + (x - lo) / (hi - lo) * plot.width();
            pen.line(Math.round(px) + 0.5, plot.top(), Math.round(px) + 0.5, plot.bottom());
            String label = AxisTicks.format(x, step);
            double half = pen.textWidth(label) / 2;
            if (px - half >= lastRight + gap) {
                double y = plot.bottom() + look.size(4);
                pen.text(label, px, y, Align.CENTER, Align.START);
                drawn.add(new Box(label, px - half, y, 2 * half, look.size(12) * 1.25));
                lastRight = px + half;
            }
        }
        return drawn;
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
}
