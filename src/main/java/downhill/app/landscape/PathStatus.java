package downhill.app.landscape;

import downhill.app.i18n.OutcomeText;
import downhill.engine.run.Outcome;
import downhill.engine.scene.PathResult;

/**
 * A path's status as the window shows it, in the chosen language: "running", or how the run ended ("diverged at
 * step k", "unbounded below at step k", ...). {@code render}'s legend and the command line keep the engine's English.
 */
public final class PathStatus {

    private PathStatus() {
    }

    public static String of(PathResult path, int step) {
        boolean ended = path.outcome().status() != Outcome.Status.RUNNING && step >= path.outcome().step();
        if (ended) {
            return OutcomeText.of(path.outcome());
        }
        return path.runningStatus() != null ? path.runningStatus() : OutcomeText.of(Outcome.RUNNING);
    }
}
