package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.engine.nn.Initialization;
import downhill.engine.run.Contender;
import downhill.engine.train.EarlyStopping;
import downhill.engine.train.SklearnDefaults;
import downhill.engine.train.TrainingPlan;
import downhill.experiment.NetworkSettings.BatchMode;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The network tab's training settings without a window: the plan they make and "like scikit-learn". */
class TrainingSettingsTest {

    private final NetworkShape shape = new NetworkShape();
    /** The training part's sample count the settings see; 0 before any data. */
    private final AtomicInteger samples = new AtomicInteger();

    private final TrainingSettings settings = new TrainingSettings(shape, samples::get);

    @Test
    void theTabOpensOnMiniBatchesOf200For500EpochsWithoutPenaltyOrStopping() {
        assertEquals(BatchMode.MINI_BATCH, settings.batchModeProperty().get());
        assertEquals(
                TrainingSettings.DEFAULT_BATCH_SIZE,
                settings.batchSizeProperty().get());
        assertEquals(TrainingSettings.DEFAULT_EPOCHS, settings.epochsProperty().get());
        assertEquals(0, settings.l2Property().get());
        assertNull(settings.earlyStopping());
        TrainingPlan plan = settings.withStopping(settings.withSteps(TrainingPlan.defaults()));
        assertEquals(200, plan.batchSize());
        assertEquals(500, plan.epochs());
        assertEquals(0, plan.l2());
        assertNull(plan.earlyStopping());
    }

    @Test
    void eachBatchModeSetsThePlansBatchAndTheSamplesPerUpdate() {
        settings.batchSizeProperty().set(32);
        settings.epochsProperty().set(7);
        settings.l2Property().set(1e-3);
        TrainingPlan plan = settings.withSteps(TrainingPlan.defaults());
        assertEquals(32, plan.batchSize());
        assertEquals(7, plan.epochs());
        assertEquals(1e-3, plan.l2());
        assertEquals(32, settings.samplesPerUpdate(800));
        settings.batchModeProperty().set(BatchMode.BATCH);
        assertEquals(
                TrainingPlan.FULL_BATCH,
                settings.withSteps(TrainingPlan.defaults()).batchSize());
        assertEquals(800, settings.samplesPerUpdate(800), "all training samples at once");
        settings.batchModeProperty().set(BatchMode.STOCHASTIC);
        assertEquals(1, settings.withSteps(TrainingPlan.defaults()).batchSize());
        assertEquals(1, settings.samplesPerUpdate(800));
    }

    @Test
    void earlyStoppingIsParsedAndAMistakeShowsUnderTheLabSettingsAfterDropouts() {
        settings.earlyStoppingTextProperty().set(" patience=20 ");
        assertEquals(new EarlyStopping(20, 0, EarlyStopping.Monitor.TEST), settings.earlyStopping());
        assertEquals(
                settings.earlyStopping(),
                settings.withStopping(TrainingPlan.defaults()).earlyStopping());
        assertEquals("", settings.labSettingsErrorProperty().get());
        settings.earlyStoppingTextProperty().set("patience");
        String stoppingProblem = assertThrows(IllegalArgumentException.class, settings::earlyStopping)
                .getMessage();
        assertEquals(stoppingProblem, settings.labSettingsErrorProperty().get());
        shape.dropoutTextProperty().set("2");
        assertEquals(
                Messages.text("network.dropout.invalid", "2"),
                settings.labSettingsErrorProperty().get(),
                "the dropout's problem first");
        shape.dropoutTextProperty().set("");
        settings.earlyStoppingTextProperty().set("");
        assertEquals("", settings.labSettingsErrorProperty().get());
    }

    @Test
    void likeSklearnPutsItsValuesIntoTheRowsAndFollowsTheData() {
        samples.set(150);
        settings.likeSklearnProperty().set(true);
        assertEquals(BatchMode.MINI_BATCH, settings.batchModeProperty().get());
        assertEquals(150, settings.batchSizeProperty().get(), "min(200, n)");
        assertEquals(SklearnDefaults.l2(150), settings.l2Property().get());
        assertEquals(
                Initialization.of(Initialization.Scheme.SKLEARN),
                shape.initializationProperty().get());
        assertEquals(
                SklearnDefaults.STOPPING.spec(),
                settings.earlyStoppingTextProperty().get());
        samples.set(1000);
        settings.dataChanged();
        assertEquals(200, settings.batchSizeProperty().get());
        TrainingPlan plan = settings.withStopping(TrainingPlan.defaults().withBatchSize(7));
        assertEquals(200, plan.batchSize(), "scikit-learn's conventions over the rest");
        assertEquals(SklearnDefaults.STOPPING, plan.earlyStopping());
        settings.likeSklearnProperty().set(false);
        samples.set(50);
        settings.dataChanged();
        assertEquals(200, settings.batchSizeProperty().get(), "off, the rows keep the values to change from");
        assertEquals(
                7,
                settings.withStopping(TrainingPlan.defaults().withBatchSize(7)).batchSize());
    }

    @Test
    void momentumTrainsAsNesterovOnlyWhileLikeSklearnIsOn() {
        Contender momentum = new OptimizerListViewModel().get("momentum").contender();
        assertSame(momentum, settings.contender(momentum));
        settings.likeSklearnProperty().set(true);
        assertEquals("nesterov", settings.contender(momentum).type().name());
    }

    @Test
    void theBatchModesAreNamedInTheWindowsLanguage() {
        assertEquals(Messages.text("network.batchMode.miniBatch"), TrainingSettings.label(BatchMode.MINI_BATCH));
        assertEquals(Messages.text("network.batchMode.batch"), TrainingSettings.label(BatchMode.BATCH));
        assertEquals(Messages.text("network.batchMode.stochastic"), TrainingSettings.label(BatchMode.STOCHASTIC));
    }
}
