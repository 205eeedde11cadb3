package downhill.app.landscape;

import downhill.app.i18n.Messages;
import downhill.app.i18n.OutcomeText;
import downhill.engine.Numbers;
import downhill.engine.run.Outcome;
import downhill.engine.scene.PathResult;
import downhill.render.PathWords;

/**
 * A path's status as the window shows it, in the chosen language: "running", or how the run ended ("diverged at
 * step k", "unbounded below at step k", ...), and the title and status lines of its panel in the side-by-side
 * layout. {@code render}'s legend and the command line keep the engine's English.
 */
public final class PathStatus {

    /** The window's words for a landscape's legend and failure labels. */
    public static final PathWords WORDS = new PathWords() {
        @Override
        public String status(PathResult path, int step) {
            return of(path, step);
        }

        @Override
        public String failure(PathResult path) {
            return OutcomeText.of(path.outcome());
        }
    };

    private PathStatus() {}

    public static String of(PathResult path, int step) {
        boolean ended = path.outcome().status() != Outcome.Status.RUNNING
                && step >= path.outcome().step();
        if (ended) {
            return OutcomeText.of(path.outcome());
        }
        return path.runningStatus() != null ? path.runningStatus() : OutcomeText.of(Outcome.RUNNING);
    }

    /** A panel's title: the optimizer's name and its settings. */
    public static String title(PathResult path) {
        return path.displayName() + "   " + path.summary();
    }

    /** A panel's status line at {@code step}: the step it shows, its loss, its gradient's norm and its status. */
    public static String line(PathResult path, int step) {
        int k = path.visibleStep(step);
        var t = path.trajectory();
        return Messages.text(
                "landscape.statusLine",
                k,
                Numbers.compact(t.loss(k)),
                Numbers.compact(t.gradientNorm(k)),
                of(path, step));
    }
}
