package downhill.engine.nn;

import java.util.concurrent.locks.LockSupport;

/**
 * A second thread that takes half of a batch. Work arrives every few hundred microseconds during training, so both
 * sides spin briefly before parking: waking a parked thread costs tens of microseconds, as much as the work itself.
 * One caller at a time; daemon, so a forgotten helper never keeps the JVM alive.
 */
final class HelperThread implements AutoCloseable {

    /** How long either side spins before parking; beyond it the other side is busy elsewhere. */
    private static final long SPIN_NANOS = 50_000;

    private final Thread thread;
    private volatile Runnable task;
    private volatile boolean taskDone;
    private volatile Throwable failure;
    private volatile boolean closed;
    private volatile Thread caller;

    HelperThread(String name) {
        thread = new Thread(this::serve, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs {@code helperPart} on the helper and {@code ownPart} here, and returns when both are done. */
    void runAlongside(Runnable helperPart, Runnable ownPart) {
        if (closed) {
            throw new IllegalStateException("the network's helper thread is closed");
        }
        caller = Thread.currentThread();
        failure = null;
        taskDone = false;
        task = helperPart;
        LockSupport.unpark(thread);
        ownPart.run();
        long spinStart = System.nanoTime();
        while (!taskDone) {
            if (System.nanoTime() - spinStart < SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
    }

    private void serve() {
        long idleSince = System.nanoTime();
        while (!closed) {
            Runnable next = task;
            if (next == null) {
                if (System.nanoTime() - idleSince < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
                continue;
            }
            task = null;
            try {
                next.run();
            } catch (Throwable e) {
                failure = e;
            }
            taskDone = true;
            LockSupport.unpark(caller);
            idleSince = System.nanoTime();
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }
}
