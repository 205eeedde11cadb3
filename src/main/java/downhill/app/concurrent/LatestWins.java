package downhill.app.concurrent;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;

/**
 * Background work where only the newest request matters: a slider dragged through a thousand values leaves at most
 * one request waiting, and the FX thread takes the newest finished result when it draws (as
 * {@code javafx.concurrent.Task.updateValue} merges updates).
 *
 * <p>Requests run one at a time on the executor passed in; a test passes a same-thread executor and gets the result
 * at once. The computation receives a "stale" check so that a long job can give up when a newer request arrives.
 *
 * @param <Q> the request
 * @param <R> the result
 */
public final class LatestWins<Q, R> {

    private final Executor executor;
    private final BiFunction<Q, BooleanSupplier, R> computation;
    private final AtomicReference<Q> pending = new AtomicReference<>();
    private final AtomicReference<R> finished = new AtomicReference<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** Raised by {@link #cancel()}: work begun before it is stale, and its result is dropped. */
    private final AtomicLong cancellations = new AtomicLong();

    /**
     * @param computation computes a result from a request; the supplier it is given turns true once a newer request
     *     is waiting, and it may then return null to drop its work
     */
    public LatestWins(Executor executor, BiFunction<Q, BooleanSupplier, R> computation) {
        this.executor = Objects.requireNonNull(executor);
        this.computation = Objects.requireNonNull(computation);
    }

    /** Queues {@code request}, replacing any request still waiting. Never blocks. */
    public void submit(Q request) {
        submitted.incrementAndGet();
        pending.set(Objects.requireNonNull(request));
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (true) {
                Q request = pending.getAndSet(null);
                if (request == null) {
                    draining.set(false);
                    // A submit may have slipped in between the empty read and the flag; take it if nobody else will.
                    if (pending.get() == null || !draining.compareAndSet(false, true)) {
                        return;
                    }
                    continue;
                }
                long era = cancellations.get();
                try {
                    R result = computation.apply(request, () -> pending.get() != null || cancellations.get() != era);
                    if (result != null && cancellations.get() == era) {
                        finished.set(result);
                    }
                } catch (RuntimeException | Error e) {
                    failure.set(e);
                }
            }
        } catch (RuntimeException e) {
            draining.set(false);
            throw e;
        }
    }

    /**
     * Drops the waiting request and any result not yet taken, and tells the running computation it is stale: after
     * this, nothing submitted before it is handed out.
     */
    public void cancel() {
        cancellations.incrementAndGet();
        pending.set(null);
        finished.set(null);
    }

    /** The newest finished result not yet taken, or null; each result is handed out once. */
    public R poll() {
        return finished.getAndSet(null);
    }

    /** The last failure of the computation not yet taken, or null. */
    public Throwable pollFailure() {
        return failure.getAndSet(null);
    }

    /** Whether a request is waiting or running. */
    public boolean busy() {
        return draining.get() || pending.get() != null;
    }

    /** How many requests were submitted in all (for tests of coalescing). */
    public long submittedCount() {
        return submitted.get();
    }
}
