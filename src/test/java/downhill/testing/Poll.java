package downhill.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The one place a test may wait: until a condition holds, checking every few milliseconds, with a deadline that
 * only turns a hang into a failure. The deadline is generous (a busy machine is slow, never wrong); no test asserts
 * how long anything took.
 */
public final class Poll {

    /** Long enough for any background step on a loaded two-core machine; reached only by a real fault. */
    public static final long DEADLINE_SECONDS = 60;

    private Poll() {}

    /** Waits until {@code condition} holds; fails with {@code what} if it does not within the deadline. */
    public static void until(BooleanSupplier condition, String what) {
        until(condition, () -> {}, what);
    }

    /**
     * Runs {@code between} (e.g. a frame of the window), then checks {@code condition}, until it holds; fails with
     * {@code what} if it does not within the deadline.
     */
    public static void until(BooleanSupplier condition, Runnable between, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
        while (true) {
            between.run();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still waiting after " + DEADLINE_SECONDS + " s: " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + what, e);
            }
        }
    }
}
