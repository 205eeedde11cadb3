package downhill.app.landscape;

import downhill.app.i18n.Messages;
import downhill.engine.run.Outcome;
import downhill.render.PathResult;

/**
 * A path's status as the window shows it: "running" in the chosen language. How a run ended ("diverged at step k")
 * is the engine's text, the same as the command line's, and stays English; so does {@code render}'s legend.
 */
public final class PathStatus {

    private PathStatus() {
    }

    public static String of(PathResult path, int step) {
        boolean ended = path.outcome().status() != Outcome.Status.RUNNING && step >= path.outcome().step();
        return ended || path.runningStatus() != null ? path.status(step) : Messages.text("landscape.status.running");
    }
}
