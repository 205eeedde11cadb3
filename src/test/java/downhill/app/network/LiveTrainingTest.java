package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.i18n.Messages;
import downhill.app.network.TrainingSession.Phase;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.train.TrainingPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.Test;

/**
 * The network tab's training commands without a window: data prepared and every copy trained on the caller's
 * thread (a same-thread training executor trains the whole plan inside Train).
 */
class LiveTrainingTest {

    private final List<String> calls = new ArrayList<>();
    private final OptimizerListViewModel optimizers = new OptimizerListViewModel();
    private final TrainingSession session = new TrainingSession(
            Runnable::run, new LayerHistogramsViewModel(), new SimpleDoubleProperty(3), OptimizerSettings::contender);
    private final NetworkData data = new NetworkData(Runnable::run, () -> calls.add("data"), () -> {}, session::say);
    private Supplier<TrainingPlan> plan =
            () -> TrainingPlan.defaults().withHiddenSizes(List.of(4)).withEpochs(3);
    private final LiveTraining training = new LiveTraining(
            session, data, optimizers, () -> plan.get(), () -> calls.add("clear"), () -> calls.add("untrained"));

    LiveTrainingTest() {
        optimizers.select(Map.of("adam", 1e-2, "sgd", 0.1));
        data.samplesProperty().set(100);
    }

    /** The data asked for, arrived. */
    private void dataReady() {
        data.reload();
        assertTrue(data.takeNewest());
        assertNotNull(data.prepared());
    }

    @Test
    void trainBeforeTheDataHasArrivedSaysSoAndStaysIdle() {
        training.train();
        assertEquals(
                Messages.text("network.status.noData"), session.statusProperty().get());
        assertEquals(Phase.IDLE, session.phaseProperty().get());
        assertEquals(List.of("clear", "untrained"), calls, "a new start resets first");
    }

    @Test
    void trainWithoutAnOptimizerAsksForOne() {
        dataReady();
        optimizers.select(Map.of());
        training.step();
        assertEquals(
                Messages.text("network.status.noOptimizer"),
                session.statusProperty().get());
        assertEquals(Phase.IDLE, session.phaseProperty().get());
    }

    @Test
    void aPlanThatCannotTrainSaysWhy() {
        dataReady();
        plan = () -> {
            throw new IllegalArgumentException("the loss does not fit the data");
        };
        training.train();
        assertEquals("the loss does not fit the data", session.statusProperty().get());
        assertEquals(Phase.IDLE, session.phaseProperty().get());
    }

    @Test
    void trainRunsEveryRacingCopyAndResetClearsThemKeepingNothingButTheSettings() {
        dataReady();
        training.train();
        assertEquals(Phase.TRAINING, session.phaseProperty().get(), "until a frame takes the results");
        session.onFrame(1);
        assertEquals(Phase.DONE, session.phaseProperty().get());
        assertEquals(2, session.resultsProperty().get().size(), "one copy per racing optimizer");
        assertEquals(3, session.resultsProperty().get().get(0).history().epochs());
        calls.clear();
        training.reset();
        assertEquals(List.of("clear", "untrained"), calls, "the pictures cleared, then the untrained ones asked for");
        assertTrue(session.resultsProperty().get().isEmpty());
        assertEquals(Phase.IDLE, session.phaseProperty().get());
        assertEquals(
                Messages.text("network.status.start"), session.statusProperty().get());
    }

    @Test
    void aFrameDrawsAgainOnlyAfterACommandOrAMarkedChange() {
        assertTrue(training.takeChanged(), "the first frame draws");
        assertFalse(training.takeChanged());
        training.pause();
        assertFalse(training.takeChanged(), "nothing trains, nothing to pause");
        training.markChanged();
        assertTrue(training.takeChanged());
        training.reset();
        assertTrue(training.takeChanged());
        assertFalse(training.takeChanged());
    }
}
