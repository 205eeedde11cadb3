package downhill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.nn.Initialization;
import downhill.engine.run.Contender;
import downhill.engine.train.EarlyStopping;
import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.LearningRateRange;
import downhill.engine.train.Metric;
import downhill.engine.train.ScheduleClock;
import downhill.engine.train.Trainer;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingPlan;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The network lab's scenarios (#20) say what a student sees when they follow the note: each claim of the note,
 * trained with the engine from the preset's own settings.
 */
class NetworkLabScenariosTest {

    private record Run(Trainer trainer, HistorySnapshot history) {

        double last(Metric metric) {
            return history.last(metric);
        }
    }

    private static Run train(String preset, int optimizer, UnaryOperator<TrainingPlan> change) {
        NetworkSettings settings = Presets.byName(preset).experiment().network();
        TrainingData data = ExperimentRuns.trainingData(settings);
        Contender contender = settings.racing().get(optimizer);
        try (Trainer trainer = new Trainer(data, change.apply(ExperimentRuns.plan(settings)), contender)) {
            trainer.run();
            return new Run(trainer, trainer.history().snapshot());
        }
    }

    private static int leastTestLossEpoch(HistorySnapshot h) {
        double[] test = h.series(Metric.TEST_LOSS);
        int best = 0;
        for (int i = 1; i < test.length; i++) {
            best = test[i] < test[best] ? i : best;
        }
        return best + 1;
    }

    @Test
    void theTestLossTurnsUpAfterEpoch59AndEarlyStoppingKeepsThoseWeights() {
        Run plain = train("overfitting-early-stopping", 0, UnaryOperator.identity());
        assertEquals("adam", plain.trainer().contender().type().name());
        assertEquals(300, plain.history().epochs());
        assertEquals(59, leastTestLossEpoch(plain.history()));
        double[] test = plain.history().series(Metric.TEST_LOSS);
        double[] accuracy = plain.history().series(Metric.TEST_ACCURACY);
        double[] train = plain.history().series(Metric.TRAIN_LOSS);
        assertEquals(0.72, test[299], 0.005);
        assertEquals(0.875, accuracy[58], 1e-12);
        assertEquals(0.825, accuracy[299], 1e-12);
        assertTrue(train[299] < train[58] / 2, "the training loss keeps falling: " + train[58] + " → " + train[299]);

        Run stopped = train(
                "overfitting-early-stopping", 0, plan -> plan.withEarlyStopping(EarlyStopping.parse("patience=20")));
        assertTrue(stopped.trainer().stoppedEarly());
        assertEquals(79, stopped.history().epochs());
        assertEquals(59, stopped.history().bestEpoch());
        assertEquals(0.875, stopped.history().series(Metric.TEST_ACCURACY)[58], 1e-12);

        Run dropout = train("overfitting-early-stopping", 0, plan -> plan.withDropout(List.of(0.5)));
        assertEquals(0.3, dropout.last(Metric.TEST_LOSS), 0.01);
    }

    @Test
    void zerosAndTooSmallStayACoinTossForMomentumTooLargeDivergesAndHeLearns() {
        String preset = "initialisation";
        NetworkSettings settings = Presets.byName(preset).experiment().network();
        assertEquals(Initialization.parse("zeros"), settings.initialization());
        for (int optimizer = 0; optimizer < 2; optimizer++) {
            assertEquals(
                    Math.log(2),
                    train(preset, optimizer, UnaryOperator.identity()).last(Metric.TRAIN_LOSS),
                    1e-6);
        }
        Initialization small = Initialization.parse("normal:sigma=0.01");
        Run momentumSmall = train(preset, 0, plan -> plan.withInitialization(small));
        assertEquals("momentum", momentumSmall.trainer().contender().type().name());
        assertEquals(Math.log(2), momentumSmall.last(Metric.TEST_LOSS), 1e-3);
        assertEquals(
                0.93, train(preset, 1, plan -> plan.withInitialization(small)).last(Metric.TEST_ACCURACY), 1e-12);
        Run large = train(preset, 0, plan -> plan.withInitialization(Initialization.parse("normal:sigma=1")));
        assertEquals(3, large.trainer().divergedAtEpoch());
        for (int optimizer = 0; optimizer < 2; optimizer++) {
            double accuracy = train(
                            preset, optimizer, plan -> plan.withInitialization(Initialization.parse("he-uniform")))
                    .last(Metric.TEST_ACCURACY);
            assertEquals(0.95, accuracy, 0.0051, "he-uniform, optimizer " + optimizer);
        }
    }

    @Test
    void theRangeTestFallsFastestAtTheSameRateForBothAndOnlyAdamBlowsUp() {
        NetworkSettings settings = Presets.byName("lr-range-test").experiment().network();
        TrainingData data = ExperimentRuns.trainingData(settings);
        // As the network tab runs it: one update per mini-batch, the schedule counting updates.
        TrainingPlan plan = ExperimentRuns.plan(settings).withScheduleClock(ScheduleClock.UPDATE);
        LearningRateRange.Result momentum =
                LearningRateRange.run(data, plan, settings.racing().get(0), 1e-7, 10, 100);
        LearningRateRange.Result adam =
                LearningRateRange.run(data, plan, settings.racing().get(1), 1e-7, 10, 100);
        assertEquals(0.0034, momentum.steepest(), 0.00005);
        assertEquals(0.0034, adam.steepest(), 0.00005);
        assertEquals(1.3, adam.leastLoss(), 0.05);
        assertEquals(0.74, momentum.leastLoss(), 0.005);
        assertEquals(96, adam.rates().length, "Adam stops early");
        assertEquals(4.8, adam.rates()[adam.rates().length - 1], 0.05);
        assertEquals(100, momentum.rates().length, "momentum lasts to the end of the range");
        assertTrue(0.001 < adam.steepest() && adam.steepest() < 0.01, "between the lecture's two rates");
    }
}
