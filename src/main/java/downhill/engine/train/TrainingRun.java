package downhill.engine.train;

import downhill.engine.nn.Architecture;
import downhill.engine.run.Contender;
import java.util.concurrent.Semaphore;

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
    private volatile Checkpoint latest;
    /** Whether checkpoints carry the optimizer's state: only while something shows it (the copies cost memory). */
    private volatile boolean optimizerKept;

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
                        // Copies per epoch are cheap next to the epoch and spare a UI recording every epoch's weights.
                        latest = trainer.checkpoint(optimizerKept);
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
                keepUpWithRequest();
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

    /** A paused run's newest checkpoint gains the optimizer's state once asked for it. */
    private void keepUpWithRequest() {
        Checkpoint newest = latest;
        if (optimizerKept && newest != null && newest.optimizer() == null && !trainer.diverged()) {
            latest = trainer.checkpoint(true);
        }
    }

    private void end(TrainingState finalState, String text) {
        keepUpWithRequest();
        message = text;
        state = finalState;
        listener.ended(this);
    }

    /**
     * From now on, checkpoints carry the optimizer's state (for showing the update training makes next). A paused
     * run adds it to its newest checkpoint at once, a finished one on this call; a running one from its next epoch.
     */
    public void keepOptimizerState() {
        if (optimizerKept) {
            return;
        }
        optimizerKept = true;
        if (state.isFinal()) {
            // The trainer has stopped for good (the state is written after its last change): safe to read here.
            synchronized (control) {
                keepUpWithRequest();
            }
            return;
        }
        synchronized (control) {
            control.notifyAll();
        }
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
        Checkpoint newest = latest;
        return newest == null ? null : newest.parameters();
    }

    /**
     * The weights (and, once asked for, the optimizer's state) after the newest completed epoch, or the untrained
     * ones (epoch 0) until the first completes; never changed once handed out.
     */
    public Checkpoint checkpoint() {
        Checkpoint newest = latest;
        return newest != null ? newest : Checkpoint.untrained(trainer.initialParameters(), trainer.contender());
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
