package downhill.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.schedule.Constant;
import downhill.engine.schedule.Exponential;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescentTest {

    private static final Objective SADDLE = Functions.resolve("saddle");
    private static final Objective ROSENBROCK = Functions.resolve("rosenbrock");

    private static Descent sgd(Objective f, Point start, double lr, StopRule rule) {
        return new Descent(
                f, start, Optimizers.byName("sgd").create(Hyperparameters.of("lr", lr)), new Constant(), rule);
    }

    @Test
    void rowZeroIsTheStartAndEachStepIsPlainGradientDescent() {
        Descent d = sgd(ROSENBROCK, new Point(-1.5, 2), 1e-3, StopRule.DEFAULT);
        d.advance(3);
        Trajectory t = d.trajectory();
        assertEquals(4, t.size());
        assertEquals(-1.5, t.x(0));
        assertEquals(2.0, t.y(0));
        assertEquals(12.5, t.loss(0));
        for (int k = 1; k < t.size(); k++) {
            assertEquals(t.x(k - 1) - 1e-3 * t.gradX(k - 1), t.x(k), 1e-15);
            assertEquals(t.y(k - 1) - 1e-3 * t.gradY(k - 1), t.y(k), 1e-15);
            assertEquals(ROSENBROCK.value(t.x(k), t.y(k)), t.loss(k));
        }
        assertEquals(Outcome.RUNNING, d.outcome());
    }

    @Test
    void theLearningRateOfRowKIsTheScheduleAtK() {
        Descent d = new Descent(
                ROSENBROCK,
                new Point(0, 0),
                Optimizers.byName("sgd").create(Hyperparameters.of("lr", 1e-3)),
                new Exponential(0.5),
                StopRule.DEFAULT);
        d.advance(4);
        for (int k = 0; k < 5; k++) {
            assertEquals(1e-3 * Math.pow(0.5, k), d.trajectory().learningRate(k), 1e-20);
        }
        double x1 = 0 - 1e-3 * d.trajectory().gradX(0);
        assertEquals(x1, d.trajectory().x(1), 1e-18);
        double x2 = x1 - 0.5e-3 * d.trajectory().gradX(1);
        assertEquals(x2, d.trajectory().x(2), 1e-18);
    }

    @Test
    void aRunDownASaddleIsUnboundedBelowAtTheFirstStepThatLeavesTheBoundAndKeepsTheLastFinitePoint() {
        // On x² − y², SGD multiplies y by (1 + 2η) each step: from y = 1 with η = 10, |y| = 21ᵏ passes 1e6 at k = 5,
        // and the loss −y² falls all the way: not a blow-up but a slope without end.
        Descent d = sgd(SADDLE, new Point(0, 1), 10, StopRule.DEFAULT);
        d.advance(100);
        assertEquals(Outcome.Status.UNBOUNDED, d.outcome().status());
        assertEquals(5, d.outcome().step());
        assertEquals("unbounded below at step 5", d.outcome().message());
        assertTrue(d.outcome().failed() && d.outcome().runaway());
        assertEquals(5, d.trajectory().size());
        assertEquals(Math.pow(21, 4), Math.abs(d.trajectory().y(4)), 1e-6);
        assertTrue(d.stopped());
        assertFalse(d.advance());
    }

    @Test
    void anOvershootThatClimbsTheWallsIsADivergenceNotUnbounded() {
        // On x² − y² from x = 1: SGD with η = 10 multiplies x by (1 − 2η) = −19, so the loss x² climbs to the bound.
        Descent d = sgd(SADDLE, new Point(1, 0), 10, StopRule.DEFAULT);
        d.advance(100);
        assertEquals(new Outcome(Outcome.Status.DIVERGED, 5), d.outcome());
        assertEquals(5, d.trajectory().size(), "the same rows as before: only the label tells the two apart");
    }

    @Test
    void aLossOfMinusInfinityAfterAFallIsUnboundedBelow() {
        Objective cliff = new TestObjective((x, y) -> -Math.exp(x), (x, y) -> -Math.exp(x), (x, y) -> 0);
        Descent d = new Descent(
                cliff,
                new Point(0, 0),
                Optimizers.byName("sgd").create(Hyperparameters.of("lr", 100)),
                new Constant(),
                StopRule.DEFAULT);
        d.advance(20);
        assertEquals(Outcome.Status.UNBOUNDED, d.outcome().status(), d.outcome().message());
    }

    @Test
    void aNonFinitePositionIsADivergence() {
        Descent d = sgd(ROSENBROCK, new Point(-1.5, 2), 1, new StopRule(Double.MAX_VALUE, 0, true));
        d.advance(50);
        assertEquals(Outcome.Status.DIVERGED, d.outcome().status());
        Trajectory t = d.trajectory();
        for (int k = 0; k < t.size(); k++) {
            assertTrue(Double.isFinite(t.x(k)) && Double.isFinite(t.y(k)) && Double.isFinite(t.loss(k)));
        }
        assertEquals(t.size(), d.outcome().step());
    }

    @Test
    void aGradientBelowTheToleranceConvergesAndStopsWhenAsked() {
        Descent d = sgd(SADDLE, new Point(1, 0), 0.25, new StopRule(1e6, 1e-6, true));
        d.advance(1000);
        // x halves each step: |∇f| = 2|x| = 2·2⁻ᵏ < 1e-6 first at k = 21.
        assertEquals(new Outcome(Outcome.Status.CONVERGED, 21), d.outcome());
        assertEquals("converged at step 21", d.outcome().message());
        assertEquals(22, d.trajectory().size());
        assertTrue(d.stopped());
    }

    @Test
    void convergenceIsReportedButTheRunGoesOnWhenAsked() {
        Descent d = sgd(SADDLE, new Point(1, 0), 0.25, new StopRule(1e6, 1e-6, false));
        d.advance(40);
        assertEquals(new Outcome(Outcome.Status.CONVERGED, 21), d.outcome());
        assertEquals(41, d.trajectory().size());
        assertFalse(d.stopped());
    }

    @Test
    void aNonFiniteLossAtAFinitePointLeavesTheDomain() {
        Objective logOfX = new TestObjective((x, y) -> Math.log(x), (x, y) -> 1 / x, (x, y) -> 0);
        Descent d = new Descent(
                logOfX,
                new Point(0.5, 0),
                Optimizers.byName("sgd").create(Hyperparameters.of("lr", 1)),
                new Constant(),
                StopRule.DEFAULT);
        d.advance(10);
        // x = 0.5 → 0.5 − 1/0.5 = −1.5: log(−1.5) is NaN.
        assertEquals(new Outcome(Outcome.Status.LEFT_DOMAIN, 1), d.outcome());
        assertEquals("left the function's domain at step 1", d.outcome().message());
        assertEquals(1, d.trajectory().size());
    }

    @Test
    void aRaceStepsEveryContenderInLockstepAndStopsEachOnItsOwn() {
        List<Contender> contenders = List.of(
                new Contender(Optimizers.byName("sgd"), Hyperparameters.of("lr", 10), new Constant()),
                new Contender(Optimizers.byName("adam"), Hyperparameters.of("lr", 0.1), new Constant()));
        List<Descent> descents = Race.run(SADDLE, new Point(0.5, 1), contenders, StopRule.DEFAULT, 50);
        assertEquals(Outcome.Status.UNBOUNDED, descents.get(0).outcome().status());
        assertEquals(51, descents.get(1).trajectory().size());
        assertEquals(50, descents.get(1).step());
    }

    @Test
    void copiesAreIndependentOfTheLiveTrajectory() {
        Descent d = sgd(ROSENBROCK, new Point(-1.5, 2), 1e-3, StopRule.DEFAULT);
        d.advance(5);
        Trajectory copy = d.trajectory().copy(3);
        d.advance(100);
        assertEquals(3, copy.size());
        assertEquals(d.trajectory().x(2), copy.x(2));
    }
}
