package downhill.engine.run;

import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.schedule.Schedule;

/**
 * One optimizer descending one objective from a start, step by step, recording its {@link Trajectory}.
 *
 * <p>Step k moves θₖ₋₁ to θₖ with rate ηₖ₋₁ = schedule(k − 1). A position that is not finite or lies farther than
 * the stop rule's bound from the origin ends the descent with {@code diverged at step k} and is not recorded, and so
 * does a loss that overflows to +∞. If the loss was still falling there, below zero and below where it started (a
 * saddle, a function with no minimum), the same stop is {@code unbounded below at step k} instead; so is a loss of
 * −∞ at a finite position after a falling step. A finite position where the loss is NaN, or −∞ without a fall, or
 * the gradient is not finite (log of a negative number, a division by zero), ends it with
 * {@code left the function's domain at step k}. Only the label differs: every stop keeps the same rows.
 *
 * <p>With a {@link GradientSource} (mini-batches, gradient noise) each step takes the source's gradient, which the
 * row records; the loss column stays the objective's full value, and convergence is judged on its exact gradient.
 */
public final class Descent {

    private final Objective objective;
    private final Optimizer optimizer;
    private final Schedule schedule;
    private final StopRule rule;
    private final Trajectory trajectory;
    /** Null: every step takes the objective's exact gradient. */
    private final GradientSource source;

    private final double[] parameters = new double[2];
    private final double[] gradient = new double[2];
    private final double boundSquared;
    private final double toleranceSquared;
    private int step;
    private Outcome outcome = Outcome.RUNNING;
    private boolean stopped;

    public Descent(Objective objective, Point start, Optimizer optimizer, Schedule schedule, StopRule rule) {
        this(objective, start, optimizer, schedule, rule, 0);
    }

    public Descent(
            Objective objective,
            Point start,
            Optimizer optimizer,
            Schedule schedule,
            StopRule rule,
            int expectedSteps) {
        this(objective, null, start, optimizer, schedule, rule, expectedSteps);
    }

    /** A descent whose steps take their gradients from {@code source} (null: the objective's exact gradient). */
    public Descent(
            Objective objective,
            GradientSource source,
            Point start,
            Optimizer optimizer,
            Schedule schedule,
            StopRule rule,
            int expectedSteps) {
        this.objective = objective;
        this.source = source;
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.rule = rule;
        this.boundSquared = rule.bound() * rule.bound();
        this.toleranceSquared = rule.tolerance() * rule.tolerance();
        this.trajectory = new Trajectory(expectedSteps + 1);
        optimizer.reset();
        if (source != null) {
            source.reset();
        }
        parameters[0] = start.x();
        parameters[1] = start.y();
        record();
        if (trajectory.size() == 0) {
            // Not even row 0: a race from here has nothing to show, and saying so beats an empty trajectory.
            throw new IllegalArgumentException(Objective.outsideDomain(start));
        }
    }

    /** Takes one step; returns false, doing nothing, once the descent has stopped. */
    public boolean advance() {
        if (stopped) {
            return false;
        }
        optimizer.step(parameters, gradient, trajectory.learningRate(step));
        step++;
        record();
        return !stopped;
    }

    /** Takes up to {@code steps} steps, fewer if it stops. */
    public void advance(int steps) {
        for (int i = 0; i < steps && advance(); i++) {
            // each advance records its row
        }
    }

    private void record() {
        double x = parameters[0];
        double y = parameters[1];
        if (!Double.isFinite(x) || !Double.isFinite(y) || beyondBound(x, y)) {
            stop(fallingWithoutBound() ? Outcome.Status.UNBOUNDED : Outcome.Status.DIVERGED);
            return;
        }
        double loss = objective.valueAndGradient(x, y, gradient);
        if (loss == Double.POSITIVE_INFINITY) {
            stop(Outcome.Status.DIVERGED);
            return;
        }
        if (loss == Double.NEGATIVE_INFINITY && fallingWithoutBound()) {
            stop(Outcome.Status.UNBOUNDED);
            return;
        }
        if (!Double.isFinite(loss) || !Double.isFinite(gradient[0]) || !Double.isFinite(gradient[1])) {
            stop(Outcome.Status.LEFT_DOMAIN);
            return;
        }
        double exactSquared = gradient[0] * gradient[0] + gradient[1] * gradient[1];
        if (source != null) {
            source.gradient(step, x, y, gradient);
            if (!Double.isFinite(gradient[0]) || !Double.isFinite(gradient[1])) {
                stop(Outcome.Status.LEFT_DOMAIN);
                return;
            }
        }
        trajectory.append(x, y, loss, gradient[0], gradient[1], schedule.rate(optimizer.learningRate(), step));
        if (outcome.status() == Outcome.Status.RUNNING && below(exactSquared)) {
            outcome = new Outcome(Outcome.Status.CONVERGED, step);
            stopped = rule.stopWhenConverged();
        }
    }

    /**
     * Whether (x, y) lies farther than the bound from the origin. Squares, not Math.hypot, whose exact rounding costs
     * a third of a step: x² + y² overflows to +∞ only far past any bound whose square is finite.
     */
    private boolean beyondBound(double x, double y) {
        return boundSquared < Double.POSITIVE_INFINITY ? x * x + y * y > boundSquared : Math.hypot(x, y) > rule.bound();
    }

    /**
     * Whether |∇f| (given as its square) is below the tolerance; a tolerance whose square underflows to 0 is compared
     * as a norm, so that a tiny tolerance still means what it says.
     */
    private boolean below(double squaredNorm) {
        return toleranceSquared > 0
                ? squaredNorm < toleranceSquared
                : Math.sqrt(squaredNorm) < rule.tolerance() || squaredNorm == 0 && rule.tolerance() > 0;
    }

    /** Whether the recorded loss fell at the last step, below zero and below the start: a run down a slope for ever. */
    private boolean fallingWithoutBound() {
        int n = trajectory.size();
        if (n < 2) {
            return false;
        }
        double last = trajectory.loss(n - 1);
        return last < 0 && last < trajectory.loss(n - 2) && last < trajectory.loss(0);
    }

    private void stop(Outcome.Status status) {
        outcome = new Outcome(status, step);
        stopped = true;
    }

    public boolean stopped() {
        return stopped;
    }

    /** Steps taken so far. */
    public int step() {
        return step;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    /** The live trajectory; hand {@code trajectory().copy(n)} to other threads. */
    public Trajectory trajectory() {
        return trajectory;
    }
}
