package downhill.render;

import downhill.engine.landscape.AxisTicks;
import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.Metric;
import downhill.render.Ink.Align;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The loss curves of a network comparison as a picture: one colour per optimizer, training loss solid and test
 * loss dashed, per epoch, on a linear or log axis, with a legend — the network tab's loss chart without a window.
 */
public final class TrainingCurvesStill {

    /** One optimizer's records. */
    public record Curve(String name, String displayName, HistorySnapshot history) {}

    private static final Color GRID = new Color(0xe5e7eb);

    private TrainingCurvesStill() {}

    /** The picture of {@code curves} at {@code width × height}, titled {@code title}. */
    public static BufferedImage render(List<Curve> curves, boolean log, String title, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a picture needs at least one pixel, got " + width + " × " + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Ink ink = Ink.on(image, Ink.unitFor(width, height));
        double left = ink.px(64);
        double top = ink.px(40);
        double plotWidth = Math.max(1, width - left - ink.px(24));
        double plotHeight = Math.max(1, height - top - ink.px(56));
        int epochs = 1;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Curve c : curves) {
            epochs = Math.max(epochs, c.history().epochs());
            for (Metric m : new Metric[] {Metric.TRAIN_LOSS, Metric.TEST_LOSS}) {
                for (double v : c.history().series(m)) {
                    double s = scaled(v, log);
                    if (Double.isFinite(s)) {
                        lo = Math.min(lo, s);
                        hi = Math.max(hi, s);
                    }
                }
            }
        }
        double[] range = ValueTicks.curveRange(lo, hi, log);
        Plot plot = new Plot(left, top, plotWidth, plotHeight, Math.max(2, epochs), range[0], range[1], log);
        drawGrid(ink, plot);
        ink.graphics().setClip(new Rectangle2D.Double(left, top, plotWidth, plotHeight));
        for (Curve c : curves) {
            Color color = new Color(Colors.rgb(c.name()));
            drawSeries(ink, plot, c.history().series(Metric.TRAIN_LOSS), color, false);
            drawSeries(ink, plot, c.history().series(Metric.TEST_LOSS), color, true);
        }
        ink.graphics().setClip(null);
        ink.frame(left, top, plotWidth, plotHeight);
        ink.text(title, left, top - ink.px(10), ink.font(16, true), Ink.TEXT, Align.START, Align.END);
        ink.text(
                "epoch",
                left + plotWidth / 2,
                top + plotHeight + ink.px(26),
                ink.font(13, false),
                Ink.MUTED,
                Align.CENTER,
                Align.START);
        drawLegend(ink, plot, curves);
        ink.dispose();
        return image;
    }

    private record Plot(
            double left, double top, double width, double height, int epochs, double lo, double hi, boolean log) {

        double x(int epoch) {
            return left + (epoch - 1) / (double) (epochs - 1) * width;
        }

        double y(double scaled) {
            return top + (hi - scaled) / (hi - lo) * height;
        }
    }

    private static double scaled(double value, boolean log) {
        return log ? (value > 0 ? Math.log10(value) : Double.NaN) : value;
    }

    private static void drawGrid(Ink ink, Plot plot) {
        Font font = ink.font(12, false);
        ValueTicks ticks = ValueTicks.of(plot.log(), plot.lo(), plot.hi(), (int) (plot.height() / ink.px(40)));
        for (int i = 0; i < ticks.values().length; i++) {
            double y = Math.round(plot.y(ticks.values()[i])) + 0.5;
            if (y < plot.top() - 1 || y > plot.top() + plot.height() + 1) {
                continue;
            }
            ink.stroke(GRID, 1);
            ink.line(plot.left(), y, plot.left() + plot.width(), y);
            ink.yTick(plot.left(), y, ticks.labels().get(i), font);
        }
        AxisTicks xs = AxisTicks.nice(1, plot.epochs(), Math.max(2, (int) (plot.width() / ink.px(90))));
        for (double epoch : xs.values()) {
            if (epoch == Math.rint(epoch)) {
                ink.xTick(
                        Math.round(plot.x((int) epoch)) + 0.5,
                        plot.top() + plot.height(),
                        AxisTicks.format(epoch, xs.step()),
                        font);
            }
        }
    }

    /** A line through the finite values; a gap where a value is not (a diverged epoch). */
    private static void drawSeries(Ink ink, Plot plot, double[] values, Color color, boolean dashed) {
        Path2D.Double line = new Path2D.Double();
        boolean drawing = false;
        for (int k = 0; k < values.length; k++) {
            double s = scaled(values[k], plot.log());
            if (!Double.isFinite(s)) {
                drawing = false;
                continue;
            }
            double x = plot.x(k + 1);
            double y = Viewport.clampPixel(plot.y(s));
            if (drawing) {
                line.lineTo(x, y);
            } else {
                line.moveTo(x, y);
                drawing = true;
            }
        }
        float width = (float) ink.px(dashed ? 2 : 2.5);
        float[] dashes = dashed ? new float[] {(float) ink.px(7), (float) ink.px(5)} : null;
        ink.graphics().setColor(color);
        ink.graphics()
                .setStroke(new BasicStroke(
                        width,
                        dashed ? BasicStroke.CAP_BUTT : BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND,
                        10,
                        dashes,
                        0));
        ink.graphics().draw(line);
    }

    /** Names with their colours, then what solid and dashed mean, in the plot's top right. */
    private static void drawLegend(Ink ink, Plot plot, List<Curve> curves) {
        Font bold = ink.font(14, true);
        Font font = ink.font(13, false);
        double lineHeight = ink.px(22);
        double textWidth = Math.max(ink.width("train — solid", font), ink.width("test — dashed", font));
        for (Curve c : curves) {
            textWidth = Math.max(textWidth, ink.width(c.displayName(), bold));
        }
        double boxWidth = ink.px(46) + textWidth;
        double boxHeight = (curves.size() + 2) * lineHeight + ink.px(10);
        double x = plot.left() + plot.width() - boxWidth - ink.px(10);
        double y = plot.top() + ink.px(10);
        ink.panel(x, y, boxWidth, boxHeight);
        for (int i = 0; i < curves.size() + 2; i++) {
            double cy = y + ink.px(5) + lineHeight * i + lineHeight / 2;
            double sx = x + ink.px(10);
            if (i < curves.size()) {
                Curve c = curves.get(i);
                ink.stroke(new Color(Colors.rgb(c.name())), ink.px(4));
                ink.line(sx, cy, sx + ink.px(24), cy);
                ink.text(c.displayName(), sx + ink.px(30), cy, bold, Ink.TEXT, Align.START, Align.CENTER);
            } else {
                boolean dashed = i == curves.size() + 1;
                ink.graphics().setColor(Ink.MUTED);
                ink.graphics()
                        .setStroke(new BasicStroke(
                                (float) ink.px(2),
                                BasicStroke.CAP_BUTT,
                                BasicStroke.JOIN_ROUND,
                                10,
                                dashed ? new float[] {(float) ink.px(5), (float) ink.px(3)} : null,
                                0));
                ink.line(sx, cy, sx + ink.px(24), cy);
                ink.text(
                        dashed ? "test — dashed" : "train — solid",
                        sx + ink.px(30),
                        cy,
                        font,
                        Ink.MUTED,
                        Align.START,
                        Align.CENTER);
            }
        }
    }
}
