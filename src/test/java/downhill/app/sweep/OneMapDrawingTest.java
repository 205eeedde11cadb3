package downhill.app.sweep;

import downhill.app.control.ChartStyle;
import downhill.app.control.FxPen;
import downhill.app.control.HeatmapImages;
import downhill.engine.sweep.Axis;
import downhill.engine.sweep.MapPicture;
import downhill.engine.sweep.Sweep;
import downhill.render.MapDrawing;
import downhill.render.MapStill;
import downhill.render.draw.TextRoom;
import downhill.testing.TwoToolkits;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One hyperparameter map, drawn by the window's toolkit and by the picture files' toolkit, is one picture: the still
 * {@code render --map} writes, drawn again on a JavaFX canvas, and the window's map canvas, drawn again on an AWT
 * image (limits and why in {@link TwoToolkits}). Taking away the marker, the theory line or the cells breaks the
 * limits, so the test fails when either toolkit drops one.
 */
@ExtendWith(ApplicationExtension.class)
class OneMapDrawingTest {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 520;
    private static final double[] MARKER = {0.1, 0.5};

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final MapCanvas window = new MapCanvas((i, j) -> {}, (i, j) -> {});

    @Start
    void start(Stage stage) {
        ChartStyle.currentProperty().set(ChartStyle.LIGHT);
        window.setPrefSize(WIDTH, HEIGHT);
        window.relocate(0, HEIGHT);
        stage.setScene(new Scene(new Pane(canvas, window), WIDTH, 2 * HEIGHT));
        stage.show();
    }

    /** SGD with momentum on a bowl, the rate up to where it diverges: cells of both kinds and theory's line. */
    private static Sweep sweep() throws InterruptedException {
        Sweep sweep =
                BowlSweeps.momentum(new Axis("lr", 1e-3, 3, true, 14), new Axis("momentum", 0, 0.95, false, 10), 100);
        sweep.run(1);
        return sweep;
    }

    @Test
    void theStillDrawnByBothToolkitsIsOnePicture(FxRobot robot) throws InterruptedException {
        MapStill still = new MapStill(sweep(), false, MARKER);
        List<TextRoom.Box> text = new ArrayList<>();
        int[] awt = TwoToolkits.onAwt(WIDTH, HEIGHT, pen -> text.addAll(still.draw(pen, WIDTH, HEIGHT)));
        robot.interact(() -> still.draw(new FxPen(canvas.getGraphicsContext2D(), new HeatmapImages()), WIDTH, HEIGHT));
        TwoToolkits.assertAlike(awt, TwoToolkits.snapshot(robot, canvas), WIDTH, text, "render --map's still");
    }

    @Test
    void theWindowsMapDrawnByBothToolkitsIsOnePicture(FxRobot robot) throws InterruptedException {
        Sweep sweep = sweep();
        robot.interact(() -> window.show(
                sweep.spec(), MapPicture.paint(sweep, false), MARKER, MapPicture.theoryLine(sweep.spec()), false));
        int[] fx = TwoToolkits.snapshot(robot, window.canvas());
        MapDrawing drawing = new MapDrawing(MapDrawing.Form.WINDOW, ChartStyle.LIGHT.look());
        MapDrawing.Content content = window.content();
        TextRoom room = new TextRoom();
        TwoToolkits.assertAlike(onAwt(drawing, content, room), fx, WIDTH, room.boxes(), "the window's map");
        List<TextRoom.Box> text = room.boxes();
        TwoToolkits.assertApart(
                onAwt(drawing, with(content, null, content.theory()), room), fx, WIDTH, text, "the marker");
        TwoToolkits.assertApart(onAwt(drawing, with(content, MARKER, null), room), fx, WIDTH, text, "the theory line");
    }

    private static MapDrawing.Content with(MapDrawing.Content c, double[] marker, double[][] theory) {
        return new MapDrawing.Content(
                c.spec(), c.cells(), marker, theory, c.bySteps(), c.title(), c.names(), c.failed(), c.theoryRule());
    }

    private static int[] onAwt(MapDrawing drawing, MapDrawing.Content content, TextRoom room) {
        room.clear();
        return TwoToolkits.onAwt(WIDTH, HEIGHT, pen -> drawing.draw(pen, room, WIDTH, HEIGHT, content));
    }
}
