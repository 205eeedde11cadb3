package downhill.engine;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * How the bounded histories ({@code Trajectory}, {@code TrainingHistory}) make room: when a buffer is full, every
 * second row of its older half goes (the first row stays) and the newer half stays whole. Repeated, this keeps
 * the recent past exact and the distant past ever sparser: after thinning, the newest half of the capacity is
 * exact, and a run of any length costs at most the capacity. Each row keeps the step (or epoch) it recorded, so
 * {@link #rowAt} finds the row for a step: that step's own row when it is kept, else the nearest earlier one.
 */
public final class Decimation {

    private Decimation() {}

    /** The rows that stay, ascending, when a full buffer of {@code rows} rows (at least 2) is thinned. */
    public static int[] keptRows(int rows) {
        return keptRows(rows, row -> false);
    }

    /**
     * As {@link #keptRows(int)}, also keeping the older odd rows that {@code alsoKeep} names (such as the rows
     * holding a parameter vector), up to an eighth of {@code rows} of them so that thinning always makes room.
     */
    public static int[] keptRows(int rows, IntPredicate alsoKeep) {
        int half = rows / 2;
        int[] kept = new int[rows];
        int n = 0;
        int extras = 0;
        for (int r = 0; r < half; r++) {
            if (r % 2 == 0) {
                kept[n++] = r;
            } else if (extras < rows / 8 && alsoKeep.test(r)) {
                kept[n++] = r;
                extras++;
            }
        }
        for (int r = half; r < rows; r++) {
            kept[n++] = r;
        }
        return Arrays.copyOf(kept, n);
    }

    /**
     * Copies the rows {@code kept} of {@code from} (an array of any type, {@code stride} elements per row) to the
     * first rows of {@code to}. {@code to} may be {@code from}: rows only move towards the front.
     */
    public static void gather(Object from, int stride, int[] kept, Object to) {
        for (int i = 0; i < kept.length; i++) {
            System.arraycopy(from, kept[i] * stride, to, i * stride, stride);
        }
    }

    /**
     * The row for {@code step} among the first {@code rows} entries of the ascending {@code steps}: the row of that
     * step, or of the nearest earlier step kept. {@code step} must not be smaller than {@code steps[0]}.
     */
    public static int rowAt(int[] steps, int rows, int step) {
        int guess = step - steps[0];
        if (guess < rows && steps[guess] == step) {
            return guess; // nothing thinned up to this step: rows and steps coincide
        }
        int found = Arrays.binarySearch(steps, 0, rows, step);
        return found >= 0 ? found : -found - 2;
    }
}
