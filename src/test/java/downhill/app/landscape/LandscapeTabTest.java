package downhill.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.scene.PathResult;
import downhill.render.Viewport;
import downhill.testing.MainWindow;
import downhill.testing.Poll;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The landscape tab in a real window, headless; background work runs on the FX thread so results are immediate. */
class LandscapeTabTest {

    /** One window for the class; after each test the tab goes back to how it opened. */
    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread();

    private AppContext context;
    private LandscapeViewModel vm;

    @BeforeEach
    void start() {
        context = WINDOW.context();
        vm = context.landscape();
    }

    @AfterEach
    void backToTheOpenedTab(FxRobot robot) {
        robot.interact(WINDOW::resetLandscape);
        frame(robot);
    }

    /** Runs one frame on the FX thread: takes the newest results and draws. */
    private void frame(FxRobot robot) {
        robot.interact(() -> vm.onFrame(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.onFrame(0));
    }

    @Test
    void theWindowOpensOnRosenbrockWithFourOptimizersRacing(FxRobot robot) {
        frame(robot);
        assertEquals("rosenbrock", vm.objective().name());
        RaceSnapshot race = vm.raceProperty().get();
        assertEquals(
                List.of("sgd", "momentum", "rmsprop", "adam"),
                race.paths().stream().map(PathResult::name).toList());
        assertEquals(501, race.path("adam").orElseThrow().trajectory().size());
        LandscapeImage image = vm.imageProperty().get();
        assertNotNull(image, "the heatmap was rendered");
        assertTrue(image.width() > 300 && image.height() > 200, image.width() + "×" + image.height());
    }

    @Test
    void choosingAFunctionRedrawsTheLandscape(FxRobot robot) {
        frame(robot);
        LandscapeImage before = vm.imageProperty().get();
        ComboBox<Objective> picker = robot.lookup("#functionPicker").queryComboBox();
        robot.interact(() -> picker.setValue(Functions.resolve("himmelblau")));
        frame(robot);
        assertEquals("himmelblau", vm.objective().name());
        assertEquals(new Point(0, 0), vm.startProperty().get());
        assertNotEquals(before, vm.imageProperty().get());
        downhill.engine.function.Window shown = vm.imageProperty().get().window();
        assertTrue(
                shown.xMin() <= -5 && shown.xMax() >= 5 && shown.yMin() <= -5 && shown.yMax() >= 5,
                "the picture covers Himmelblau's window: " + shown);
        assertEquals(0, (shown.xMin() + shown.xMax()) / 2, 1e-9);
        assertEquals(0, (shown.yMin() + shown.yMax()) / 2, 1e-9);
        assertEquals(vm.raceProperty().get().objective(), vm.objective());
    }

    @Test
    void aClickOnTheLandscapeStartsEveryOptimizerThere(FxRobot robot) {
        frame(robot);
        LandscapeCanvas canvas = robot.lookup("#overlay-canvas").query();
        Viewport v = canvas.viewport();
        double px = v.toPixelX(0.5);
        double py = v.toPixelY(-0.5);
        Bounds screen = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(screen.getMinX() + px, screen.getMinY() + py));
        robot.clickOn(MouseButton.PRIMARY);
        frame(robot);
        Point start = vm.startProperty().get();
        assertEquals(0.5, start.x(), v.unitsPerPixel() * 1.5);
        assertEquals(-0.5, start.y(), v.unitsPerPixel() * 1.5);
        PathResult adam = vm.raceProperty().get().path("adam").orElseThrow();
        assertEquals(start.x(), adam.trajectory().x(0));
        assertEquals(start.y(), adam.trajectory().y(0));
    }

    @Test
    void playAdvancesTheStepAndSpaceToggles(FxRobot robot) {
        frame(robot);
        assertEquals(0, vm.currentStepProperty().get());
        robot.clickOn("#playButton");
        assertTrue(vm.playingProperty().get());
        Poll.until(() -> vm.currentStepProperty().get() >= 10, "the animation timer advances the clock");
        robot.clickOn("#overlay-canvas");
        robot.type(KeyCode.SPACE);
        assertFalse(vm.playingProperty().get(), "Space pauses");
        int paused = vm.currentStepProperty().get();
        Slider timeline = robot.lookup("#timeline").query();
        assertEquals(paused, timeline.getValue());
        robot.type(KeyCode.RIGHT);
        assertEquals(paused + 1, vm.currentStepProperty().get());
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.LEFT);
        assertEquals(paused - 1, vm.currentStepProperty().get());
        robot.type(KeyCode.HOME);
        assertEquals(0, vm.currentStepProperty().get());
    }

    @Test
    void movingTheLearningRateSliderChangesThePath(FxRobot robot) {
        frame(robot);
        robot.clickOn((Node) inLandscape(robot, "#expand-adam"));
        Slider lr = inLandscape(robot, "#optimizer-adam #slider-lr");
        double before =
                vm.raceProperty().get().path("adam").orElseThrow().trajectory().x(50);
        robot.interact(() -> lr.setValue(Math.log10(0.2)));
        frame(robot);
        assertEquals(0.2, vm.optimizers().get("adam").learningRateProperty().get(), 1e-12);
        double after =
                vm.raceProperty().get().path("adam").orElseThrow().trajectory().x(50);
        assertNotEquals(before, after);
        TextField field = inLandscape(robot, "#optimizer-adam #field-lr");
        assertEquals("0.2", field.getText());
    }

    @Test
    void anInvalidTypedValueTurnsRedAndIsNotApplied(FxRobot robot) {
        frame(robot);
        robot.clickOn((Node) inLandscape(robot, "#expand-adam"));
        TextField beta = inLandscape(robot, "#optimizer-adam #field-beta1");
        robot.interact(() -> beta.setText("1.5"));
        assertTrue(beta.getStyleClass().contains("invalid"));
        assertTrue(
                beta.getTooltip().getText().contains("beta1 must be a number in [0, 1), got 1.5"),
                beta.getTooltip().getText());
        assertEquals(0.9, vm.optimizers().get("adam").value("beta1").get());
        robot.interact(() -> beta.setText("0.8"));
        assertFalse(beta.getStyleClass().contains("invalid"));
        assertEquals(0.8, vm.optimizers().get("adam").value("beta1").get());
    }

    @Test
    void aHugeLearningRateShowsTheDivergenceMessage(FxRobot robot) {
        frame(robot);
        robot.interact(() -> vm.optimizers().get("sgd").learningRateProperty().set(10));
        robot.interact(() -> vm.currentStepProperty().set(vm.stepLimitProperty().get()));
        frame(robot);
        PathResult sgd = vm.raceProperty().get().path("sgd").orElseThrow();
        assertTrue(sgd.outcome().failed());
        assertTrue(sgd.status(vm.currentStepProperty().get()).startsWith("diverged at step "));
        PathResult adam = vm.raceProperty().get().path("adam").orElseThrow();
        assertEquals(501, adam.trajectory().size(), "the others go on");
    }

    @Test
    void theLayoutToggleShowsOnePanelPerSelectedOptimizer(FxRobot robot) {
        frame(robot);
        robot.clickOn("#gridToggle");
        frame(robot);
        GridPane grid = robot.lookup("#panel-grid").query();
        assertEquals(4, grid.getChildren().size());
        for (String name : List.of("sgd", "momentum", "rmsprop", "adam")) {
            Node panel = robot.lookup("#panel-" + name).query();
            assertTrue(panel.isVisible());
        }
        robot.clickOn((Node) inLandscape(robot, "#enable-adagrad"));
        frame(robot);
        assertEquals(5, grid.getChildren().size());
        robot.clickOn("#overlayToggle");
        frame(robot);
        assertNotNull(robot.lookup("#overlay-canvas").query().getScene());
    }

    @Test
    void aBadExpressionShowsAnErrorAndKeepsTheOldFunction(FxRobot robot) {
        frame(robot);
        Objective before = vm.objective();
        TextField field = robot.lookup("#expressionField").query();
        robot.interact(() -> field.setText("x^2 + (y"));
        robot.interact(() -> field.fireEvent(new javafx.event.ActionEvent()));
        Label error = robot.lookup("#expressionError").query();
        assertFalse(error.getText().isEmpty());
        assertTrue(field.getStyleClass().contains("invalid"));
        assertEquals(before, vm.objective());
        frame(robot);
        assertEquals(before, vm.raceProperty().get().objective());
    }

    @Test
    void scrollingZoomsAboutTheCursorAndFitGoesBack(FxRobot robot) {
        frame(robot);
        LandscapeCanvas canvas = robot.lookup("#overlay-canvas").query();
        double widthBefore = canvas.viewport().shown().width();
        AtomicReference<Double> x = new AtomicReference<>();
        robot.interact(() -> {
            Viewport v = canvas.viewport();
            x.set(v.toX(v.left() + v.width() / 2));
            vm.zoom(v.shown(), 0.5, 1, 1);
        });
        frame(robot);
        assertEquals(widthBefore / 2, canvas.viewport().shown().width(), 1e-9);
        // Fired rather than clicked: a click lands where the button was drawn, which a busy machine may not have
        // laid out yet (this failed once under load).
        robot.interact(
                () -> ((javafx.scene.control.Button) robot.lookup("#fitButton").query()).fire());
        frame(robot);
        assertEquals(widthBefore, canvas.viewport().shown().width(), 1e-9);
    }

    /** A node of the landscape tab: the network tab has an optimizer list with the same ids. */
    private static <T extends Node> T inLandscape(FxRobot robot, String query) {
        Node tab = ((javafx.scene.control.TabPane) robot.lookup("#tabs").query())
                .getTabs()
                .get(0)
                .getContent();
        return robot.from(tab).lookup(query).query();
    }
}
