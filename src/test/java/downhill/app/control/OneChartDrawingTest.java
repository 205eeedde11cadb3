package downhill.app.control;

import downhill.render.chart.Chart;
import downhill.render.chart.ChartDrawing;
import downhill.render.chart.ChartKey;
import downhill.render.chart.ChartLine;
import downhill.render.chart.ValueAxis;
import downhill.render.draw.Look;
import downhill.render.draw.TextRoom;
import downhill.testing.TwoToolkits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One line chart, drawn by the window's toolkit and by the picture files' toolkit, is one picture: a chart with a
 * legend as the training-curves file draws it, drawn again on a JavaFX canvas, and the window's {@link SeriesChart}
 * with marks, drawn again on an AWT image (limits and why in {@link TwoToolkits}). Taking away the lines, the marks,
 * the markers or the legend breaks the limits, so the test fails when either toolkit drops a layer.
 */
@ExtendWith(ApplicationExtension.class)
class OneChartDrawingTest {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 420;
    private static final int EPOCHS = 120;
    private static final Color[] COLORS = {Color.web("#2563eb"), Color.web("#dc2626"), Color.web("#16a34a")};

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final SeriesChart window = new SeriesChart();

    @Start
    void start(Stage stage) {
        ChartStyle.currentProperty().set(ChartStyle.LIGHT);
        window.setMinSize(WIDTH, HEIGHT);
        window.setPrefSize(WIDTH, HEIGHT);
        window.setMaxSize(WIDTH, HEIGHT);
        window.relocate(0, HEIGHT);
        stage.setScene(new Scene(new Pane(canvas, window), WIDTH, 2 * HEIGHT));
        stage.show();
    }

    /** Three runs' training (solid) and test (dashed) loss, falling at different rates, the test loss turning up. */
    private static List<SeriesChart.Series> series() {
        List<SeriesChart.Series> lines = new ArrayList<>();
        for (int r = 0; r < COLORS.length; r++) {
            double[] train = new double[EPOCHS];
            double[] test = new double[EPOCHS];
            for (int k = 0; k < EPOCHS; k++) {
                train[k] = 2 * Math.exp(-(r + 1) * k / 40.0) + 0.01 + 0.02 * Math.sin(k * (r + 2));
                test[k] = train[k] + 0.05 + 0.0004 * (r + 1) * k;
            }
            lines.add(new SeriesChart.Series("run " + r + " train", COLORS[r], false, train));
            lines.add(new SeriesChart.Series("run " + r + " test", COLORS[r], true, test));
        }
        return lines;
    }

    /** Each run's least test loss, labelled, on a dashed line. */
    private static List<SeriesChart.Mark> marks(List<SeriesChart.Series> lines) {
        List<SeriesChart.Mark> marks = new ArrayList<>();
        for (int r = 0; r < COLORS.length; r++) {
            double[] test = lines.get(2 * r + 1).values();
            int best = 0;
            for (int k = 1; k < test.length; k++) {
                best = test[k] < test[best] ? k : best;
            }
            marks.add(new SeriesChart.Mark(best, test[best], COLORS[r], "least " + r, true, true));
        }
        return marks;
    }

    @Test
    void thePictureFilesChartDrawnByBothToolkitsIsOnePicture(FxRobot robot) {
        Look look = Look.LIGHT;
        List<ChartLine> lines = new ArrayList<>();
        List<ChartKey> keys = new ArrayList<>();
        for (SeriesChart.Series s : series()) {
            lines.add(ChartLine.of(s.label(), ChartStyle.argb(s.color()), s.dashed(), s.values()));
            if (!s.dashed()) {
                keys.add(new ChartKey(s.label(), ChartStyle.argb(s.color()), new double[0], true));
            }
        }
        keys.add(new ChartKey("test — dashed", look.muted(), new double[] {5, 3}, false));
        ValueAxis axis = ValueAxis.fitted(
                true,
                Double.NaN,
                Double.NaN,
                lines.stream().map(ChartLine::values).toList());
        Chart chart =
                Chart.of("Loss on make_moons", "epoch", lines, 1, EPOCHS, axis).withKeys(keys);
        List<TextRoom.Box> text = new ArrayList<>();
        int[] awt = TwoToolkits.onAwt(
                WIDTH,
                HEIGHT,
                pen -> text.addAll(
                        ChartDrawing.draw(pen, look, WIDTH, HEIGHT, chart).text()));
        int[] fx = onCanvas(robot, chart);
        TwoToolkits.assertAlike(awt, fx, WIDTH, text, "the training-curves chart");
        TwoToolkits.assertApart(onAwt(chart.withKeys(List.of())), fx, WIDTH, text, "the legend");
    }

    @Test
    void theWindowsChartDrawnByBothToolkitsIsOnePicture(FxRobot robot) {
        List<SeriesChart.Series> lines = series();
        robot.interact(() -> {
            window.setMarkers(false);
            window.show("Loss", "epoch", lines, marks(lines), 1, EPOCHS, true);
        });
        Chart chart = window.chart();
        int[] fx = TwoToolkits.snapshot(robot, window.canvas());
        List<TextRoom.Box> text = new ArrayList<>();
        TwoToolkits.assertAlike(
                TwoToolkits.onAwt(
                        WIDTH,
                        HEIGHT,
                        pen -> text.addAll(ChartDrawing.draw(pen, Look.LIGHT, WIDTH, HEIGHT, chart)
                                .text())),
                fx,
                WIDTH,
                text,
                "the window's chart");
        for (var missing : List.of(
                new Missing(
                        "the lines",
                        c -> Chart.of(c.title(), c.xName(), List.of(), c.first(), c.last(), c.axis())
                                .withMarks(c.marks())),
                new Missing("the marks", c -> c.withMarks(List.of())),
                new Missing("the markers' dots", c -> c.withMarkers(true)))) {
            TwoToolkits.assertApart(onAwt(missing.change().apply(chart)), fx, WIDTH, text, missing.what());
        }
        // The readout is the window's own layer, drawn over the same chart through the same pen.
        robot.interact(() -> window.hover(EPOCHS / 2));
        int[] hovered = TwoToolkits.snapshot(robot, window.canvas());
        robot.interact(() -> window.hover(-1));
        TwoToolkits.assertApart(fx, hovered, WIDTH, text, "the hover readout");
    }

    /** A part changed or left out of the chart. */
    private record Missing(String what, UnaryOperator<Chart> change) {}

    private static int[] onAwt(Chart chart) {
        return TwoToolkits.onAwt(WIDTH, HEIGHT, pen -> ChartDrawing.draw(pen, Look.LIGHT, WIDTH, HEIGHT, chart));
    }

    private int[] onCanvas(FxRobot robot, Chart chart) {
        robot.interact(() -> ChartDrawing.draw(
                new FxPen(canvas.getGraphicsContext2D(), new HeatmapImages()), Look.LIGHT, WIDTH, HEIGHT, chart));
        return TwoToolkits.snapshot(robot, canvas);
    }
}
