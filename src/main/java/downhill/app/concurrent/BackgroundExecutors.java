package downhill.app.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The executors the app hands to its view-models: daemon threads in production, the caller's thread in tests. */
public final class BackgroundExecutors {

    private BackgroundExecutors() {}

    /** Runs each task at once on the calling thread: results are there when {@code submit} returns. */
    public static Executor sameThread() {
        return Runnable::run;
    }

    /**
     * A daemon thread per task, named {@code downhill-<name>-N}, reused when free: for long tasks that must run side
     * by side, such as six networks training at once.
     */
    public static ExecutorService daemonThreads(String name) {
        return Executors.newCachedThreadPool(daemonFactory(name));
    }

    /** A pool of daemon threads named {@code downhill-<name>-N}, so the app exits when its window closes. */
    public static ExecutorService daemonPool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, daemonFactory(name));
    }

    private static ThreadFactory daemonFactory(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "downhill-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
