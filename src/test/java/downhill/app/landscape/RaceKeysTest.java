package downhill.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.testing.MainWindow;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The race's keys work wherever the focus is, as a user presses them in the window. */
class RaceKeysTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread();

    private LandscapeViewModel vm;
    private double speed;

    @BeforeEach
    void start() {
        vm = WINDOW.context().landscape();
        speed = vm.speedProperty().get();
    }

    /** Back to how the window opened: paused at step 0 on the landscape tab, the default speed. */
    @AfterEach
    void rewind(FxRobot robot) {
        robot.interact(() -> {
            vm.playingProperty().set(false);
            vm.currentStepProperty().set(0);
            vm.speedProperty().set(speed);
            tabs(robot).getSelectionModel().select(0);
        });
    }

    private static TabPane tabs(FxRobot robot) {
        return robot.lookup("#tabs").queryAs(TabPane.class);
    }

    /** The sidebar's padding: background, no control. */
    private static void clickSidebarBackground(FxRobot robot) {
        Node sidebar = robot.lookup("#sidebar").query();
        Bounds b = sidebar.localToScreen(sidebar.getBoundsInLocal());
        robot.clickOn(b.getMinX() + 4, b.getMinY() + 4);
    }

    @Test
    void afterAClickOnTheSidebarBackgroundTheKeysDriveTheRace(FxRobot robot) {
        clickSidebarBackground(robot);
        robot.type(KeyCode.SPACE);
        assertTrue(vm.playingProperty().get(), "Space plays");
        robot.type(KeyCode.SPACE);
        assertFalse(vm.playingProperty().get(), "Space pauses");
        robot.type(KeyCode.HOME);
        assertEquals(0, vm.currentStepProperty().get(), "Home rewinds");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        assertEquals(2, vm.currentStepProperty().get(), "→ steps");
        assertEquals(0, tabs(robot).getSelectionModel().getSelectedIndex(), "→ does not switch tabs");
        robot.type(KeyCode.LEFT);
        assertEquals(1, vm.currentStepProperty().get());
        robot.type(KeyCode.END);
        assertEquals(vm.stepLimitProperty().get(), vm.currentStepProperty().get(), "End goes to the last step");
        robot.type(KeyCode.HOME);
        assertEquals(0, vm.currentStepProperty().get());
    }

    @Test
    void withTheTabHeaderFocusedArrowsStepAndNeverSwitchTabs(FxRobot robot) {
        robot.clickOn(".tab:selected");
        robot.interact(() -> tabs(robot).requestFocus());
        robot.type(KeyCode.RIGHT);
        assertEquals(0, tabs(robot).getSelectionModel().getSelectedIndex());
        assertEquals(1, vm.currentStepProperty().get());
        robot.interact(() -> tabs(robot).getSelectionModel().select(1));
        robot.interact(() -> tabs(robot).requestFocus());
        robot.type(KeyCode.LEFT);
        assertEquals(1, tabs(robot).getSelectionModel().getSelectedIndex(), "← on the network tab stays there");
        robot.type(KeyCode.SPACE);
        assertFalse(vm.playingProperty().get(), "the landscape's keys work only where it shows");
        assertEquals(1, vm.currentStepProperty().get());
    }

    @Test
    void aTextFieldKeepsItsKeysAndAClickedSliderItsArrows(FxRobot robot) {
        TextField expression = robot.lookup("#expressionField").queryAs(TextField.class);
        robot.clickOn(expression);
        robot.interact(() -> expression.end());
        robot.type(KeyCode.SPACE).type(KeyCode.LEFT).type(KeyCode.HOME);
        assertFalse(vm.playingProperty().get());
        assertEquals(0, vm.currentStepProperty().get());
        assertTrue(expression.getText().endsWith(" "), "the space went into the text");
        Slider speed = robot.lookup("#speedSlider").queryAs(Slider.class);
        double before = speed.getValue();
        robot.interact(speed::requestFocus);
        robot.type(KeyCode.LEFT);
        assertTrue(speed.getValue() < before, "the focused slider took ←");
        assertEquals(0, vm.currentStepProperty().get());
        robot.type(KeyCode.SPACE);
        assertTrue(vm.playingProperty().get(), "Space still plays");
    }
}
