package downhill.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.testing.Poll;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A view's frame loop runs while its window shows, and no longer: a loop left running kept closed windows alive. */
class FrameLoopTest {

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void runsFromShowingUntilTheWindowHidesOrTheViewLeavesIt() {
        Pane view = new Pane();
        StackPane root = new StackPane(view);
        AtomicInteger frames = new AtomicInteger();
        FrameLoop[] loop = new FrameLoop[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            loop[0] = FrameLoop.whileShown(view, elapsed -> frames.incrementAndGet());
            stage[0] = new Stage();
            stage[0].setScene(new Scene(root, 200, 100));
        });
        assertFalse(loop[0].running(), "in a window not yet shown");
        robot.interact(stage[0]::show);
        assertTrue(loop[0].running(), "shown");
        Poll.until(() -> frames.get() > 0, "a frame runs");
        robot.interact(stage[0]::hide);
        assertFalse(loop[0].running(), "the window closed");
        robot.interact(stage[0]::show);
        assertTrue(loop[0].running(), "shown again");
        robot.interact(() -> root.getChildren().remove(view));
        assertFalse(loop[0].running(), "a reload took the view out of the window");
        robot.interact(stage[0]::hide);
    }
}
