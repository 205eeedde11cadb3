package downhill.experiment;

import downhill.engine.function.expression.Suggestions;
import java.util.List;

/**
 * The controls a lesson step may hide or lock, by the ids files use (docs/experiments.md lists them). A fixed
 * vocabulary, so a lesson means the same in every version and a misspelt id is an error, not a silent no-op.
 */
public final class LessonControls {

    /** Every id, in the order the docs list them. */
    public static final List<String> IDS = List.of(
            "function", // the landscape's function picker and expression field
            "start", // the start point (field and dragging it on the landscape)
            "optimizers", // which optimizers race: the list's check boxes, add and remove
            "learning-rate", // every optimizer's learning rate
            "hyperparameters", // the other hyperparameters (momentum, betas, ...)
            "schedule", // the learning-rate schedules
            "batch-size", // the landscape's samples per step and gradient noise
            "step-limit", // the step limit
            "speed", // the playback speed
            "layout", // race, map or 3-D layout
            "view", // colours, log scale, the loss chart's scale
            "data", // the network's data set
            "network-settings", // the network's layers, activation, loss, batches, epochs, regularisation
            "train"); // the network's Train button

    private LessonControls() {}

    /** {@code id} if it is one; an {@link IllegalArgumentException} with a did-you-mean otherwise. */
    public static String check(String id) {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException(
                    "unknown control '" + id + "'" + Suggestions.didYouMean(Suggestions.closest(id, IDS))
                            + " (controls: " + String.join(", ", IDS) + ")");
        }
        return id;
    }
}
