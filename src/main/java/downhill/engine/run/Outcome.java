package downhill.engine.run;

/** How a descent stands: still running, or stopped for a reason at a step. */
public record Outcome(Status status, int step) {

    /**
     * {@code UNBOUNDED}: the run left every bound while its loss kept falling (a saddle, a function with no minimum),
     * so it went downhill for ever rather than blowing up; {@code DIVERGED}: it left its bound or overflowed while the
     * loss did not fall.
     */
    public enum Status {
        RUNNING,
        CONVERGED,
        DIVERGED,
        UNBOUNDED,
        LEFT_DOMAIN
    }

    public static final Outcome RUNNING = new Outcome(Status.RUNNING, -1);

    /** The words printed by the CLI and drawn by {@code render}, always English, e.g. {@code diverged at step 12}. */
    public String message() {
        return switch (status) {
            case RUNNING -> "running";
            case CONVERGED -> "converged at step " + step;
            case DIVERGED -> "diverged at step " + step;
            case UNBOUNDED -> "unbounded below at step " + step;
            case LEFT_DOMAIN -> "left the function's domain at step " + step;
        };
    }

    /**
     * Whether the run stopped early for a reason other than convergence: diverged, unbounded below or left the
     * domain. Its path ends at its last finite point, where pictures draw an arrow and the reason.
     */
    public boolean failed() {
        return status == Status.DIVERGED || status == Status.UNBOUNDED || status == Status.LEFT_DOMAIN;
    }

    /** Whether the loss ran away (up or down) so that it cannot share a loss axis with the other runs. */
    public boolean runaway() {
        return status == Status.DIVERGED || status == Status.UNBOUNDED;
    }
}
