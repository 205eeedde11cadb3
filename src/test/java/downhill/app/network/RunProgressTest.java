package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.Trainer;
import downhill.engine.train.TrainingState;
import downhill.experiment.ExperimentRuns;
import downhill.experiment.NetworkSettings;
import downhill.experiment.Presets;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    private static RunProgress after(int epochs) {
        NetworkSettings settings =
                Presets.byName("overfitting-early-stopping").experiment().network();
        try (Trainer trainer = new Trainer(
                ExperimentRuns.trainingData(settings),
                ExperimentRuns.plan(settings).withEpochs(epochs),
                settings.racing().get(0))) {
            trainer.run();
            HistorySnapshot history = trainer.history().snapshot();
            return new RunProgress("adam", "Adam", Color.GREEN, history, TrainingState.FINISHED, "", 0);
        }
    }

    @Test
    void theLeastTestLossIsMarkedOnceTheTestLossHasTurnedUp() {
        // The test loss is least at epoch 59 of this scenario; by epoch 300 it has more than doubled.
        assertEquals(59, after(300).overfittingEpoch());
        // Still falling (or within 2 % of its least): nothing to mark yet.
        assertEquals(0, after(40).overfittingEpoch());
        assertEquals(0, after(59).overfittingEpoch());
    }
}
