package downhill.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.Heap;
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
     * A million steps: the trajectory keeps at most 100,000 rows (5.2 MB) where an unbounded one needs 52 MB (80 MB
     * as measured: array doubling and G1's humongous regions), which the second run checks. Measured in child JVMs
     * (see {@link Heap#runInChildJvm}).
     */
    @Test
    void aMillionStepsStayUnderTheBound() {
        long[] capped = soak("capped");
        assertEquals(TrajectorySoak.STEPS + 1, capped[1], "every step can be asked for");
        assertTrue(capped[2] <= Trajectory.CAPACITY && capped[2] > Trajectory.CAPACITY / 2, capped[2] + " rows");
        assertTrue(capped[0] < BOUND, "a million steps retain " + Heap.megabytes(capped[0]));
        long[] uncapped = soak("uncapped");
        assertEquals(TrajectorySoak.STEPS + 1, uncapped[2]);
        assertTrue(uncapped[0] > BOUND, "without the cap: " + Heap.megabytes(uncapped[0]));
        System.out.println("1,000,000 2-D steps: trajectory retains " + Heap.megabytes(capped[0]) + " (without the cap "
                + Heap.megabytes(uncapped[0]) + ")");
    }

    private static long[] soak(String mode) {
        return Heap.numbersFromChildJvm("256m", TrajectorySoak.class, mode);
    }
}
