package downhill.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.Generators;
import downhill.engine.nn.Evaluation;
import downhill.engine.train.EarlyStopping.Monitor;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Early stopping's two rules on scripted losses, its spec, and real runs that stop and restore. */
class EarlyStoppingTest {

    /** The epoch after which {@code rule} stops on {@code losses} (0: never), with its best epoch. */
    private static int[] feed(EarlyStopping settings, double... losses) {
        StoppingRule rule = new StoppingRule(settings);
        for (int e = 1; e <= losses.length; e++) {
            if (rule.observe(e, losses[e - 1])) {
                return new int[] {e, rule.bestEpoch()};
            }
        }
        return new int[] {0, rule.bestEpoch()};
    }

    @Test
    void monitoringTheTestLossStopsAfterPatienceEpochsWithoutImprovement() {
        double[] losses = {1.0, 0.5, 0.75, 0.4375, 0.5, 0.25, 0.375, 0.5, 0.75};
        // patience 3: epochs 7, 8, 9 do not beat 0.25 (epoch 6): stops after 9 (count ≥ patience)
        assertArrayEquals(new int[] {9, 6}, feed(new EarlyStopping(3, 0, Monitor.TEST), losses));
        // patience 4 never gets there
        assertArrayEquals(new int[] {0, 6}, feed(new EarlyStopping(4, 0, Monitor.TEST), losses));
        // an equal loss (epoch 5's 0.5 after epoch 2's) is no improvement: patience 3 stops at epoch 5
        assertArrayEquals(new int[] {5, 2}, feed(new EarlyStopping(3, 0, Monitor.TEST), 1.0, 0.5, 0.75, 0.625, 0.5));
    }

    @Test
    void minDeltaIsTheImprovementThatCounts() {
        // best 1.0, min-delta 0.25: 0.75 is exactly best − δ and does not count, 0.625 does
        assertArrayEquals(new int[] {3, 1}, feed(new EarlyStopping(2, 0.25, Monitor.TEST), 1.0, 0.75, 0.875));
        assertArrayEquals(new int[] {0, 3}, feed(new EarlyStopping(2, 0.25, Monitor.TEST), 1.0, 0.75, 0.625, 0.5));
        // and the best stays at 1.0 through the small steps, so they never add up to a new best
        StoppingRule rule = new StoppingRule(new EarlyStopping(5, 0.25, Monitor.TEST));
        rule.observe(1, 1.0);
        rule.observe(2, 0.875);
        assertEquals(1.0, rule.best());
        assertEquals(1, rule.count());
    }

    /**
     * scikit-learn 1.2's {@code _update_no_improvement_count} run on the same sequences (printed by calling it on a
     * stand-in object): with tol 0.25 and n_iter_no_change 2 it stops after epoch 4 (counts 0, 1, 2, 3), with 3
     * after epoch 5; with tol 0 an equal loss resets the count, so a flat loss never stops it.
     */
    @Test
    void monitoringTheTrainingLossIsScikitLearnsRule() {
        double[] losses = {1.0, 0.875, 0.75, 0.6875, 0.625, 0.5625, 0.5, 0.5};
        assertArrayEquals(new int[] {4, 4}, feed(new EarlyStopping(2, 0.25, Monitor.TRAIN), losses));
        assertArrayEquals(new int[] {5, 5}, feed(new EarlyStopping(3, 0.25, Monitor.TRAIN), losses));
        StoppingRule rule = new StoppingRule(new EarlyStopping(2, 0.25, Monitor.TRAIN));
        for (int e = 1; e <= 3; e++) {
            rule.observe(e, losses[e - 1]);
        }
        assertEquals(0.75, rule.best(), "the best follows every decrease, however small");
        assertEquals(2, rule.count());
        assertArrayEquals(new int[] {0, 1}, feed(new EarlyStopping(2, 0, Monitor.TRAIN), 1.0, 1.0, 1.0, 1.0, 1.0));
        // a rise counts with tol 0: patience 2 stops on the third rise (count 3 > 2), where the test rule stops on the
        // second
        assertArrayEquals(new int[] {4, 1}, feed(new EarlyStopping(2, 0, Monitor.TRAIN), 1.0, 1.5, 1.5, 1.5));
        assertArrayEquals(new int[] {3, 1}, feed(new EarlyStopping(2, 0, Monitor.TEST), 1.0, 1.5, 1.5, 1.5));
    }

    @Test
    void specsAreReadWithDefaultsAndWrittenBack() {
        assertEquals(new EarlyStopping(10, 0, Monitor.TEST), EarlyStopping.parse("patience=10"));
        EarlyStopping sklearn = EarlyStopping.parse(" patience=10, min-delta=1e-4 ,monitor=TRAIN");
        assertEquals(new EarlyStopping(10, 1e-4, Monitor.TRAIN), sklearn);
        assertEquals("patience=10,min-delta=0.0001,monitor=train", sklearn.spec());
        assertEquals(sklearn, EarlyStopping.parse(sklearn.spec()));
        assertEquals(
                "patience=3", EarlyStopping.parse("monitor=test,patience=3").spec());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'' | each part is key=value",
                "min-delta=0.1 | needs patience=K",
                "patience=0 | patience: '0' is too small: at least 1",
                "patience=2.5 | patience: '2.5' is not a whole number",
                "patience=5,min-delta=-1 | min-delta is ≥ 0",
                "patience=5,min-delta=1d | min-delta: '1d' is not a number",
                "patience=5,monitor=val | monitor is test, train or batches, got 'val'",
                "patience=5,paitence=4 | unknown key 'paitence'",
                "patience=5,patience=6 | gives patience twice",
                "patience | each part is key=value"
            })
    void mistakesAreNamed(String spec, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EarlyStopping.parse(spec));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    static final TrainingData MOONS = TrainingData.prepare(Generators.moons(1000, 0.2, 0), 0.2, 0, true);

    /** The default network on 1000 moons with Adam 0.001: its test loss is least near epoch 120 and then turns up. */
    @Test
    void aMoonsRunStopsBeforeItsEpochsAndEndsWithTheBestEpochsWeights() {
        TrainingPlan plan =
                TrainingPlan.defaults().withEpochs(500).withEarlyStopping(new EarlyStopping(10, 0, Monitor.TEST));
        try (Trainer trainer = new Trainer(MOONS, plan, TrainerTest.contender("adam", 0.001))) {
            trainer.run();
            assertTrue(trainer.stoppedEarly());
            assertFalse(trainer.diverged());
            HistorySnapshot history = trainer.history().snapshot();
            double[] test = history.series(Metric.TEST_LOSS);
            int argmin = 0;
            for (int i = 1; i < test.length; i++) {
                argmin = test[i] < test[argmin] ? i : argmin;
            }
            int best = argmin + 1;
            assertEquals(best, trainer.bestEpoch());
            assertEquals(best, history.bestEpoch());
            assertEquals(best + 10, trainer.epochsDone(), "stops after patience epochs without a better test loss");
            assertEquals(trainer.epochsDone(), history.epochs(), "the history keeps every epoch run");
            assertTrue(best > 50 && best < 300, "best epoch " + best);
            assertEquals(
                    "stopped early at epoch " + (best + 10) + " (best test loss at epoch " + best
                            + ", its weights restored)",
                    trainer.status());
            Evaluation restored = trainer.network()
                    .evaluate(
                            MOONS.test().features(),
                            MOONS.test().targets(),
                            MOONS.test().sampleCount());
            assertEquals(test[argmin], restored.loss(), "the network holds the best epoch's weights, bit for bit");
            assertTrue(restored.loss() < history.last(Metric.TEST_LOSS));
        }
    }

    @Test
    void aRunWithoutEnoughPatienceToStopStillEndsWithTheBestWeights() {
        TrainingPlan plan =
                TrainingPlan.defaults().withEpochs(200).withEarlyStopping(new EarlyStopping(1000, 0, Monitor.TEST));
        try (Trainer trainer = new Trainer(MOONS, plan, TrainerTest.contender("adam", 0.001))) {
            trainer.run();
            assertFalse(trainer.stoppedEarly());
            assertEquals(200, trainer.epochsDone());
            int best = trainer.bestEpoch();
            assertTrue(best < 200, "the test loss has turned up by epoch 200: best " + best);
            assertEquals(
                    trainer.history().snapshot().value(Metric.TEST_LOSS, best - 1),
                    trainer.network()
                            .evaluate(
                                    MOONS.test().features(),
                                    MOONS.test().targets(),
                                    MOONS.test().sampleCount())
                            .loss());
            assertTrue(trainer.status().startsWith("finished 200 epochs (best test loss at epoch " + best));
        }
    }

    @Test
    void monitoringTheTrainingLossStopsAsTheRuleSaysAndKeepsTheLastWeights() {
        EarlyStopping settings = new EarlyStopping(10, 1e-4, Monitor.TRAIN);
        TrainingPlan plan = TrainingPlan.defaults().withEpochs(2000).withEarlyStopping(settings);
        try (Trainer trainer = new Trainer(MOONS, plan, TrainerTest.contender("adam", 0.001))) {
            trainer.run();
            assertTrue(trainer.stoppedEarly(), trainer.status());
            HistorySnapshot history = trainer.history().snapshot();
            int[] replayed = feed(settings, history.series(Metric.TRAIN_LOSS));
            assertEquals(trainer.epochsDone(), replayed[0], "the recorded training losses stop the rule there");
            assertEquals(replayed[1], history.bestEpoch());
            assertEquals(
                    history.last(Metric.TEST_LOSS),
                    trainer.network()
                            .evaluate(
                                    MOONS.test().features(),
                                    MOONS.test().targets(),
                                    MOONS.test().sampleCount())
                            .loss(),
                    "no weights restored");
        }
    }

    @Test
    void aComparisonsRunsSayWhyTheyStoppedAndTheirCheckpointHoldsTheBestWeights() {
        TrainingPlan plan =
                TrainingPlan.defaults().withEpochs(500).withEarlyStopping(new EarlyStopping(10, 0, Monitor.TEST));
        Comparison comparison = new Comparison(
                MOONS, plan, List.of(TrainerTest.contender("adam", 0.001), TrainerTest.contender("adam", 0.01)));
        comparison.start(Runnable::run);
        for (TrainingRun run : comparison.runs()) {
            HistorySnapshot history = run.history();
            assertEquals(TrainingState.FINISHED, run.state());
            assertTrue(history.epochs() < 500, run.message());
            assertEquals(
                    "stopped early at epoch " + history.epochs() + " (best test loss at epoch " + history.bestEpoch()
                            + ", its weights restored)",
                    run.message());
            assertArrayEquals(
                    run.trainer().network().parameters(), run.checkpoint().parameters());
        }
        assertTrue(
                comparison.runs().get(0).history().bestEpoch()
                        != comparison.runs().get(1).history().bestEpoch(),
                "each copy has its own best epoch");
    }

    @Test
    void withoutEarlyStoppingNothingChanges() {
        TrainingPlan plan = TrainerTest.SMALL.withSeed(3);
        try (Trainer plain = new Trainer(TrainerTest.MOONS, plan, TrainerTest.contender("adam", 0.01));
                Trainer patient = new Trainer(
                        TrainerTest.MOONS,
                        plan.withEarlyStopping(new EarlyStopping(1000, 0, Monitor.TRAIN)),
                        TrainerTest.contender("adam", 0.01))) {
            plain.run();
            patient.run();
            assertEquals(0, plain.history().snapshot().bestEpoch());
            assertArrayEquals(plain.network().parameters(), patient.network().parameters());
            assertTrue(Arrays.deepEquals(
                    TrainerTest.everything(plain.history().snapshot()),
                    TrainerTest.everything(patient.history().snapshot())));
        }
    }

    /**
     * monitor=batches watches what scikit-learn records per epoch: the mean of the epoch's batch losses with their
     * penalties, weighted by batch size (one short batch here), with scikit-learn's rule; it is parsed and written.
     */
    @Test
    void theBatchesMonitorWatchesTheMeanOfTheEpochsBatchLosses() {
        EarlyStopping batches = EarlyStopping.parse("patience=3,min-delta=0.001,monitor=batches");
        assertEquals(EarlyStopping.Monitor.BATCHES, batches.monitor());
        assertEquals("patience=3,min-delta=0.001,monitor=batches", batches.spec());
        assertEquals(false, batches.restoresBest(), "as scikit-learn, the last weights stay");
        TrainingPlan plan = TrainerTest.SMALL.withBatchSize(30).withEpochs(400).withEarlyStopping(batches);
        try (Trainer trainer = new Trainer(TrainerTest.MOONS, plan, TrainerTest.contender("adam", 0.01))) {
            trainer.run();
            assertTrue(trainer.stoppedEarly(), trainer.status());
        }
    }
}
