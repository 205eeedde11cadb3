package downhill.engine.train;

import static downhill.engine.train.TrainerTest.MOONS;
import static downhill.engine.train.TrainerTest.contender;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The learning-rate range test on a real network: its rates, its stop rule, its smoothing and suggestions. */
class LearningRateRangeTest {

    private static final TrainingPlan PLAN =
            TrainingPlan.defaults().withHiddenSizes(List.of(32, 32)).withBatchSize(20);

    @Test
    void theRatesGrowGeometricallyFromStartToEnd() {
        assertEquals(1e-7, LearningRateRange.rate(1e-7, 10, 100, 0));
        assertEquals(10, LearningRateRange.rate(1e-7, 10, 100, 99), 1e-12);
        assertEquals(1e-3, LearningRateRange.rate(1e-7, 10, 9, 4), 1e-15, "the middle of 8 decades");
        for (int k = 1; k < 100; k++) {
            assertEquals(
                    Math.pow(1e8, 1 / 99.0),
                    LearningRateRange.rate(1e-7, 10, 100, k) / LearningRateRange.rate(1e-7, 10, 100, k - 1),
                    1e-12);
        }
    }

    @Test
    void adamOnMoonsStopsOnceTheLossRunsAwayAndSuggestsARateOnTheSlope() {
        LearningRateRange.Result r = LearningRateRange.run(MOONS, PLAN, contender("adam", 0.001), 1e-7, 10, 100);
        int n = r.rates().length;
        assertTrue(n < 100 && r.stopped().startsWith("loss above 4× its least at step " + (n - 1)), r.stopped());
        double least = Double.POSITIVE_INFINITY;
        double average = 0;
        for (int k = 0; k < n; k++) {
            average = 0.98 * average + (1 - 0.98) * r.losses()[k];
            assertEquals(average / (1 - Math.pow(0.98, k + 1)), r.smoothed()[k], 1e-15, "bias-corrected EMA");
            least = Math.min(least, r.smoothed()[k]);
            assertEquals(k == n - 1, r.smoothed()[k] > 4 * least, "stops at the first smoothed loss above 4× least");
        }
        assertTrue(r.steepest() > 1e-4 && r.steepest() < 0.3, "steepest descent at " + r.steepest());
        assertTrue(r.leastLoss() > r.steepest(), "the least loss comes after the steepest fall: " + r.leastLoss());
        LearningRateRange.Result again = LearningRateRange.run(MOONS, PLAN, contender("adam", 0.001), 1e-7, 10, 100);
        assertArrayEquals(r.losses(), again.losses(), "the same seed, the same test");
    }

    @Test
    void itStartsFromTheWeightsTrainingStartsFromAndLeavesThemAlone() {
        double[] before;
        try (Trainer trainer = new Trainer(MOONS, PLAN, contender("sgd", 0.1))) {
            before = trainer.initialParameters();
        }
        LearningRateRange.Result r = LearningRateRange.run(MOONS, PLAN, contender("sgd", 0.1), 1e-4, 1, 30);
        try (Trainer trainer = new Trainer(MOONS, PLAN, contender("sgd", 0.1))) {
            assertArrayEquals(before, trainer.initialParameters());
            assertEquals(trainer.updateAt(0), r.losses()[0], 0, "the first loss is the first batch's, before a step");
        }
    }

    @Test
    void badRangesAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> LearningRateRange.run(MOONS, PLAN, contender("sgd", 0.1), 0, 1, 10));
        assertThrows(
                IllegalArgumentException.class,
                () -> LearningRateRange.run(MOONS, PLAN, contender("sgd", 0.1), 1, 0.1, 10));
        assertThrows(
                IllegalArgumentException.class,
                () -> LearningRateRange.run(MOONS, PLAN, contender("sgd", 0.1), 1e-5, 1, 1));
    }
}
