package downhill.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.schedule.WarmupCosine;
import downhill.testing.MainWindow;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The schedule's little plot: the run's own length, warm-up's peak, the UI scale and the theme. */
class ScheduleEditorTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread();

    private AppContext context;

    @BeforeEach
    void start() {
        context = WINDOW.context();
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(() -> ChartStyle.currentProperty().set(ChartStyle.LIGHT));
    }

    @Test
    void thePlotSpansTheStepLimitAndFollowsScaleAndTheme(FxRobot robot) {
        OptimizerSettings adam = context.landscape().optimizers().get("adam");
        robot.interact(() -> adam.scheduleProperty().set(new WarmupCosine(20, 500, 0)));
        robot.clickOn((Node) inLandscape(robot, "#expand-adam"));
        ScheduleEditor editor = inLandscape(robot, "#optimizer-adam .schedule-editor");
        assertEquals(
                "η 0 → 0.05 → 5.355e-7 over 500 steps", editor.caption(), "the rate of step 499, the last one used");
        robot.interact(() -> context.landscape().stepLimitProperty().set(200));
        assertTrue(
                editor.caption().startsWith("η 0 → 0.05 → ") && editor.caption().endsWith(" over 200 steps"),
                "the run's own length: " + editor.caption());
        SchedulePlot plot = inLandscape(robot, "#optimizer-adam .schedule-plot");
        double height = plot.getHeight();
        Image light = snapshot(robot, plot);
        Parent root = plot.getScene().getRoot();
        robot.interact(() -> ChartStyle.currentProperty().set(ChartStyle.DARK));
        robot.interact(root::layout);
        Image dark = snapshot(robot, plot);
        assertNotEquals(
                light.getPixelReader().getArgb(2, (int) light.getHeight() / 2),
                dark.getPixelReader().getArgb(2, (int) dark.getHeight() / 2),
                "dark theme, dark plot");
        // At 200 % the sidebar may move into the drawer (out of the scene): the size is asked, not drawn.
        robot.interact(() -> ChartStyle.currentProperty().set(ChartStyle.DARK.withScale(2)));
        assertEquals(2 * height, plot.prefHeight(-1), 1e-9, "the plot grows with the UI scale");
    }

    private static Image snapshot(FxRobot robot, SchedulePlot plot) {
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = plot.canvas().snapshot(null, null));
        return image[0];
    }

    private static <T extends Node> T inLandscape(FxRobot robot, String query) {
        Node tab = ((TabPane) robot.lookup("#tabs").query()).getTabs().get(0).getContent();
        return robot.from(tab).lookup(query).query();
    }
}
