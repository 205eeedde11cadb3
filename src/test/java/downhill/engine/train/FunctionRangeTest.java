package downhill.engine.train;

import static downhill.engine.train.TrainerTest.contender;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.data.DataModel;
import downhill.engine.function.data.DataObjective;
import downhill.engine.function.data.DataObjectives;
import downhill.engine.run.MiniBatches;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The range test on a function: the race's own steps, the network test's smoothing, stop rule and suggestions. */
class FunctionRangeTest {

    /** f = λ/2·(x² + y²) with λ = 4: plain gradient descent diverges once η > 2/λ = 0.5. */
    private static final Objective BOWL = Functions.resolve("2*x^2 + 2*y^2");

    private static final double LAMBDA = 4;
    private static final Point START = new Point(1.5, 1);

    @Test
    void sgdOnABowlTurnsUpAtTwoOverLambdaStopsWhereTheRuleSaysAndSuggestsARateBelowIt() {
        int steps = 100;
        LearningRateRange.Result r =
                LearningRateRange.run(BOWL, null, START, contender("sgd", 0.1), 1e-3, 10, steps, () -> false);
        double limit = 2 / LAMBDA;
        int n = r.rates().length;
        assertTrue(r.stopped().startsWith("loss above 4× its least at step " + (n - 1)), r.stopped());
        for (int k = 0; k + 1 < n; k++) {
            // Step k multiplies the loss by (1 − ηₖλ)²: it grows exactly from the first rate past 2/λ.
            assertEquals(
                    r.rates()[k] > limit, r.losses()[k + 1] > r.losses()[k], "step " + k + " at η = " + r.rates()[k]);
        }
        // The stop, computed from the closed form f(θₖ) = f(θ₀)·Π(1 − ηⱼλ)² and the smoothing rule.
        double f = BOWL.value(START.x(), START.y());
        double average = 0;
        double least = Double.POSITIVE_INFINITY;
        int expected = -1;
        for (int k = 0; k < steps && expected < 0; k++) {
            average = 0.98 * average + 0.02 * f;
            double smoothed = average / (1 - Math.pow(0.98, k + 1));
            least = Math.min(least, smoothed);
            expected = smoothed > 4 * least ? k : -1;
            double eta = LearningRateRange.rate(1e-3, 10, steps, k);
            f *= (1 - eta * LAMBDA) * (1 - eta * LAMBDA);
        }
        assertEquals(expected, n - 1, "stopped at η = " + r.rates()[n - 1]);
        assertTrue(r.rates()[n - 1] > limit);
        // The smoothed loss lags the raw one (β = 0.98 remembers ~50 steps), so its least comes past 2/λ: fastai's
        // tenth of it is the safe one, as is the steepest fall.
        assertTrue(
                r.steepest() < limit && r.leastLoss() / 10 < limit,
                "suggested " + r.steepest() + ", least loss at " + r.leastLoss());
    }

    @Test
    void theLossesAreTheRacesRowsAtTheRatesRecorded() {
        LearningRateRange.Result r =
                LearningRateRange.run(BOWL, null, START, contender("sgd", 0.1), 1e-3, 10, 100, () -> false);
        double x = START.x();
        double y = START.y();
        for (int k = 0; k < r.rates().length; k++) {
            assertEquals(LearningRateRange.rate(1e-3, 10, 100, k), r.rates()[k], 0);
            assertEquals(BOWL.value(x, y), r.losses()[k], 0, "the loss before step " + k);
            x -= r.rates()[k] * LAMBDA * x;
            y -= r.rates()[k] * LAMBDA * y;
        }
    }

    @Test
    void onADataModelTheMiniBatchesComeFromTheSeed() {
        DataObjective model = DataObjectives.onDefaultData(DataModel.LOGISTIC_REGRESSION);
        Point from = model.start();
        LearningRateRange.Result a = LearningRateRange.run(
                model, MiniBatches.of(model, 10, 3), from, contender("momentum", 0.01), 1e-4, 100, 80, () -> false);
        LearningRateRange.Result again = LearningRateRange.run(
                model, MiniBatches.of(model, 10, 3), from, contender("momentum", 0.01), 1e-4, 100, 80, () -> false);
        LearningRateRange.Result other = LearningRateRange.run(
                model, MiniBatches.of(model, 10, 4), from, contender("momentum", 0.01), 1e-4, 100, 80, () -> false);
        assertArrayEquals(a.losses(), again.losses());
        assertEquals(a.steepest(), again.steepest());
        assertFalse(Arrays.equals(a.losses(), other.losses()), "another seed, other batches");
        assertEquals(model.value(from.x(), from.y()), a.losses()[0], 0);
    }

    @Test
    void aCancelledTestStopsBeforeTheNextStep() {
        AtomicInteger asked = new AtomicInteger();
        assertThrows(
                CancellationException.class,
                () -> LearningRateRange.run(
                        BOWL, null, START, contender("adam", 0.1), 1e-3, 10, 100, () -> asked.incrementAndGet() > 7));
        assertEquals(8, asked.get(), "asked before each of steps 0 … 7, the eighth answer ends it");
    }

    @Test
    void theNetworkTestAndTheFunctionTestShareTheStopRule() {
        // A source whose loss halves, then quadruples from step 30: the same rule stops both.
        LearningRateRange.Result r = LearningRateRange.run(
                (k, rate) -> k < 30 ? Math.pow(0.5, k) : Math.pow(0.5, 30) * Math.pow(4, k - 30),
                1e-4,
                1,
                100,
                () -> false);
        int n = r.rates().length;
        assertTrue(n > 30 && n < 100, "stopped at " + n);
        assertTrue(r.leastLoss() < r.rates()[n - 1]);
    }
}
