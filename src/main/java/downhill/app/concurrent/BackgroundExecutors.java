package downhill.app.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The executors the app hands to its view-models: daemon threads in production, the caller's thread in tests. */
public final class BackgroundExecutors {

    private BackgroundExecutors() {
    }

    /** Runs each task at once on the calling thread: results are there when {@code submit} returns. */
    public static Executor sameThread() {
        return Runnable::run;
    }

    /** A pool of daemon threads named {@code downhill-<name>-N}, so the app exits when its window closes. */
    public static ExecutorService daemonPool(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "downhill-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(threads, factory);
    }
}
