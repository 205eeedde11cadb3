package downhill.engine.train;

import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.run.Contender;
import downhill.engine.run.Descent;
import downhill.engine.run.GradientSource;
import downhill.engine.run.StopRule;
import downhill.engine.run.Trajectory;
import downhill.engine.schedule.Exponential;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The learning-rate range test (Smith 2017, "Cyclical learning rates"; fastai's {@code lr_find}): from the weights
 * training would start with, one update per mini-batch while the rate grows geometrically from {@code start} to
 * {@code end} over {@code steps} updates; the batch losses smoothed by an exponential moving average (β = 0.98 with
 * bias correction, as fastai); the test stops once the smoothed loss exceeds {@value #DIVERGED} times its least value
 * or a loss is not finite. It runs on a trainer of its own, so the weights training uses are never touched. The same
 * test runs on a function from the race's start ({@link #run(Objective, GradientSource, Point, Contender, double,
 * double, int, BooleanSupplier)}): one rule, two sources of losses ({@link Steps}).
 *
 * <p>Two suggestions: the rate where the smoothed loss falls fastest against log η before its least value (the
 * steepest point, a slope over a few points so that batch noise cannot fake it, leaving out the first tenth of the
 * curve as torch-lr-finder does), and the rate of the least smoothed loss (fastai suggests a tenth of it: past that
 * point the loss turns up).
 */
public final class LearningRateRange {

    /** The smoothed loss this many times its least ends the test. */
    public static final double DIVERGED = 4;

    static final double SMOOTHING = 0.98;

    /**
     * @param rates    η of each update taken, geometric from the start
     * @param losses   each update's batch loss, before the update
     * @param smoothed the losses' bias-corrected moving average
     * @param stopped  why it ended: "end of range" or "loss above 4× its least at step k"
     * @param steepest the rate of the steepest descent of the smoothed loss, or NaN with fewer than 3 points
     * @param leastLoss the rate of the least smoothed loss
     */
    public record Result(
            double[] rates, double[] losses, double[] smoothed, String stopped, double steepest, double leastLoss) {}

    private LearningRateRange() {}

    /**
     * Where a test's losses come from: the loss before step k, after which the source takes step k at {@code rate}
     * (a network's mini-batch update, or the race's own {@link Descent} step on a function). A loss that is not
     * finite ends the test.
     */
    @FunctionalInterface
    public interface Steps {
        double lossThenStep(int k, double rate);
    }

    /** The factor between successive rates: (end/start)^(1/(steps − 1)). */
    static double growth(double start, double end, int steps) {
        return steps == 1 ? 1 : Math.pow(end / start, 1.0 / (steps - 1));
    }

    /**
     * The rate of update k of {@code steps}: start·γᵏ with γ = (end/start)^(1/(steps − 1)), bit for bit what an
     * {@link Exponential} schedule of that γ gives, so a function's descent steps at exactly the rates recorded.
     */
    public static double rate(double start, double end, int steps, int k) {
        return new Exponential(growth(start, end, steps)).rate(start, k);
    }

    public static Result run(
            TrainingData data, TrainingPlan plan, Contender contender, double start, double end, int steps) {
        return run(data, plan, contender, start, end, steps, () -> false);
    }

    /**
     * The test on a network from the weights training would start with, on a trainer of its own.
     *
     * @param cancelled asked before each step; true ends the test with a {@link CancellationException}
     */
    public static Result run(
            TrainingData data,
            TrainingPlan plan,
            Contender contender,
            double start,
            double end,
            int steps,
            BooleanSupplier cancelled) {
        check(start, end, steps);
        try (Trainer trainer = new Trainer(data, plan, contender)) {
            return run((k, rate) -> trainer.updateAt(rate), start, end, steps, cancelled);
        }
    }

    /**
     * The test on a function (or a model on data) from {@code from}: the race's own {@link Descent} of the
     * contender with the rate growing as an {@link Exponential} schedule from {@code start}; the loss before step k is
     * the objective's value at θₖ, as the race records it. Steps take the source's gradients (mini-batches, from
     * its seed), or the exact gradient when it is null.
     */
    public static Result run(
            Objective objective,
            GradientSource source,
            Point from,
            Contender contender,
            double start,
            double end,
            int steps,
            BooleanSupplier cancelled) {
        check(start, end, steps);
        Contender growing = new Contender(
                contender.type(),
                contender.hyperparameters().with(Hyperparameter.LR, start),
                new Exponential(growth(start, end, steps)));
        Descent descent = new Descent(
                objective,
                source,
                from,
                growing.newOptimizer(),
                growing.schedule(),
                StopRule.DEFAULT.continuingAfterConvergence(),
                steps);
        return run(
                (k, rate) -> {
                    Trajectory path = descent.trajectory();
                    if (path.size() <= k) {
                        // The descent stopped: diverged, or left the function's domain.
                        return Double.POSITIVE_INFINITY;
                    }
                    double loss = path.loss(k);
                    descent.advance();
                    return loss;
                },
                start,
                end,
                steps,
                cancelled);
    }

    private static void check(double start, double end, int steps) {
        if (!(start > 0) || !(end > start) || Double.isInfinite(end)) {
            throw new IllegalArgumentException(
                    "the rates must grow from a start > 0 to a finite end, got " + start + " to " + end);
        }
        if (steps < 2) {
            throw new IllegalArgumentException("the range test needs at least 2 steps, got " + steps);
        }
    }

    /**
     * The test over any source of losses: the rates, the smoothing, the stop rule and both suggestions.
     *
     * @param cancelled asked before each step; true ends the test with a {@link CancellationException}
     */
    public static Result run(Steps source, double start, double end, int steps, BooleanSupplier cancelled) {
        check(start, end, steps);
        double[] rates = new double[steps];
        double[] losses = new double[steps];
        double[] smoothed = new double[steps];
        double average = 0;
        double least = Double.POSITIVE_INFINITY;
        int taken = 0;
        String stopped = "end of range";
        for (int k = 0; k < steps; k++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("range test cancelled at step " + k);
            }
            rates[k] = rate(start, end, steps, k);
            double loss = source.lossThenStep(k, rates[k]);
            if (!Double.isFinite(loss)) {
                stopped = "loss not finite at step " + k;
                break;
            }
            average = SMOOTHING * average + (1 - SMOOTHING) * loss;
            losses[k] = loss;
            smoothed[k] = average / (1 - Math.pow(SMOOTHING, k + 1));
            taken = k + 1;
            least = Math.min(least, smoothed[k]);
            if (smoothed[k] > DIVERGED * least) {
                stopped = "loss above " + (int) DIVERGED + "× its least at step " + k;
                break;
            }
        }
        rates = Arrays.copyOf(rates, taken);
        losses = Arrays.copyOf(losses, taken);
        smoothed = Arrays.copyOf(smoothed, taken);
        int leastAt = 0;
        for (int k = 1; k < taken; k++) {
            if (smoothed[k] < smoothed[leastAt]) {
                leastAt = k;
            }
        }
        return new Result(
                rates, losses, smoothed, stopped, steepest(rates, smoothed), taken == 0 ? Double.NaN : rates[leastAt]);
    }

    /**
     * The rate where the smoothed loss falls fastest per step of log η, before its least value: the slope over
     * ±w points (w = n/20, at least 1), which a noisy batch or the moving average's first few values cannot fake,
     * leaving out the first tenth of the curve.
     */
    static double steepest(double[] rates, double[] smoothed) {
        int n = smoothed.length;
        if (n < 3) {
            return Double.NaN;
        }
        int leastAt = 0;
        for (int k = 1; k < n; k++) {
            if (smoothed[k] < smoothed[leastAt]) {
                leastAt = k;
            }
        }
        int w = Math.max(1, n / 20);
        int best = -1;
        double fastest = Double.POSITIVE_INFINITY;
        for (int k = Math.max(n / 10, w); k + w < n && k <= leastAt; k++) {
            double slope = (smoothed[k + w] - smoothed[k - w]) / (2.0 * w);
            if (slope < fastest) {
                fastest = slope;
                best = k;
            }
        }
        return best < 0 ? Double.NaN : rates[best];
    }
}
