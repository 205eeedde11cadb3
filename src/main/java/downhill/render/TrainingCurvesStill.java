package downhill.render;

import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.Metric;
import downhill.render.chart.Chart;
import downhill.render.chart.ChartDrawing;
import downhill.render.chart.ChartKey;
import downhill.render.chart.ChartLine;
import downhill.render.chart.ValueAxis;
import downhill.render.draw.Look;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The loss curves of a network comparison as a picture: one colour per optimizer, training loss solid and test
 * loss dashed, per epoch, on a linear or log axis, with a legend — the network tab's loss chart
 * ({@link ChartDrawing}) without a window.
 */
public final class TrainingCurvesStill {

    /** One optimizer's records. */
    public record Curve(String name, String displayName, HistorySnapshot history) {}

    private static final double[] SOLID = {};
    private static final double[] DASHED = {5, 3};

    private TrainingCurvesStill() {}

    /** The picture of {@code curves} at {@code width × height}, titled {@code title}. */
    public static BufferedImage render(List<Curve> curves, boolean log, String title, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a picture needs at least one pixel, got " + width + " × " + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        AwtPen pen = AwtPen.on(image);
        Look look = Look.picture(Look.pictureUnit(width, height));
        ChartDrawing.draw(pen, look, width, height, chart(curves, log, title, look));
        pen.dispose();
        return image;
    }

    /** The chart of {@code curves}: epochs from 1, a legend naming each optimizer and what solid and dashed mean. */
    public static Chart chart(List<Curve> curves, boolean log, String title, Look look) {
        List<ChartLine> lines = new ArrayList<>();
        List<ChartKey> keys = new ArrayList<>();
        int epochs = 1;
        for (Curve c : curves) {
            int color = Colors.argb(c.name());
            epochs = Math.max(epochs, c.history().epochs());
            lines.add(ChartLine.of(
                    c.displayName() + " train", color, false, c.history().series(Metric.TRAIN_LOSS)));
            lines.add(ChartLine.of(
                    c.displayName() + " test", color, true, c.history().series(Metric.TEST_LOSS)));
            keys.add(new ChartKey(c.displayName(), color, SOLID, true));
        }
        keys.add(new ChartKey("train — solid", look.muted(), SOLID, false));
        keys.add(new ChartKey("test — dashed", look.muted(), DASHED, false));
        ValueAxis axis = ValueAxis.fitted(
                log,
                Double.NaN,
                Double.NaN,
                lines.stream().map(ChartLine::values).toList());
        return Chart.of(title, "epoch", lines, 1, Math.max(2, epochs), axis).withKeys(keys);
    }
}
