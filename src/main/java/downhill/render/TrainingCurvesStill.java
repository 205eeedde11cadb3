package downhill.render;

import downhill.engine.landscape.AxisTicks;
import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.Metric;
import downhill.render.draw.Look;
import downhill.render.draw.Pen;
import downhill.render.draw.Pen.Align;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The loss curves of a network comparison as a picture: one colour per optimizer, training loss solid and test
 * loss dashed, per epoch, on a linear or log axis, with a legend — the network tab's loss chart without a window.
 */
public final class TrainingCurvesStill {

    /** One optimizer's records. */
    public record Curve(String name, String displayName, HistorySnapshot history) {}

    private static final int GRID = 0xFFE5E7EB;

    private TrainingCurvesStill() {}

    /** The picture of {@code curves} at {@code width × height}, titled {@code title}. */
    public static BufferedImage render(List<Curve> curves, boolean log, String title, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a picture needs at least one pixel, got " + width + " × " + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        AwtPen pen = AwtPen.on(image);
        Look look = Look.picture(Look.pictureUnit(width, height));
        pen.fill(look.background());
        pen.fillRect(0, 0, width, height);
        double left = look.size(64);
        double top = look.size(40);
        double plotWidth = Math.max(1, width - left - look.size(24));
        double plotHeight = Math.max(1, height - top - look.size(56));
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
        drawGrid(pen, look, plot);
        pen.save();
        pen.clip(left, top, plotWidth, plotHeight);
        for (Curve c : curves) {
            int color = Colors.argb(c.name());
            drawSeries(pen, look, plot, c.history().series(Metric.TRAIN_LOSS), color, false);
            drawSeries(pen, look, plot, c.history().series(Metric.TEST_LOSS), color, true);
        }
        pen.restore();
        pen.stroke(look.frame(), 1);
        pen.strokeRect(left - 0.5, top - 0.5, plotWidth + 1, plotHeight + 1);
        pen.font(look.size(16), true);
        pen.fill(look.text());
        pen.text(title, left, top - look.size(10), Align.START, Align.END);
        pen.font(look.size(13), false);
        pen.fill(look.muted());
        pen.text("epoch", left + plotWidth / 2, top + plotHeight + look.size(26), Align.CENTER, Align.START);
        drawLegend(pen, look, plot, curves);
        pen.dispose();
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

    private static void drawGrid(Pen pen, Look look, Plot plot) {
        pen.font(look.size(12), false);
        pen.fill(look.text());
        double tick = look.size(5);
        double bottom = plot.top() + plot.height();
        ValueTicks ticks = ValueTicks.of(plot.log(), plot.lo(), plot.hi(), (int) (plot.height() / look.size(40)));
        for (int i = 0; i < ticks.values().length; i++) {
            double y = Math.round(plot.y(ticks.values()[i])) + 0.5;
            if (y < plot.top() - 1 || y > bottom + 1) {
                continue;
            }
            pen.stroke(GRID, 1);
            pen.line(plot.left(), y, plot.left() + plot.width(), y);
            pen.stroke(look.frame(), 1);
            pen.line(plot.left() - tick, y, plot.left(), y);
            pen.text(ticks.labels().get(i), plot.left() - look.size(7), y, Align.END, Align.CENTER);
        }
        AxisTicks xs = AxisTicks.nice(1, plot.epochs(), Math.max(2, (int) (plot.width() / look.size(90))));
        for (double epoch : xs.values()) {
            if (epoch == Math.rint(epoch)) {
                double x = Math.round(plot.x((int) epoch)) + 0.5;
                pen.stroke(look.frame(), 1);
                pen.line(x, bottom, x, bottom + tick);
                pen.text(AxisTicks.format(epoch, xs.step()), x, bottom + look.size(7), Align.CENTER, Align.START);
            }
        }
    }

    /** A line through the finite values; a gap where a value is not (a diverged epoch). */
    private static void drawSeries(Pen pen, Look look, Plot plot, double[] values, int color, boolean dashed) {
        if (dashed) {
            pen.stroke(color, look.line(2), new double[] {look.size(7), look.size(5)});
        } else {
            pen.stroke(color, look.line(2.5));
        }
        double[] xs = new double[values.length];
        double[] ys = new double[values.length];
        int count = 0;
        for (int k = 0; k < values.length; k++) {
            double s = scaled(values[k], plot.log());
            if (!Double.isFinite(s)) {
                pen.polyline(xs, ys, count);
                count = 0;
                continue;
            }
            xs[count] = plot.x(k + 1);
            ys[count] = Viewport.clampPixel(plot.y(s));
            count++;
        }
        pen.polyline(xs, ys, count);
    }

    /** Names with their colours, then what solid and dashed mean, in the plot's top right. */
    private static void drawLegend(Pen pen, Look look, Plot plot, List<Curve> curves) {
        double lineHeight = look.size(22);
        pen.font(look.size(13), false);
        double textWidth = Math.max(pen.textWidth("train — solid"), pen.textWidth("test — dashed"));
        pen.font(look.size(14), true);
        for (Curve c : curves) {
            textWidth = Math.max(textWidth, pen.textWidth(c.displayName()));
        }
        double boxWidth = look.size(46) + textWidth;
        double boxHeight = (curves.size() + 2) * lineHeight + look.size(10);
        double x = plot.left() + plot.width() - boxWidth - look.size(10);
        double y = plot.top() + look.size(10);
        pen.fill(look.box());
        pen.fillRoundRect(x, y, boxWidth, boxHeight, look.size(10));
        pen.stroke(look.boxBorder(), 1);
        pen.strokeRoundRect(x, y, boxWidth, boxHeight, look.size(10));
        double sx = x + look.size(10);
        for (int i = 0; i < curves.size() + 2; i++) {
            double cy = y + look.size(5) + lineHeight * i + lineHeight / 2;
            if (i < curves.size()) {
                Curve c = curves.get(i);
                pen.stroke(Colors.argb(c.name()), look.line(4));
                pen.line(sx, cy, sx + look.size(24), cy);
                pen.font(look.size(14), true);
                pen.fill(look.text());
                pen.text(c.displayName(), sx + look.size(30), cy, Align.START, Align.CENTER);
            } else {
                boolean dashed = i == curves.size() + 1;
                double[] dashes = dashed ? new double[] {look.size(5), look.size(3)} : new double[0];
                pen.stroke(look.muted(), look.line(2), dashes);
                pen.line(sx, cy, sx + look.size(24), cy);
                pen.font(look.size(13), false);
                pen.fill(look.muted());
                pen.text(dashed ? "test — dashed" : "train — solid", sx + look.size(30), cy, Align.START, Align.CENTER);
            }
        }
    }
}
