package downhill.engine.train;

import static downhill.engine.train.TrainerTest.MOONS;
import static downhill.engine.train.TrainerTest.SMALL;
import static downhill.engine.train.TrainerTest.contender;
import static downhill.engine.train.TrainerTest.everything;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.Generators;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Network;
import downhill.engine.run.Contender;
import downhill.testing.Poll;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final List<Contender> THREE =
            List.of(contender("sgd", 0.1), contender("momentum", 0.05), contender("adam", 0.01));

    @Test
    void copiesStartEqualAndSeeTheSameBatches() {
        Comparison comparison = new Comparison(MOONS, SMALL, THREE);
        List<TrainingRun> runs = comparison.runs();
        assertEquals(
                List.of("sgd", "momentum", "adam"),
                runs.stream().map(TrainingRun::name).toList());
        for (TrainingRun run : runs) {
            assertArrayEquals(runs.get(0).initialParameters(), run.initialParameters());
        }
        for (int epoch = 0; epoch < 3; epoch++) {
            for (TrainingRun run : runs) {
                run.trainer().runEpoch();
            }
            for (TrainingRun run : runs) {
                assertArrayEquals(
                        runs.get(0).trainer().batchOrder(), run.trainer().batchOrder(), "epoch " + epoch);
            }
        }
        assertFalse(
                Arrays.equals(
                        runs.get(0).trainer().network().parameters(),
                        runs.get(2).trainer().network().parameters()),
                "the optimizers do differ");
    }

    @Test
    void boundedConcurrencyComputesOneEpochAtATimeAndGivesTheSameNumbers() throws InterruptedException {
        TrainingPlan plan = SMALL.withEpochs(12);
        Comparison free = new Comparison(MOONS, plan, THREE);
        free.start(Runnable::run);
        assertEquals(1, mostEpochsAtOnce(THREE, plan, 1, 0), "one permit: never two epochs at once");
        Comparison bounded = new Comparison(MOONS, plan, THREE);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        bounded.start(pool, 1);
        assertTrue(bounded.await(60, TimeUnit.SECONDS));
        pool.shutdownNow();
        for (int i = 0; i < THREE.size(); i++) {
            assertEquals(TrainingState.FINISHED, bounded.runs().get(i).state());
            assertArrayEquals(
                    free.runs().get(i).trainer().network().parameters(),
                    bounded.runs().get(i).trainer().network().parameters(),
                    "the same numbers, bit for bit");
        }
    }

    @Test
    void sixCopiesWithTwoPermitsComputeExactlyTwoEpochsAtOnce() throws InterruptedException {
        // The window's case: six optimizers, one core left free. The first two copies meet inside their first
        // epoch (so two at once do happen); a third never joins them.
        List<Contender> six = List.of(
                contender("sgd", 0.1),
                contender("momentum", 0.05),
                contender("adam", 0.01),
                contender("rmsprop", 0.01),
                contender("adamw", 0.01),
                contender("nadam", 0.01));
        assertEquals(2, mostEpochsAtOnce(six, SMALL.withEpochs(6), 2, 2));
    }

    @Test
    void withoutABoundTheCopiesDoComputeAtOnce() throws InterruptedException {
        assertEquals(
                3,
                mostEpochsAtOnce(THREE, SMALL.withEpochs(12), 3, 3),
                "the measurement sees overlap when nothing bounds it");
    }

    /**
     * Trains the copies, each on a thread of its own, and returns the most epochs (with their callback) seen at
     * once. With {@code meet > 0}, the first {@code meet} copies to finish their first epoch wait there for each
     * other (inside their permits), so that overlap which the bound allows surely happens; no waiting on time.
     */
    private static int mostEpochsAtOnce(List<Contender> contenders, TrainingPlan plan, int concurrency, int meet)
            throws InterruptedException {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch meeting = new CountDownLatch(meet);
        Comparison comparison = new Comparison(MOONS, plan, contenders, new TrainingListener() {
            @Override
            public void epochCompleted(TrainingRun run, int epoch) {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                if (epoch == 1 && meeting.getCount() > 0) {
                    meeting.countDown();
                    try {
                        meeting.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                inside.decrementAndGet();
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
        comparison.start(pool, concurrency);
        assertTrue(comparison.await(120, TimeUnit.SECONDS));
        pool.shutdownNow();
        return most.get();
    }

    @Test
    void aUiCanPredictFromRecordedParameters() {
        Comparison comparison =
                new Comparison(MOONS, SMALL.withEpochs(3).withRecordParameters(true), List.of(contender("adam", 0.01)));
        comparison.start(Runnable::run);
        TrainingRun run = comparison.runs().get(0);
        double[] viaUi = new double[MOONS.test().sampleCount()];
        double[] direct = new double[viaUi.length];
        try (Network ui = new Network(run.architecture())) {
            ui.setParameters(run.history().parameters(2));
            ui.predict(MOONS.test().features(), viaUi.length, viaUi);
        }
        run.trainer().network().predict(MOONS.test().features(), direct.length, direct);
        assertArrayEquals(direct, viaUi);
        assertArrayEquals(run.history().parameters(2), run.latestParameters(), "the newest weights, unrecorded too");
        assertTrue(run.trainingSeconds() > 0);
        for (double p : viaUi) {
            assertTrue(p > 0 && p < 1, "a probability: " + p);
        }
    }

    @Test
    void parallelCopiesGiveTheNumbersOfCopiesTrainedAlone() throws InterruptedException {
        Comparison inline = new Comparison(MOONS, SMALL, THREE);
        inline.start(Runnable::run);
        assertTrue(inline.isDone());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Comparison parallel = new Comparison(MOONS, SMALL, THREE);
            parallel.start(pool);
            assertTrue(parallel.await(60, TimeUnit.SECONDS));
            for (int i = 0; i < THREE.size(); i++) {
                assertEquals(TrainingState.FINISHED, parallel.runs().get(i).state());
                assertTrue(
                        Arrays.deepEquals(
                                everything(inline.runs().get(i).history()),
                                everything(parallel.runs().get(i).history())),
                        THREE.get(i).type().name());
            }
        } finally {
            pool.shutdownNow();
        }
        try (Trainer alone = new Trainer(MOONS, SMALL, THREE.get(2))) {
            alone.run();
            assertTrue(Arrays.deepEquals(
                    everything(alone.history().snapshot()),
                    everything(inline.runs().get(2).history())));
        }
    }

    @Test
    void aDivergingCopyStopsAloneAndTheOthersGoOn() {
        TrainingData sine = TrainingData.prepare(Generators.sine(100, 0.05, 2), 0.2, 2, true);
        Comparison comparison = new Comparison(
                sine,
                SMALL.withActivation(Activation.LINEAR),
                List.of(contender("sgd", 0.01), contender("sgd", 50), contender("adam", 0.01)));
        comparison.start(Runnable::run);
        List<TrainingRun> runs = comparison.runs();
        assertEquals(
                List.of("sgd", "sgd (2)", "adam"),
                runs.stream().map(TrainingRun::name).toList());
        assertEquals(TrainingState.DIVERGED, runs.get(1).state());
        assertTrue(
                runs.get(1).message().matches("diverged at epoch \\d+"),
                runs.get(1).message());
        assertEquals(TrainingState.FINISHED, runs.get(0).state());
        assertEquals(TrainingState.FINISHED, runs.get(2).state());
        assertEquals(SMALL.epochs(), runs.get(2).history().epochs());
    }

    @Test
    void pauseResumeAndStop() throws InterruptedException {
        TrainingPlan plan = SMALL.withEpochs(200);
        CountDownLatch reachedFive = new CountDownLatch(1);
        AtomicInteger ends = new AtomicInteger();
        List<Contender> two = List.of(contender("sgd", 0.1), contender("adam", 0.01));
        Comparison[] holder = new Comparison[1];
        TrainingListener listener = new TrainingListener() {
            @Override
            public void epochCompleted(TrainingRun run, int epoch) {
                if (run.name().equals("sgd") && epoch == 5) {
                    run.pause();
                    holder[0].runs().get(1).stop();
                    reachedFive.countDown();
                }
            }

            @Override
            public void ended(TrainingRun run) {
                ends.incrementAndGet();
            }
        };
        Comparison comparison = new Comparison(MOONS, plan, two, listener);
        holder[0] = comparison;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            comparison.start(pool);
            assertTrue(reachedFive.await(60, TimeUnit.SECONDS));
            TrainingRun sgd = comparison.runs().get(0);
            TrainingRun adam = comparison.runs().get(1);
            // PAUSED is set inside the wait that blocks the run: from then on no epoch can start until resume().
            Poll.until(() -> sgd.state() == TrainingState.PAUSED && adam.state().isFinal(), "sgd paused, adam ended");
            assertEquals(5, sgd.history().epochs());
            assertEquals(TrainingState.STOPPED, adam.state());
            assertTrue(adam.message().startsWith("stopped after epoch "), adam.message());
            assertFalse(comparison.isDone());
            sgd.resume();
            assertTrue(comparison.await(60, TimeUnit.SECONDS));
            assertEquals(TrainingState.FINISHED, sgd.state());
            assertEquals(200, sgd.history().epochs());
            assertEquals(2, ends.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void snapshotsCanBeReadWhileTraining() throws InterruptedException {
        Comparison comparison = new Comparison(MOONS, SMALL.withEpochs(300), List.of(contender("adam", 0.01)));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            comparison.start(pool);
            TrainingRun run = comparison.runs().get(0);
            int seen = 0;
            while (!comparison.isDone()) {
                HistorySnapshot snapshot = run.history();
                assertTrue(snapshot.epochs() >= seen);
                for (int i = 0; i < snapshot.epochs(); i++) {
                    assertTrue(snapshot.value(Metric.TRAIN_LOSS, i) > 0, "record " + i + " is complete");
                    assertEquals(0.01, snapshot.value(Metric.LEARNING_RATE, i));
                }
                seen = snapshot.epochs();
            }
            assertEquals(300, run.history().epochs());
        } finally {
            pool.shutdownNow();
        }
    }
}
