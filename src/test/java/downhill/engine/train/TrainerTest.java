package downhill.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.Generators;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Evaluation;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import downhill.engine.schedule.Constant;
import downhill.engine.schedule.Schedules;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainerTest {

    static final TrainingData MOONS = TrainingData.prepare(Generators.moons(250, 0.2, 1), 0.2, 1, true);
    static final TrainingPlan SMALL = TrainingPlan.defaults()
            .withHiddenSizes(List.of(16, 16))
            .withEpochs(20)
            .withBatchSize(50);

    static Contender contender(String name, double lr) {
        return new Contender(Optimizers.byName(name), Hyperparameters.of("lr", lr), new Constant());
    }

    static double[][] everything(HistorySnapshot h) {
        double[][] all = new double[Metric.values().length + 1][];
        for (Metric m : Metric.values()) {
            all[m.ordinal()] = h.series(m);
        }
        double[] norms = new double[h.epochs() * h.layerCount()];
        for (int i = 0; i < h.epochs(); i++) {
            for (int l = 0; l < h.layerCount(); l++) {
                norms[i * h.layerCount() + l] = h.gradientNorm(i, l);
            }
        }
        all[Metric.values().length] = norms;
        return all;
    }

    @Test
    void sameSeedSameNumbersBitForBit() {
        // Batches of 100 are computed in two halves: one thread does both, two threads one each, same bits.
        TrainingPlan plan = SMALL.withBatchSize(100).withSeed(4);
        try (Trainer a = new Trainer(MOONS, plan, contender("adam", 0.01));
                Trainer b = new Trainer(MOONS, plan, contender("adam", 0.01));
                Trainer c = new Trainer(MOONS, plan.withThreads(2), contender("adam", 0.01))) {
            a.run();
            b.run();
            c.run();
            assertArrayEquals(a.network().parameters(), b.network().parameters());
            assertArrayEquals(a.network().parameters(), c.network().parameters());
            assertTrue(Arrays.deepEquals(
                    everything(a.history().snapshot()), everything(b.history().snapshot())));
            assertTrue(Arrays.deepEquals(
                    everything(a.history().snapshot()), everything(c.history().snapshot())));
        }
        try (Trainer a = new Trainer(MOONS, SMALL.withSeed(1), contender("sgd", 0.1));
                Trainer b = new Trainer(MOONS, SMALL.withSeed(2), contender("sgd", 0.1))) {
            assertFalse(Arrays.equals(a.initialParameters(), b.initialParameters()));
        }
    }

    @Test
    void batchModes() {
        int n = MOONS.train().sampleCount();
        try (Trainer stochastic = new Trainer(MOONS, SMALL.withBatchSize(1), contender("sgd", 0.01));
                Trainer mini = new Trainer(MOONS, SMALL.withBatchSize(64), contender("sgd", 0.01));
                Trainer batch =
                        new Trainer(MOONS, SMALL.withBatchSize(TrainingPlan.FULL_BATCH), contender("sgd", 0.01))) {
            assertEquals(n, stochastic.updatesPerEpoch());
            assertEquals((n + 63) / 64, mini.updatesPerEpoch());
            assertEquals(1, batch.updatesPerEpoch());
            assertEquals(n, batch.batchSize());
            stochastic.runEpoch();
            batch.runEpoch();
            assertEquals(n, stochastic.optimizer().stepCount());
            assertEquals(1, batch.optimizer().stepCount());
        }
    }

    @Test
    void withoutShufflingEveryEpochTakesTheSamplesInTheirOrder() {
        try (Trainer trainer = new Trainer(MOONS, SMALL.withShuffle(false), contender("sgd", 0.01))) {
            trainer.runEpoch();
            trainer.runEpoch();
            int[] order = trainer.batchOrder();
            for (int i = 0; i < order.length; i++) {
                assertEquals(i, order[i]);
            }
        }
    }

    @Test
    void eachEpochReshufflesEveryTrainingSampleOnce() {
        try (Trainer trainer = new Trainer(MOONS, SMALL, contender("sgd", 0.01))) {
            trainer.runEpoch();
            int[] first = trainer.batchOrder();
            trainer.runEpoch();
            int[] second = trainer.batchOrder();
            assertFalse(Arrays.equals(first, second));
            int[] sorted = second.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < sorted.length; i++) {
                assertEquals(i, sorted[i]);
            }
        }
    }

    @Test
    void scheduleStepsPerEpochOrPerUpdate() {
        Contender stepDecay = new Contender(
                Optimizers.byName("sgd"), Hyperparameters.of("lr", 0.1), Schedules.parse("step:every=4,gamma=0.5"));
        try (Trainer perEpoch = new Trainer(MOONS, SMALL.withEpochs(9), stepDecay);
                Trainer perUpdate =
                        new Trainer(MOONS, SMALL.withEpochs(3).withScheduleClock(ScheduleClock.UPDATE), stepDecay)) {
            perEpoch.run();
            perUpdate.run();
            // 200 training samples in batches of 50: 4 updates per epoch; the lr recorded is the epoch's last.
            assertArrayEquals(
                    new double[] {0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.025},
                    perEpoch.history().snapshot().series(Metric.LEARNING_RATE));
            assertArrayEquals(
                    new double[] {0.1, 0.05, 0.025},
                    perUpdate.history().snapshot().series(Metric.LEARNING_RATE));
        }
    }

    @Test
    void trainLossIncludesThePenaltyAndTestLossDoesNot() {
        try (Trainer trainer = new Trainer(MOONS, SMALL.withEpochs(2).withL2(0.01), contender("adam", 0.01))) {
            trainer.run();
            HistorySnapshot h = trainer.history().snapshot();
            Evaluation train = trainer.network()
                    .evaluate(
                            MOONS.train().features(),
                            MOONS.train().targets(),
                            MOONS.train().sampleCount());
            Evaluation test = trainer.network()
                    .evaluate(
                            MOONS.test().features(),
                            MOONS.test().targets(),
                            MOONS.test().sampleCount());
            double penalty = trainer.network().penalty(0.01);
            assertTrue(penalty > 0);
            assertEquals(train.loss() + penalty, h.last(Metric.TRAIN_LOSS));
            assertEquals(test.loss(), h.last(Metric.TEST_LOSS));
            assertEquals(test.accuracy(), h.last(Metric.TEST_ACCURACY));
        }
    }

    @Test
    void regressionLearnsTheSineAndHasNoAccuracy() {
        TrainingData sine = TrainingData.prepare(Generators.sine(300, 0.05, 2), 0.2, 2, true);
        TrainingPlan plan = SMALL.withHiddenSizes(List.of(32))
                .withActivation(Activation.TANH)
                .withEpochs(200)
                .withBatchSize(32);
        try (Trainer trainer = new Trainer(sine, plan, contender("adam", 0.01))) {
            trainer.run();
            HistorySnapshot h = trainer.history().snapshot();
            assertTrue(Double.isNaN(h.last(Metric.TEST_ACCURACY)));
            assertTrue(h.last(Metric.TEST_LOSS) < 0.01, "test MSE " + h.last(Metric.TEST_LOSS));
        }
    }

    @Test
    void divergenceStopsWithTheEpoch() {
        TrainingData sine = TrainingData.prepare(Generators.sine(100, 0.05, 2), 0.2, 2, true);
        try (Trainer trainer = new Trainer(sine, SMALL.withActivation(Activation.LINEAR), contender("sgd", 50))) {
            trainer.run();
            assertTrue(trainer.diverged());
            int k = trainer.divergedAtEpoch();
            assertEquals("diverged at epoch " + k, trainer.status());
            assertEquals(k - 1, trainer.history().size(), "the diverging epoch is not recorded");
            assertFalse(trainer.runEpoch());
        }
    }

    @Test
    void parametersAreRecordedWhenAsked() {
        try (Trainer trainer =
                new Trainer(MOONS, SMALL.withEpochs(3).withRecordParameters(true), contender("sgd", 0.1))) {
            trainer.run();
            HistorySnapshot h = trainer.history().snapshot();
            assertArrayEquals(trainer.network().parameters(), h.parameters(2));
            assertFalse(Arrays.equals(h.parameters(0), h.parameters(1)));
        }
        try (Trainer trainer = new Trainer(MOONS, SMALL.withEpochs(1), contender("sgd", 0.1))) {
            trainer.run();
            assertThrows(
                    IllegalStateException.class,
                    () -> trainer.history().snapshot().parameters(0));
        }
    }

    @Test
    void longRunsKeepAboutAHundredParameterVectorsEvenlySpacedAndTheLast() {
        try (Trainer trainer =
                new Trainer(MOONS, SMALL.withEpochs(250).withRecordParameters(true), contender("sgd", 0.1))) {
            trainer.run();
            HistorySnapshot h = trainer.history().snapshot();
            List<Integer> epochs = h.keptParameters().stream()
                    .map(HistorySnapshot.KeptParameters::epoch)
                    .toList();
            assertEquals(84, epochs.size(), "every 3rd of 250 epochs, and the last");
            assertEquals(3, epochs.get(0));
            assertEquals(249, epochs.get(epochs.size() - 2));
            assertEquals(250, epochs.get(epochs.size() - 1));
            assertArrayEquals(trainer.network().parameters(), h.parameters(249), "the final weights are kept");
            assertTrue(h.hasParameters(2));
            assertFalse(h.hasParameters(3));
            IllegalStateException notKept = assertThrows(IllegalStateException.class, () -> h.parameters(3));
            assertTrue(notKept.getMessage().contains("epoch 4"), notKept.getMessage());
        }
        for (int planned : new int[] {1, 99, 100, 101, 500, 5000, 12345}) {
            int kept = 0;
            for (int epoch = 1; epoch <= planned; epoch++) {
                kept += TrainingHistory.keepsParameters(epoch, planned) ? 1 : 0;
            }
            assertTrue(
                    kept >= Math.min(planned, TrainingHistory.PARAMETER_SNAPSHOTS / 2)
                            && kept <= TrainingHistory.PARAMETER_SNAPSHOTS + 1,
                    planned + " epochs keep " + kept);
            assertTrue(TrainingHistory.keepsParameters(planned, planned));
        }
    }

    @Test
    void historyKeepsTenThousandEpochsInPrimitiveArrays() {
        TrainingHistory history = new TrainingHistory(16, 3, false);
        double[] metrics = new double[Metric.values().length];
        double[] norms = new double[3];
        HistorySnapshot early = null;
        for (int i = 0; i < 10_000; i++) {
            metrics[0] = i;
            norms[2] = -i;
            history.append(metrics, norms, null);
            if (i == 9) {
                early = history.snapshot();
            }
        }
        assertEquals(10, early.epochs(), "a snapshot does not grow");
        HistorySnapshot all = history.snapshot();
        assertEquals(10_000, all.epochs());
        assertEquals(9_999, all.last(Metric.TRAIN_LOSS));
        assertEquals(-5_000, all.gradientNorm(5_000, 2));
    }
}
