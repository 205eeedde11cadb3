package downhill.app.landscape;

import downhill.app.concurrent.LatestWins;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A background computation's newest result as a property of the FX thread: requests go to a {@link LatestWins}
 * worker, and once per frame {@link #takeNewest()} moves its newest finished result into the property.
 */
final class NewestResult<Q, R> {

    private final LatestWins<Q, R> worker;
    private final ReadOnlyObjectWrapper<R> value;

    NewestResult(Executor executor, BiFunction<Q, BooleanSupplier, R> computation, String name, R initial) {
        this.worker = new LatestWins<>(executor, computation);
        this.value = new ReadOnlyObjectWrapper<>(this, name, initial);
    }

    void submit(Q request) {
        worker.submit(request);
    }

    /** Drops the work asked for and shows {@code shown} until a new result comes. */
    void cancel(R shown) {
        worker.cancel();
        value.set(shown);
    }

    /** Takes the newest finished result, if one came; whether it did. */
    boolean takeNewest() {
        R newest = worker.poll();
        if (newest == null) {
            return false;
        }
        value.set(newest);
        return true;
    }

    /** Why the last computation failed, once, or null. */
    Throwable pollFailure() {
        return worker.pollFailure();
    }

    ReadOnlyObjectProperty<R> property() {
        return value.getReadOnlyProperty();
    }
}
