package downhill.app.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.control.NumberField;
import downhill.app.control.SeriesChart;
import downhill.engine.Numbers;
import downhill.engine.function.Functions;
import downhill.testing.MainWindow;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The Range test button in the real window: it opens the dialog, and "use this rate" moves the editor. */
class RangeTestDialogTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread();

    @AfterEach
    void closeTheDialog(FxRobot robot) {
        robot.interact(() -> {
            WINDOW.context().landscape().optimizers().rangeTest().close();
            WINDOW.context().network().optimizers().rangeTest().close();
        });
        robot.interact(WINDOW::resetLandscape);
    }

    @Test
    void theButtonOpensTheDialogAndUseThisRateMovesTheSliderAndTheField(FxRobot robot) {
        AppContext context = WINDOW.context();
        OptimizerListViewModel optimizers = context.landscape().optimizers();
        OptimizerSettings sgd = optimizers.get("sgd");
        robot.interact(() -> {
            context.landscape().choose(Functions.resolve("bowl"));
            ((ToggleButton) robot.lookup(".landscape-view #expand-sgd").query()).setSelected(true);
            ((Button) robot.lookup(".landscape-view #range-test-sgd").query()).fire();
        });
        RangeTestViewModel test = optimizers.rangeTest();
        assertTrue(test.openProperty().get());
        robot.interact(test::onFrame);
        assertTrue(
                Window.getWindows().stream()
                        .anyMatch(w -> w.isShowing()
                                && w.getScene() != null
                                && w.getScene().lookup("#range-chart") != null),
                "the dialog shows");
        SeriesChart chart = robot.lookup("#range-chart").query();
        assertFalse(chart.series().isEmpty(), "the curves are drawn");
        assertFalse(chart.marks().isEmpty(), "and the suggestions marked");
        RangeTestViewModel.Curve curve = test.curves().stream()
                .filter(c -> c.settings() == sgd)
                .findFirst()
                .orElseThrow();
        double suggested = curve.suggested();
        assertTrue(suggested > 0 && suggested != sgd.learningRateProperty().get(), "suggested " + suggested);

        robot.interact(() -> ((Button) robot.lookup("#range-use-sgd").query()).fire());
        assertEquals(suggested, sgd.learningRateProperty().get(), 0);
        Slider slider =
                robot.lookup(".landscape-view #optimizer-sgd #slider-lr").query();
        assertEquals(Math.log10(suggested), slider.getValue(), 1e-9, "the slider moved");
        NumberField field =
                robot.lookup(".landscape-view #optimizer-sgd #field-lr").query();
        assertEquals(Numbers.format(suggested), field.getText(), "the field shows it");
    }

    @Test
    void theNetworkTabTestsFromItsDataAndAWrongFieldIsSaidUnderIt(FxRobot robot) {
        AppContext context = WINDOW.context();
        OptimizerListViewModel optimizers = context.network().optimizers();
        // The network tab's view is loaded when first shown or asked for, not at start.
        robot.interact(context::networkController);
        robot.interact(() -> {
            context.network().onFrame(1);
            ((ToggleButton) robot.lookup(".network-view #expand-adam").query()).setSelected(true);
            ((Button) robot.lookup(".network-view #range-test-adam").query()).fire();
        });
        RangeTestViewModel test = optimizers.rangeTest();
        robot.interact(test::onFrame);
        assertFalse(test.curves().isEmpty(), test.statusProperty().get());
        assertTrue(test.curves().get(0).result().rates()[0] == 1e-7, "from 1e-7 as lr_find");
        NumberField steps = robot.lookup("#range-steps").query();
        robot.interact(() -> steps.setText("3"));
        Label error = robot.lookup(".range-test-dialog .problem").query();
        assertTrue(
                error.isVisible()
                        && error.getText().equals(test.stepsValidator().apply(3)),
                error.getText());
        assertTrue(((Button) robot.lookup("#range-run").query()).isDisabled());
        robot.interact(() -> steps.setText("120"));
        assertFalse(error.isVisible());
    }
}
