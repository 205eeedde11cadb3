package downhill.engine.scene;

import downhill.engine.run.Outcome;
import downhill.engine.run.Trajectory;

/**
 * One optimizer's finished path: its trajectory up to the step limit (or its stop) and how it ended.
 * {@code runningStatus} is what the legend says while the path has not ended, or null for "running".
 */
public record PathResult(
        String name, String displayName, String summary, Trajectory trajectory, Outcome outcome, String runningStatus) {

    public PathResult(String name, String displayName, String summary, Trajectory trajectory, Outcome outcome) {
        this(name, displayName, summary, trajectory, outcome, null);
    }

    /** The last step drawn when the clock shows {@code step}: paths stop where their run stopped. */
    public int visibleStep(int step) {
        return Math.min(step, trajectory.size() - 1);
    }

    /** The status at {@code step}: running until the step where the run converged or diverged. */
    public String status(int step) {
        if (outcome.status() != Outcome.Status.RUNNING && step >= outcome.step()) {
            return outcome.message();
        }
        return runningStatus != null ? runningStatus : "running";
    }

    public boolean failedBy(int step) {
        return outcome.failed() && step >= outcome.step();
    }
}
