package downhill.app.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.Dataset;
import downhill.engine.function.Window;
import downhill.engine.train.TrainingData;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Picking and marking training points on the data plot: three points far apart, clicked where they are drawn. */
@ExtendWith(ApplicationExtension.class)
class DataPlotTest {

    private static final List<String> XY = List.of("x", "y");
    private static final List<String> CLASSES = List.of("a", "b");
    /** Training points 0, 1, 2; the test point (not pickable) lies apart from them. */
    private static final TrainingData DATA = new TrainingData(
            new Dataset("three", XY, "class", CLASSES, new double[] {-1, -1, 1, 0.5, 0, 1.5}, new double[] {0, 1, 0}),
            new Dataset("three", XY, "class", CLASSES, new double[] {1, -1.5}, new double[] {1}),
            null);

    private final DataPlot plot = new DataPlot(false);
    private final List<Integer> picked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        plot.draw("Training data", DataPlot.TEXT, DATA, new Window(-2, 2, -2, 2), null);
        plot.setOnTrainingSamplePicked(picked::add);
        stage.setScene(new Scene(new StackPane(plot), 320, 340));
        stage.show();
    }

    private Point2D onScreen(int row, double dx, double dy) {
        Point2D p = plot.pixelOf(row);
        return plot.canvas().localToScreen(p.getX() + dx, p.getY() + dy);
    }

    @Test
    void aClickOnOrNearATrainingPointPicksItAndAClickElsewhereNothing(FxRobot robot) {
        robot.clickOn(onScreen(1, 0, 0));
        robot.clickOn(onScreen(2, 3, -3));
        robot.clickOn(onScreen(0, -2, 2));
        assertEquals(List.of(1, 2, 0), picked, "each click picks the training point it lands on or next to");

        Point2D p = plot.pixelOf(0);
        Point2D between = plot.canvas().localToScreen(p.getX() + 40, p.getY() - 40);
        robot.clickOn(between);
        // The test point (1, −1.5), placed by the linear map through training points 0 (−1, −1) and 1 (1, 0.5).
        Point2D q = plot.pixelOf(1);
        Point2D testPoint = plot.canvas().localToScreen(q.getX(), p.getY() + (q.getY() - p.getY()) * -0.5 / 1.5);
        robot.clickOn(testPoint);
        robot.clickOn(onScreen(1, 0, 0), MouseButton.SECONDARY);
        assertEquals(List.of(1, 2, 0), picked, "far from every training point, on a test point, or a right click");
    }

    @Test
    void oneMarkedSampleGetsAStrongRingAndABatchLighterRings(FxRobot robot) {
        Point2D p = plot.pixelOf(1);
        int x = (int) Math.floor(p.getX() + 9);
        int y = (int) Math.floor(p.getY());
        assertEquals(Color.WHITE, pixel(robot, x, y), "beside the point, nothing before it is marked");

        robot.interact(() -> plot.mark(new int[] {1}));
        assertArrayEquals(new int[] {1}, plot.marked());
        Color ring = pixel(robot, x, y);
        assertTrue(ring.getBrightness() < 0.35, "a ring in the theme's text colour round the point: " + ring);

        robot.interact(() -> plot.mark(new int[] {0, 1, 2}));
        assertEquals(Color.WHITE, pixel(robot, x, y), "a batch's rings are closer and lighter");
        Color lighter = pixel(robot, (int) Math.floor(p.getX() + 6.5), y);
        assertTrue(lighter.getBrightness() < 0.7, "but there: " + lighter);

        robot.interact(() -> plot.mark(null));
        assertArrayEquals(new int[0], plot.marked());
        assertEquals(Color.WHITE, pixel(robot, x, y));
    }

    /** The plot's colour at (x, y) of its canvas, all layers as shown. */
    private Color pixel(FxRobot robot, int x, int y) {
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = plot.snapshot(null, null));
        return image[0].getPixelReader().getColor(x, y);
    }
}
