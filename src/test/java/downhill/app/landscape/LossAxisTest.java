package downhill.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Functions;
import downhill.engine.function.expression.ExpressionObjective;
import downhill.engine.run.Outcome;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the landscape tab's loss chart plots, and over which range. */
class LossAxisTest {

    private static PathResult path(String name, Outcome outcome, double... losses) {
        double[] zeros = new double[losses.length];
        return new PathResult(name, name, "", Trajectory.ofPoints(zeros, zeros, losses), outcome);
    }

    @Test
    void oneRunawayRunLeavesTheRangeToTheFiniteOnes() {
        PathResult calm = path("sgd", Outcome.RUNNING, 10, 1, 0.1, 0.01);
        PathResult wild = path("adam", new Outcome(Outcome.Status.DIVERGED, 4), 10, 1e6, 1e12, 1e20);
        LossAxis axis = LossAxis.of(Functions.resolve("bowl"), List.of(calm, wild), true);
        assertEquals(LossAxis.Mode.ABOVE_BEST_LOG, axis.mode());
        assertTrue(axis.hi() <= 2 && axis.lo() >= -3, axis.toString());
        assertEquals(1, axis.side(1e12), "the runaway leaves at the top");
        assertEquals(0, axis.side(0.1));
    }

    @Test
    void aRunUnboundedBelowLeavesAtTheBottomOfALinearAxis() {
        PathResult calm = path("sgd", Outcome.RUNNING, 2, 1, -3, -6);
        PathResult falling = path("momentum", new Outcome(Outcome.Status.UNBOUNDED, 4), 2, -100, -1e6, -1e12);
        LossAxis axis = LossAxis.of(Functions.resolve("saddle"), List.of(calm, falling), true);
        assertEquals(LossAxis.Mode.LINEAR_NOT_POSITIVE, axis.mode(), "a log cannot show f ≤ 0, and f* is unknown");
        assertEquals(-1, axis.side(-1e12));
        assertTrue(axis.lo() >= -10, axis.toString());
    }

    @Test
    void aTypedFunctionPlotsFItselfOnALogScaleOnlyWhileItIsPositive() {
        ExpressionObjective typed = ExpressionObjective.parse("x^2 + y^2 + 1");
        LossAxis positive = LossAxis.of(typed, List.of(path("sgd", Outcome.RUNNING, 5, 2, 1.5, 1.01)), true);
        assertEquals(LossAxis.Mode.LOSS_LOG, positive.mode(), "f* of a typed function is not known");
        assertEquals(Math.log10(2), positive.value(2), 1e-12, "it plots f, not f minus the lowest seen");
        ExpressionObjective log = ExpressionObjective.parse("log(x) + y^2");
        LossAxis negative = LossAxis.of(log, List.of(path("sgd", Outcome.RUNNING, 1, 0.2, -0.5, -2)), true);
        assertEquals(LossAxis.Mode.LINEAR_NOT_POSITIVE, negative.mode());
        assertEquals(-2, negative.value(-2), "no curve plunges to 1e-15: f is plotted as it is");
        assertEquals(
                LossAxis.Mode.LINEAR,
                LossAxis.of(log, List.of(path("sgd", Outcome.RUNNING, 1, 2)), false)
                        .mode());
    }
}
