package downhill.engine.train;

import java.util.concurrent.Semaphore;

import downhill.engine.nn.Architecture;
import downhill.engine.run.Contender;

/**
 * A {@link Trainer} driven on an executor's thread and controlled from any other: pause, resume, stop, and poll
 * its state and {@link #history()} (lock-free snapshots). Pausing and stopping take effect between epochs.
 */
public final class TrainingRun implements Runnable {

    private final String name;
    private final Trainer trainer;
    private final TrainingListener listener;
    private final Object control = new Object();
    private boolean pauseRequested;
    private boolean stopRequested;
    private volatile TrainingState state = TrainingState.WAITING;
    private volatile String message = "waiting";
    private volatile double[] latestParameters;
    private volatile long trainingNanos;
    /** Shared by the runs of a comparison to bound how many epochs compute at once; null for no bound. */
    private volatile Semaphore epochPermits;

    TrainingRun(String name, Trainer trainer, TrainingListener listener) {
        this.name = name;
        this.trainer = trainer;
        this.listener = listener;
    }

    /** Trains until all epochs are done, the run diverges or it is stopped; pauses when asked. */
    @Override
    public void run() {
        try {
            while (true) {
                if (!awaitGoAhead()) {
                    end(TrainingState.STOPPED, "stopped after epoch " + trainer.epochsDone());
                    return;
                }
                boolean more;
                acquirePermit();
                try {
                    long began = System.nanoTime();
                    more = trainer.runEpoch();
                    trainingNanos += System.nanoTime() - began;
                    if (!trainer.diverged()) {
                        // A copy per epoch is cheap next to the epoch and spares a UI recording every epoch's weights.
                        latestParameters = trainer.network().parameters().clone();
                        message = trainer.status();
                        listener.epochCompleted(this, trainer.epochsDone());
                    }
                } finally {
                    releasePermit();
                }
                if (!more) {
                    end(trainer.diverged() ? TrainingState.DIVERGED : TrainingState.FINISHED, trainer.status());
                    return;
                }
            }
        } catch (RuntimeException | Error e) {
            end(TrainingState.FAILED, "failed: " + e);
            throw e;
        } finally {
            trainer.close();
        }
    }

    /** Lets at most as many epochs compute at once as {@code permits} has; a fair semaphore takes turns. */
    void limitBy(Semaphore permits) {
        epochPermits = permits;
    }

    private void acquirePermit() {
        Semaphore permits = epochPermits;
        if (permits != null) {
            permits.acquireUninterruptibly();
        }
    }

    private void releasePermit() {
        Semaphore permits = epochPermits;
        if (permits != null) {
            permits.release();
        }
    }

    /** Blocks while paused; false once a stop is requested. */
    private boolean awaitGoAhead() {
        synchronized (control) {
            while (pauseRequested && !stopRequested) {
                state = TrainingState.PAUSED;
                try {
                    control.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopRequested = true;
                }
            }
            if (stopRequested) {
                return false;
            }
            state = TrainingState.RUNNING;
            return true;
        }
    }

    private void end(TrainingState finalState, String text) {
        message = text;
        state = finalState;
        listener.ended(this);
    }

    /** Pauses after the current epoch. */
    public void pause() {
        synchronized (control) {
            pauseRequested = true;
        }
    }

    public void resume() {
        synchronized (control) {
            pauseRequested = false;
            control.notifyAll();
        }
    }

    /** Stops after the current epoch (at once if paused or not started); a stopped run cannot be resumed. */
    public void stop() {
        synchronized (control) {
            stopRequested = true;
            control.notifyAll();
        }
    }

    /** The display name, e.g. {@code adam} or {@code adam (2)} when two copies share an optimizer. */
    public String name() {
        return name;
    }

    public Contender contender() {
        return trainer.contender();
    }

    public TrainingState state() {
        return state;
    }

    /** e.g. {@code epoch 120 of 500}, {@code diverged at epoch 12}, {@code stopped after epoch 40}. */
    public String message() {
        return message;
    }

    /** The epochs this run was planned for. */
    public int plannedEpochs() {
        return trainer.plan().epochs();
    }

    /** The epochs recorded so far; safe from any thread, never blocks the trainer. */
    public HistorySnapshot history() {
        return trainer.history().snapshot();
    }

    /** The weights after the newest completed epoch, or null before the first; never changed once handed out. */
    public double[] latestParameters() {
        return latestParameters;
    }

    /** Seconds spent in epochs (training and per-epoch evaluation), pauses excluded. */
    public double trainingSeconds() {
        return trainingNanos / 1e9;
    }

    /** The weights all copies started from. */
    public double[] initialParameters() {
        return trainer.initialParameters();
    }

    /**
     * The network's shape. With a plan that records parameters, a UI can draw what the copy predicts without
     * touching the trainer: {@code new Network(architecture())}, {@code setParameters(history().parameters(i))},
     * {@code predict(...)}, all on the UI's side.
     */
    public Architecture architecture() {
        return trainer.network().architecture();
    }

    /** The trainer itself, for tests in this package; touch it only while the run is not running. */
    Trainer trainer() {
        return trainer;
    }

    /** The number of layers whose gradient norms are recorded. */
    public int layerCount() {
        return trainer.network().layers().size();
    }
}
