package downhill.engine.train;

/**
 * Hears about a run's progress, on the run's training thread: keep the work short (e.g. mark a view dirty) and
 * read the data through {@link TrainingRun#history()} on your own thread.
 */
public interface TrainingListener {

    /** Epoch {@code epoch} (counting from 1) has been recorded. */
    default void epochCompleted(TrainingRun run, int epoch) {}

    /** The run reached a final state: finished, diverged, stopped or failed. */
    default void ended(TrainingRun run) {}
}
