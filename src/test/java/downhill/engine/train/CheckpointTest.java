package downhill.engine.train;

import static downhill.engine.train.TrainerTest.MOONS;
import static downhill.engine.train.TrainerTest.SMALL;
import static downhill.engine.train.TrainerTest.contender;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import downhill.engine.optimizer.Optimizer;
import downhill.engine.optimizer.OptimizerState;
import downhill.engine.run.Contender;
import downhill.engine.schedule.Exponential;
import downhill.testing.Poll;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A run's checkpoint: its weights, and where its optimizer stands once asked, so its next update can be shown. */
class CheckpointTest {

    @Test
    void beforeTrainingItIsTheUntrainedNetworkAndAFreshOptimizer() {
        TrainingRun run = new Comparison(MOONS, SMALL, List.of(contender("adam", 0.01)))
                .runs()
                .get(0);
        Checkpoint start = run.checkpoint();
        assertEquals(0, start.epochs());
        assertArrayEquals(run.initialParameters(), start.parameters());
        assertSame(OptimizerState.FRESH, start.optimizer());
        assertEquals(0.01, start.nextRate());
    }

    @Test
    void aFinishedRunAddsItsOptimizerWhenAskedAndItIsTheTrainersOwn() {
        Contender decaying = new Contender(
                contender("adam", 0.01).type(), contender("adam", 0.01).hyperparameters(), new Exponential(0.5));
        Comparison comparison =
                new Comparison(MOONS, SMALL.withEpochs(3).withScheduleClock(ScheduleClock.EPOCH), List.of(decaying));
        comparison.start(Runnable::run);
        TrainingRun run = comparison.runs().get(0);
        assertNull(run.checkpoint().optimizer(), "not kept unless asked: the copies cost memory");
        run.keepOptimizerState();
        Checkpoint done = run.checkpoint();
        Optimizer trainers = run.trainer().optimizer();
        assertEquals(3, done.epochs());
        assertArrayEquals(run.latestParameters(), done.parameters());
        assertEquals(trainers.stepCount(), done.optimizer().steps());
        assertStatesEqual(trainers.state(), done.optimizer().values());
        assertEquals(0.01 * 0.5 * 0.5 * 0.5, done.nextRate(), 1e-18, "the schedule's rate for epoch t = 3");
    }

    @Test
    void aPausedRunAddsItsOptimizerAtOnceAndARunningOneKeepsItFromThenOn() throws InterruptedException {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Comparison comparison = new Comparison(
                    MOONS, SMALL.withEpochs(4), List.of(contender("momentum", 0.05)), new TrainingListener() {
                        @Override
                        public void epochCompleted(TrainingRun run, int epoch) {
                            if (epoch == 2) {
                                run.pause();
                            }
                        }
                    });
            comparison.start(thread);
            TrainingRun run = comparison.runs().get(0);
            Poll.until(() -> run.state() == TrainingState.PAUSED, "paused after epoch 2");
            assertEquals(2, run.checkpoint().epochs());
            assertNull(run.checkpoint().optimizer());
            run.keepOptimizerState();
            Poll.until(() -> run.checkpoint().optimizer() != null, "the paused run adds the optimizer's state");
            assertEquals(2, run.checkpoint().epochs(), "still the same epoch");
            assertEquals(
                    2L * run.trainer().updatesPerEpoch(),
                    run.checkpoint().optimizer().steps());
            run.resume();
            comparison.await(60, TimeUnit.SECONDS);
            assertEquals(4, run.checkpoint().epochs());
            assertNotNull(run.checkpoint().optimizer(), "kept every epoch once asked");
            assertStatesEqual(
                    run.trainer().optimizer().state(),
                    run.checkpoint().optimizer().values());
        } finally {
            thread.shutdownNow();
        }
    }

    private static void assertStatesEqual(Map<String, double[]> expected, Map<String, double[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((key, value) -> assertArrayEquals(value, actual.get(key), 0, key));
    }
}
