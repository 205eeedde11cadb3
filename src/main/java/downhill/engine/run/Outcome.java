package downhill.engine.run;

/** How a descent stands: still running, or stopped for a reason at a step. */
public record Outcome(Status status, int step) {

    public enum Status { RUNNING, CONVERGED, DIVERGED, LEFT_DOMAIN }

    public static final Outcome RUNNING = new Outcome(Status.RUNNING, -1);

    /** The words shown to people and printed by the CLI, e.g. {@code diverged at step 12}. */
    public String message() {
        return switch (status) {
            case RUNNING -> "running";
            case CONVERGED -> "converged at step " + step;
            case DIVERGED -> "diverged at step " + step;
            case LEFT_DOMAIN -> "left the function's domain at step " + step;
        };
    }

    public boolean failed() {
        return status == Status.DIVERGED || status == Status.LEFT_DOMAIN;
    }
}
