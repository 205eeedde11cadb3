package downhill.app.backprop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.DownhillApplication;
import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.network.NetworkViewModel;
import downhill.engine.nn.LayerPass;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.train.Checkpoint;
import downhill.testing.Poll;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The network diagram in the real window: one window, the whole walk (the logic is DiagramViewModelTest's). */
@ExtendWith(ApplicationExtension.class)
class BackpropViewTest {

    private final ExecutorService background = BackgroundExecutors.daemonPool("test-background", 1);
    private final ExecutorService training = BackgroundExecutors.daemonThreads("test-training");
    private AppContext context;
    private NetworkViewModel vm;

    @Start
    void start(Stage stage) {
        context = new AppContext(background, training);
        vm = context.network();
        DownhillApplication.show(stage, context, 1280, 800);
        ((TabPane) stage.getScene().lookup("#tabs")).getSelectionModel().select(1);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(vm.training()::reset);
        training.shutdownNow();
        background.shutdownNow();
    }

    /** Frames until {@code condition} holds: the passes are computed on the background thread. */
    private void until(FxRobot robot, BooleanSupplier condition, String what) {
        Poll.until(condition, () -> robot.interact(() -> vm.onFrame(1)), what);
    }

    @Test
    void theDiagramFollowsTrainingStepsWithTheArrowKeysAndExplainsAClickedEdge(FxRobot robot)
            throws InterruptedException {
        DiagramViewModel diagram = vm.diagram();
        robot.interact(() -> ((ToggleButton) robot.lookup("#diagramToggle").query()).fire());
        assertTrue(diagram.shownProperty().get());
        until(robot, () -> diagram.resultProperty().get() != null, "the untrained network's pass");
        DiagramCanvas canvas = robot.lookup("#network-diagram").query();
        robot.interact(() -> {});
        assertTrue(
                canvas.textBoxes().stream()
                                .filter(b -> b.text().equals("+52 more"))
                                .count()
                        == 2,
                "the default 64, 64 network draws 12 units a layer and counts the rest");

        robot.interact(canvas::requestFocus);
        robot.type(KeyCode.RIGHT, 2);
        assertEquals(2, diagram.stageProperty().get(), "→ steps the stepper while the diagram shows");
        robot.type(KeyCode.LEFT);
        assertEquals(1, diagram.stageProperty().get());

        DiagramLayout layout = canvas.diagramLayout();
        double x = (layout.x()[2] + layout.x()[3]) / 2;
        double y = (layout.y()[2][0] + layout.y()[3][0]) / 2;
        Point2D onScreen = canvas.localToScreen(x, y);
        robot.clickOn(onScreen);
        DiagramViewModel.Edge edge = diagram.edges().selectedProperty().get();
        assertEquals(new DiagramViewModel.Edge(2, 0, 0), edge);
        LayerPass layer = diagram.resultProperty().get().pass().layers().get(2);
        assertEquals(
                layer.weightGradient()[0][0],
                diagram.chainRule().product(),
                1e-15 * Math.abs(layer.weightGradient()[0][0]));
        assertTrue(
                robot.lookup(".backprop-line").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.getText().startsWith("∂L/∂W³₁₁ = δ³₁ · a²₁")),
                "the chain rule is shown");

        double[] untrained = diagram.resultProperty().get().request().parameters();
        robot.interact(() -> vm.trainingSettings().epochsProperty().set(3));
        robot.interact(vm.training()::train);
        assertTrue(vm.session().await(TimeUnit.SECONDS.toMillis(Poll.DEADLINE_SECONDS)), "training ended");
        until(
                robot,
                () -> diagram.resultProperty().get().request().parameters() != untrained,
                "the diagram follows the trained weights");
        assertNotSame(untrained, diagram.resultProperty().get().request().parameters());
        assertNotNull(diagram.chainRule(), "the clicked edge stays explained");

        // The last stage is the step training makes next, from the optimizer state the run has reached.
        until(robot, () -> diagram.resultProperty().get().updated() != null, "the run's optimizer state arrives");
        robot.interact(diagram::toEnd);
        DiagramWork.Result shown = diagram.resultProperty().get();
        Checkpoint checkpoint = shown.request().checkpoint();
        assertEquals(3, checkpoint.epochs(), "the finished run's newest checkpoint");
        int samples = shown.request().data().train().sampleCount();
        int batch = shown.request().batch().length;
        assertEquals(
                3L * ((samples + batch - 1) / batch), checkpoint.optimizer().steps(), "every update of 3 epochs");
        Optimizer next = shown.request().contender().newOptimizer();
        next.restore(checkpoint.optimizer());
        double[] expected = checkpoint.parameters().clone();
        next.step(expected, shown.gradient(), checkpoint.nextRate());
        assertArrayEquals(expected, shown.updated());
        assertTrue(
                robot.lookup(".backprop-line").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.getText().startsWith("W³₁₁, the clicked weight")),
                "the update stage is shown");
    }
}
