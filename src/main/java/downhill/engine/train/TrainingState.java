package downhill.engine.train;

/** Where a {@link TrainingRun} stands. The last four are final. */
public enum TrainingState {
    /** Not started yet (its task has not begun on the executor). */
    WAITING,
    RUNNING,
    PAUSED,
    /** All epochs done. */
    FINISHED,
    /** Stopped by a non-finite loss or parameter. */
    DIVERGED,
    /** Stopped on request. */
    STOPPED,
    /** Stopped by an unexpected error; see {@link TrainingRun#message()}. */
    FAILED;

    public boolean isFinal() {
        return ordinal() >= FINISHED.ordinal();
    }
}
