package downhill.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.i18n.Messages;
import downhill.experiment.Presets;
import downhill.testing.MainWindow;
import java.util.Optional;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A lesson in the real window, headless: the bar, its keys, Reveal, and the controls a step hides or locks. */
class LessonWindowTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread().eachTest();

    private AppContext context;
    private LessonViewModel lesson;

    @BeforeEach
    void start(FxRobot robot) {
        robot.interact(() -> {
            context = WINDOW.context();
            lesson = context.experiment().lesson();
        });
    }

    private void openLadder(FxRobot robot) {
        robot.interact(() -> context.experiment().openPreset(Presets.byName("lesson-lr-ladder")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theBarShowsTheStepAndItsQuestionAndIsGoneOutsideALesson(FxRobot robot) {
        Node bar = robot.lookup("#lessonBar").query();
        assertFalse(bar.isVisible());
        openLadder(robot);
        assertTrue(bar.isVisible());
        assertEquals("Step 1 of 3", text(robot, "#lessonStepLabel"));
        assertEquals("Which learning rate arrives at the minimum first?", text(robot, "#lessonPrompt"));
        assertFalse(robot.lookup("#lessonNote").query().isVisible(), "the note, which gives the answer, waits");
        robot.clickOn("#lessonEnd");
        assertFalse(bar.isVisible());
        assertFalse(lesson.activeProperty().get());
    }

    @Test
    void aClickersPageDownAndPageUpMoveThroughTheSteps(FxRobot robot) {
        openLadder(robot);
        robot.clickOn("#lessonStepLabel");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals("Step 2 of 3", text(robot, "#lessonStepLabel"));
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals("Step 3 of 3", text(robot, "#lessonStepLabel"));
        robot.type(KeyCode.PAGE_UP);
        assertEquals("Step 2 of 3", text(robot, "#lessonStepLabel"));
    }

    @Test
    void revealWithTheClassVotesMarksTheRightAnswerWithATick(FxRobot robot) {
        openLadder(robot);
        robot.clickOn("#lesson-tally");
        robot.clickOn("#lesson-count-1").write("12");
        robot.clickOn("#lesson-count-0").write("3");
        robot.clickOn("#lesson-reveal");
        assertEquals("Answer: η = 0.4", text(robot, "#lessonVotes .lesson-result"));
        assertTrue(robot.lookup(".label.lesson-right").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("η = 0.4 ✓")));
        assertEquals(12, lesson.votes().count("η = 0.4"));
        assertTrue(context.landscape().playingProperty().get(), "Reveal plays the race");
    }

    @Test
    void aLockedControlSaysSoAndTakesNoClicksAndAHiddenOneIsGone(FxRobot robot) {
        openLadder(robot);
        // The sidebar is a drawer that a narrow window keeps closed (out of the scene): open it.
        if (robot.lookup("#functionPicker").tryQuery().isEmpty()) {
            robot.interact(() -> context.landscape().drawer().toggle());
            WaitForAsyncUtils.waitForFxEvents();
        }
        ComboBox<?> function = robot.lookup("#functionPicker").queryComboBox();
        assertTrue(function.getStyleClass().contains(LessonLocks.LOCKED_STYLE));
        assertEquals(Messages.text("lesson.locked"), function.getTooltip().getText());
        Spinner<?> steps = robot.lookup("#stepLimitSpinner").queryAs(Spinner.class);
        assertFalse(steps.getStyleClass().contains(LessonLocks.LOCKED_STYLE), "not locked in this step");
        robot.clickOn(function);
        assertFalse(function.isShowing(), "a locked picker does not open");
        robot.interact(lesson::next);
        robot.interact(lesson::next);
        // An optimizer row opened shows its learning rate's editor, made as it opens: the lesson catches it too.
        robot.interact(
                () -> robot.lookup("#expand-sgd").queryAs(ToggleButton.class).setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#hp-lr").queryAll().isEmpty(), "the row's editors are there");
        assertFalse(function.getStyleClass().contains(LessonLocks.LOCKED_STYLE), "step 3 locks nothing");
        assertTrue(robot.lookup("#hp-lr").queryAll().stream().noneMatch(Node::isVisible), "η is hidden in step 3");
        robot.interact(lesson::close);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#hp-lr").queryAll().stream().allMatch(Node::isVisible), "and back after the lesson");
    }

    @Test
    void whileWritingALessonAControlsContextMenuLocksItInTheNewestStep(FxRobot robot) {
        LessonAuthoringViewModel authoring = context.authoring();
        Spinner<?> steps = robot.lookup("#stepLimitSpinner").queryAs(Spinner.class);
        robot.interact(() -> requestContextMenu(steps.getEditor()));
        assertTrue(authoringMenu().isEmpty(), "no lesson being written: the control's own menu");
        robot.interact(() -> authoring.addStep("Mine", "A note.", null));
        robot.interact(() -> requestContextMenu(steps.getEditor()));
        ContextMenu menu = authoringMenu().orElseThrow();
        CheckMenuItem lock = (CheckMenuItem) menu.getItems().stream()
                .filter(i -> "lesson-lock-step-limit".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertEquals("Lock in this step (step-limit)", lock.getText());
        robot.interact(() -> {
            lock.setSelected(true);
            lock.fire();
            menu.hide();
        });
        assertTrue(authoring.locked("step-limit"));
        robot.interact(authoring::discard);
    }

    /** What a right click (or the menu key) sends to {@code node}. */
    private static void requestContextMenu(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        Event.fireEvent(
                node,
                new ContextMenuEvent(
                        ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                        b.getWidth() / 2,
                        b.getHeight() / 2,
                        b.getCenterX(),
                        b.getCenterY(),
                        false,
                        null));
    }

    private static Optional<ContextMenu> authoringMenu() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu m && m.isShowing() && "lesson-author-menu".equals(m.getId()))
                .map(w -> (ContextMenu) w)
                .findFirst();
    }
}
