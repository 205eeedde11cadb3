package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.control.DataPlot;
import downhill.engine.data.DrawnPoints;
import downhill.testing.MainWindow;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Drawing the data by hand in the real window, headless: the robot chooses "Drawn", clicks, right-clicks and drags on
 * the data plot as a user would, and trains. Background work and training run on the calling thread.
 */
class DrawDataTabTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread().eachTest();

    private NetworkViewModel vm;
    private DataPlot plot;

    @BeforeEach
    void start(FxRobot robot) {
        robot.interact(() -> {
            AppContext context = WINDOW.context();
            vm = context.network();
            vm.trainingSettings().epochsProperty().set(20);
            ((TabPane) WINDOW.scene().lookup("#tabs")).getSelectionModel().select(1);
        });
        robot.clickOn("#generatorPicker");
        robot.clickOn("Drawn (by hand)");
        frame(robot);
        plot = robot.lookup("#data-plot").queryAs(DataPlot.class);
    }

    private void frame(FxRobot robot) {
        robot.interact(() -> {
            vm.onFrame(1);
            WINDOW.context().networkController().redraw();
        });
    }

    /** Where the plane's (x, y) is on the screen. */
    private Point2D at(double x, double y) {
        Point2D scene = plot.scenePointOf(x, y);
        return plot.localToScreen(plot.sceneToLocal(scene));
    }

    private List<DrawnPoints.Point> points() {
        return vm.data().drawing().pointsProperty().get().points();
    }

    private void chooseClass(FxRobot robot, int k) {
        robot.clickOn("#class-picker");
        robot.clickOn("class " + k);
    }

    @Test
    void clickedPointsOfTwoClassesOneErasedTrain(FxRobot robot) {
        assertTrue(vm.data().drawingOnProperty().get());
        assertTrue(robot.lookup("#class-picker").query().isVisible(), "the drawing's box shows");
        for (int i = 0; i < 3; i++) {
            robot.clickOn(at(-1.5, i - 1), MouseButton.PRIMARY);
        }
        chooseClass(robot, 1);
        for (int i = 0; i < 3; i++) {
            robot.clickOn(at(1.5, i - 1), MouseButton.PRIMARY);
        }
        assertEquals(6, points().size());
        for (int i = 0; i < 6; i++) {
            DrawnPoints.Point p = points().get(i);
            assertEquals(i < 3 ? -1.5 : 1.5, p.x(), 0.05, "a click lands where it was aimed");
            assertEquals(i % 3 - 1, p.y(), 0.05);
            assertEquals(i < 3 ? 0 : 1, p.label());
        }
        // A right-click a pixel or two off a point erases it.
        Point2D near = at(1.5, 1).add(2, 1);
        robot.clickOn(near, MouseButton.SECONDARY);
        assertEquals(5, points().size());
        assertArrayEquals(
                new int[] {3, 2}, vm.data().drawing().pointsProperty().get().classCounts(), "the nearest went");
        frame(robot);
        robot.clickOn("#trainButton");
        frame(robot);
        assertEquals(TrainingSession.Phase.DONE, vm.session().phaseProperty().get());
        assertEquals(
                5,
                vm.data().trainingData().train().sampleCount()
                        + vm.data().trainingData().test().sampleCount(),
                "trained on the 5 points drawn");
        assertEquals(4, vm.data().trainingData().train().sampleCount(), "one of class 0's three held out");
    }

    @Test
    void aDragPaintsARowOfPointsAndUndoTakesItBack(FxRobot robot) {
        robot.drag(at(-2, -2), MouseButton.PRIMARY)
                .moveTo(at(0, -2))
                .moveTo(at(2, -2))
                .release(MouseButton.PRIMARY);
        int painted = points().size();
        assertTrue(painted >= 10 && painted <= 1 + 4 / DrawingViewModel.SPACING, painted + " points on 4 units");
        for (int i = 1; i < painted; i++) {
            double gap = Math.hypot(
                    points().get(i).x() - points().get(i - 1).x(),
                    points().get(i).y() - points().get(i - 1).y());
            assertTrue(gap >= DrawingViewModel.SPACING, "spaced: " + gap);
        }
        robot.clickOn("#clearDrawingButton");
        assertEquals(0, points().size());
        robot.clickOn("#undoDrawingButton");
        assertEquals(painted, points().size(), "Clear is undone");
        robot.clickOn("#trainButton");
        assertEquals(
                "To train, draw at least 4 points of two classes or more (now " + painted + " points, one class).",
                vm.session().statusProperty().get());
    }
}
