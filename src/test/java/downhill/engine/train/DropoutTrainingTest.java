package downhill.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dropout through the trainer: reproducible from the seed, on one thread or two, and p = 0 is no dropout. */
class DropoutTrainingTest {

    private static final TrainingPlan PLAN =
            TrainerTest.SMALL.withBatchSize(100).withSeed(4);

    @Test
    void theSamePlanGivesTheSameNumbersOnOneThreadOrTwo() {
        TrainingPlan plan = PLAN.withDropout(List.of(0.3));
        try (Trainer a = new Trainer(TrainerTest.MOONS, plan, TrainerTest.contender("adam", 0.01));
                Trainer b = new Trainer(TrainerTest.MOONS, plan.withThreads(2), TrainerTest.contender("adam", 0.01));
                Trainer plain = new Trainer(TrainerTest.MOONS, PLAN, TrainerTest.contender("adam", 0.01))) {
            a.run();
            b.run();
            plain.run();
            assertArrayEquals(a.network().parameters(), b.network().parameters());
            assertTrue(Arrays.deepEquals(
                    TrainerTest.everything(a.history().snapshot()),
                    TrainerTest.everything(b.history().snapshot())));
            assertFalse(Arrays.equals(a.network().parameters(), plain.network().parameters()));
            assertArrayEquals(a.initialParameters(), plain.initialParameters(), "dropout does not move the start");
        }
    }

    @Test
    void probabilitiesOfZeroAreNoDropoutBitForBit() {
        try (Trainer zero = new Trainer(
                        TrainerTest.MOONS,
                        PLAN.withDropout(List.of(0.0, 0.0)),
                        TrainerTest.contender("momentum", 0.05));
                Trainer plain = new Trainer(TrainerTest.MOONS, PLAN, TrainerTest.contender("momentum", 0.05))) {
            zero.run();
            plain.run();
            assertArrayEquals(plain.network().parameters(), zero.network().parameters());
            assertTrue(Arrays.deepEquals(
                    TrainerTest.everything(plain.history().snapshot()),
                    TrainerTest.everything(zero.history().snapshot())));
        }
    }

    @Test
    void theListIsOneProbabilityOrOnePerHiddenLayer() {
        assertArrayEquals(
                new double[] {0.2, 0.2}, PLAN.withDropout(List.of(0.2)).dropoutRates());
        assertArrayEquals(
                new double[] {0.1, 0.5}, PLAN.withDropout(List.of(0.1, 0.5)).dropoutRates());
        assertArrayEquals(new double[] {0, 0}, PLAN.dropoutRates());
        assertThrows(IllegalArgumentException.class, () -> PLAN.withDropout(List.of(0.1, 0.2, 0.3)));
        assertThrows(IllegalArgumentException.class, () -> PLAN.withDropout(List.of(1.0)));
        assertThrows(IllegalArgumentException.class, () -> PLAN.withDropout(List.of(-0.1)));
    }
}
