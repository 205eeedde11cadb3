package downhill.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.landscape.LandscapeViewModel;
import downhill.app.landscape.RaceSnapshot;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.function.Functions;
import downhill.engine.sweep.SweepSpec;
import downhill.experiment.LandscapeSettings.Layout;
import downhill.testing.MainWindow;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The hyperparameter map in the real window: the Map button shows it, a click on a cell races with its values. */
class MapViewTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread();

    @AfterEach
    void backToTheOpenedTab(FxRobot robot) {
        robot.interact(() -> WINDOW.context().landscape().layoutProperty().set(Layout.OVERLAY));
        robot.interact(WINDOW::resetLandscape);
    }

    private static void frame(FxRobot robot, AppContext context) {
        robot.interact(() -> context.landscape().onFrame(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            context.landscape().onFrame(0);
            context.landscapeController().redraw();
        });
    }

    @Test
    void clickingACellRacesWithItsValuesAndTheMarkerFollowsTheEditor(FxRobot robot) {
        AppContext context = WINDOW.context();
        LandscapeViewModel vm = context.landscape();
        OptimizerSettings momentum = vm.optimizers().get("momentum");
        robot.interact(() -> {
            vm.choose(Functions.resolve("bowl"));
            vm.optimizers().all().forEach(s -> s.setEnabled(s == momentum));
            ((ToggleButton) robot.lookup("#mapToggle").query()).fire();
        });
        assertEquals(Layout.MAP, vm.layoutProperty().get());
        frame(robot, context);
        MapViewModel map = vm.map();
        SweepSpec spec = map.spec();
        assertNotNull(spec, "the map is computed once shown");
        assertNotNull(map.imageProperty().get());
        MapCanvas canvas = robot.lookup("#map-canvas").query();
        assertTrue(canvas.isVisible() && canvas.getWidth() > 100, "the map takes the landscape's place");
        assertTrue(robot.lookup("#map-theory-key").query().isVisible(), "theory's line on the bowl is named");

        double[] p = canvas.plot();
        int i = 20;
        int j = 45;
        double x = p[0] + (i + 0.5) / spec.x().count() * p[2];
        double y = p[1] + p[3] - (j + 0.5) / spec.y().count() * p[3];
        RaceSnapshot before = vm.raceProperty().get();
        Point2D onScreen = canvas.localToScreen(x, y);
        robot.clickOn(onScreen);
        assertEquals(spec.x().value(i), momentum.learningRateProperty().get(), 0, "η of the clicked cell");
        assertEquals(spec.y().value(j), momentum.value("momentum").get(), 0, "μ of the clicked cell");
        frame(robot, context);
        assertNotSame(before, vm.raceProperty().get(), "the race runs again with the cell's values");
        assertEquals(spec, map.spec(), "a click is no new map");
        assertEquals(spec.x().value(i), map.marker()[0], 0, "the marker sits on the cell");

        robot.interact(() -> momentum.learningRateProperty().set(0.5));
        frame(robot, context);
        assertEquals(0.5, map.marker()[0], 0, "and follows the editor's slider");
        robot.moveTo(onScreen);
        assertTrue(
                map.hover().textProperty().get().startsWith("lr = "),
                map.hover().textProperty().get());
    }

    /** The optimizer's editor has a Map button on the landscape tab: it maps that optimizer (ticking it). */
    @Test
    void theEditorsMapButtonMapsThatOptimizer(FxRobot robot) {
        AppContext context = WINDOW.context();
        LandscapeViewModel vm = context.landscape();
        OptimizerSettings adam = vm.optimizers().get("adam");
        robot.interact(() -> {
            adam.setEnabled(false);
            // The editor, and its Map button, is made when the row is first opened.
            ((ToggleButton) robot.lookup("#expand-adam").query()).setSelected(true);
            ((Button) robot.lookup("#map-adam").query()).fire();
        });
        assertEquals(Layout.MAP, vm.layoutProperty().get());
        assertTrue(adam.isEnabled(), "a mapped optimizer races");
        frame(robot, context);
        assertEquals("adam", vm.map().spec().type().name());
        assertEquals("beta1", vm.map().spec().y().key(), "Adam's lr × β₁ unless told otherwise");
        assertFalse(robot.lookup("#map-theory-key").query().isVisible(), "no theory line for Adam, none named");
        robot.interact(
                () -> robot.lookup("#expand-sgd").queryAllAs(ToggleButton.class).forEach(b -> b.setSelected(true)));
        assertTrue(robot.lookup("#map-sgd").tryQuery().isPresent());
        assertTrue(robot.lookup(".network-view #map-sgd").tryQuery().isEmpty(), "no map on the network tab");
    }
}
