package downhill.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.Heap;
import downhill.engine.function.Functions;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.schedule.Schedules;
import org.junit.jupiter.api.Test;

/** A trajectory keeps at most its capacity of rows: the recent ones exact, the older ones thinned. */
class TrajectoryBoundTest {

    /** Capacity rows of 6 doubles and a step index (52 bytes): 5.2 MB, with room for the JVM's noise. */
    static final long BOUND = 12L << 20;

    private static Trajectory filled(int steps, int capacity) {
        Trajectory t = new Trajectory(16, capacity);
        for (int k = 0; k < steps; k++) {
            t.append(k, 1000 - k, k * 0.5, 1, 2, 0.1);
        }
        return t;
    }

    @Test
    void beyondItsCapacityTheOlderRowsAreThinnedAndTheRecentOnesStayExact() {
        Trajectory t = filled(1000, 16);
        assertEquals(1000, t.size(), "every step can still be asked for");
        assertTrue(t.retainedRows() <= 16, t.retainedRows() + " rows");
        assertEquals(0, t.x(0), "the start stays");
        assertEquals(999, t.x(999), "the last stays");
        for (int k = 1000 - 8; k < 1000; k++) {
            assertEquals(k, t.x(k), "the newest half of the capacity is exact");
            assertEquals(1000 - k, t.y(k));
            assertEquals(k * 0.5, t.loss(k));
        }
        double previous = 0;
        for (int k = 0; k < 1000; k++) {
            double kept = t.x(k);
            assertTrue(kept <= k && kept >= previous, "step " + k + " reads the nearest earlier kept step, " + kept);
            assertEquals(1000 - kept, t.y(k), "one row's columns stay together");
            previous = kept;
        }
        Trajectory copy = t.copy(500);
        assertEquals(500, copy.size());
        assertEquals(t.x(499), copy.x(499));
    }

    @Test
    void upToTheCapacityEveryRowIsKept() {
        Trajectory t = filled(Trajectory.CAPACITY, Trajectory.CAPACITY);
        assertEquals(Trajectory.CAPACITY, t.retainedRows());
        for (int k = 0; k < Trajectory.CAPACITY; k += 997) {
            assertEquals(k, t.x(k));
        }
    }

    /**
     * A million steps: the trajectory keeps 100,000 rows (5.2 MB) where an unbounded one needs 52 MB, which the
     * second half of the test checks by filling a trajectory with no cap: it exceeds the same bound.
     */
    @Test
    void aMillionStepsStayUnderTheBound() {
        int steps = 1_000_000;
        long before = Heap.retainedBytes();
        Descent descent = new Descent(Functions.builtin("bowl").orElseThrow(), new Point(1.5, 1),
                Optimizers.byName("sgd").create(Hyperparameters.of("lr", 1e-8)), Schedules.parse("constant"),
                StopRule.DEFAULT.continuingAfterConvergence(), steps);
        descent.advance(steps);
        long bounded = Heap.retainedBytes() - before;
        Trajectory t = descent.trajectory();
        assertEquals(steps + 1, t.size(), descent.outcome().message());
        assertTrue(t.retainedRows() <= Trajectory.CAPACITY && t.retainedRows() > Trajectory.CAPACITY / 2,
                t.retainedRows() + " rows");
        assertTrue(bounded < BOUND, "a million steps retain " + Heap.megabytes(bounded));

        before = Heap.retainedBytes();
        Trajectory unbounded = filled(steps + 1, Integer.MAX_VALUE);
        long without = Heap.retainedBytes() - before;
        assertEquals(steps + 1, unbounded.retainedRows());
        assertTrue(without > BOUND, "without the cap: " + Heap.megabytes(without));
        System.out.println("1,000,000 2-D steps: trajectory retains " + Heap.megabytes(bounded) + " (without the cap "
                + Heap.megabytes(without) + ")");
    }
}
