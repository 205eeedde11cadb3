package downhill.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.testing.MainWindow;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** η's slider keeps its log scale; its keys and wheel take fine steps, its field any value in range. */
class LearningRateControlTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread();

    private AppContext context;

    @BeforeEach
    void start() {
        context = WINDOW.context();
    }

    @Test
    void arrowsAndTheWheelTakeFineStepsAndTheFieldAnyValue(FxRobot robot) {
        DoubleProperty lr = context.landscape().optimizers().get("adam").learningRateProperty();
        robot.clickOn((Node) inLandscape(robot, "#expand-adam"));
        Slider slider = inLandscape(robot, "#optimizer-adam #slider-lr");
        robot.clickOn(slider.lookup(".thumb"));
        robot.interact(() -> lr.set(0.05));
        robot.type(KeyCode.RIGHT);
        assertEquals(0.051, lr.get(), "→ on the slider: ×1.02");
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertEquals(0.05090, lr.get(), 1e-12, "Shift+← : ÷1.002");
        assertEquals(0, context.landscape().currentStepProperty().get(), "the race did not step");
        robot.interact(() -> lr.set(0.05));
        robot.moveTo(slider).scroll(1, VerticalDirection.UP);
        assertEquals(0.05, lr.get(), 0.05 * 0.021, "a notch of the wheel is a small factor");
        assertTrue(lr.get() != 0.05, "and it moved");
        NumberField field = inLandscape(robot, "#optimizer-adam #field-lr");
        robot.interact(() -> field.setText("0.01234"));
        assertEquals(0.01234, lr.get(), "any typed value in range");
        robot.interact(() -> field.setText("0.0x"));
        assertEquals(0.01234, lr.get(), "bad text is not applied");
        assertTrue(field.getStyleClass().contains(NumberField.INVALID_STYLE_CLASS));
        assertTrue(field.problemText() != null && !field.problemText().isEmpty());
    }

    private static <T extends Node> T inLandscape(FxRobot robot, String query) {
        Node tab = ((TabPane) robot.lookup("#tabs").query()).getTabs().get(0).getContent();
        return robot.from(tab).lookup(query).query();
    }
}
