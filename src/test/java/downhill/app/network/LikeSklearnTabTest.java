package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.i18n.Messages;
import downhill.engine.nn.Initialization;
import downhill.engine.train.SklearnDefaults;
import downhill.engine.train.TrainingPlan;
import downhill.experiment.NetworkSettings.BatchMode;
import downhill.testing.MainWindow;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * "Like scikit-learn" on the network tab: ticking it puts scikit-learn's values into the rows it governs and
 * disables them; training then takes {@link SklearnDefaults}' plan and Nesterov's momentum, exactly as
 * {@code train --like sklearn}; the batch follows min(200, n) when the data change; unticked, the rows are free again.
 */
class LikeSklearnTabTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread();

    private AppContext context;
    private NetworkViewModel vm;
    private Scene scene;

    @BeforeEach
    void networkTab(FxRobot robot) {
        context = WINDOW.context();
        vm = context.network();
        scene = WINDOW.scene();
        robot.interact(() -> {
            ((TabPane) scene.lookup("#tabs")).getSelectionModel().select(1);
            vm.onFrame(1);
        });
    }

    @AfterEach
    void untick(FxRobot robot) {
        robot.interact(() -> {
            vm.trainingSettings().likeSklearnProperty().set(false);
            vm.data().samplesProperty().set(1000);
            vm.trainingSettings().batchSizeProperty().set(200);
            vm.trainingSettings().l2Property().set(0);
            vm.shape().initializationProperty().set(Initialization.DEFAULT);
            vm.trainingSettings().earlyStoppingTextProperty().set("");
            ((TabPane) scene.lookup("#tabs")).getSelectionModel().select(0);
        });
    }

    @Test
    void tickingShowsScikitLearnsValuesInDisabledRowsAndTrainsAsTheCliDoes(FxRobot robot) {
        CheckBox box = (CheckBox) scene.lookup("#likeSklearnBox");
        assertEquals(Messages.text("network.likeSklearn"), box.getText());
        assertTrue(
                box.getTooltip().getText().contains("Nesterov"),
                box.getTooltip().getText());
        robot.interact(() -> vm.trainingSettings().batchSizeProperty().set(32));
        robot.interact(box::fire);
        assertTrue(vm.trainingSettings().likeSklearnProperty().get());
        assertEquals(
                BatchMode.MINI_BATCH, vm.trainingSettings().batchModeProperty().get());
        assertEquals(200, vm.trainingSettings().batchSizeProperty().get(), "800 samples train: min(200, 800)");
        assertEquals(SklearnDefaults.l2(200), vm.trainingSettings().l2Property().get());
        assertEquals(
                Initialization.of(Initialization.Scheme.SKLEARN),
                vm.shape().initializationProperty().get());
        assertEquals(SklearnDefaults.STOPPING, vm.trainingSettings().earlyStopping());
        for (String id : List.of("#batch-size-field", "#l2-field", "#initPicker", "#earlyStoppingField")) {
            Node row = scene.lookup(id);
            assertTrue(row.isDisabled(), id + " is governed by Like scikit-learn");
        }
        TrainingPlan plan = vm.plan();
        assertEquals(SklearnDefaults.plan(plan, 800), plan, "the CLI's plan for the same settings");

        robot.interact(() -> {
            vm.data().samplesProperty().set(100);
            vm.onFrame(1);
        });
        assertEquals(80, vm.data().dataProperty().get().data().train().sampleCount());
        assertEquals(80, vm.trainingSettings().batchSizeProperty().get(), "min(200, 80)");
        assertEquals(SklearnDefaults.l2(80), vm.trainingSettings().l2Property().get());

        robot.interact(box::fire);
        assertFalse(scene.lookup("#l2-field").isDisabled());
        assertFalse(scene.lookup("#initPicker").isDisabled());
    }
}
