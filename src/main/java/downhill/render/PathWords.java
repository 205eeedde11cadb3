package downhill.render;

import downhill.engine.scene.PathResult;

/**
 * What a landscape says about a path, in the language of whoever draws it: the window speaks the chosen language,
 * the picture files and the command line the engine's English.
 */
public interface PathWords {

    /** The engine's English: "running", "diverged at step k", ... */
    PathWords ENGLISH = new PathWords() {
        @Override
        public String status(PathResult path, int step) {
            return path.status(step);
        }

        @Override
        public String failure(PathResult path) {
            return path.displayName() + ": " + path.outcome().message();
        }
    };

    /** How the path stands at {@code step}, for the legend. */
    String status(PathResult path, int step);

    /** The label beside a failed run's arrow. */
    String failure(PathResult path);
}
