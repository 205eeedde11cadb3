package downhill.app.network;

import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.Metric;
import downhill.engine.train.TrainingState;
import javafx.scene.paint.Color;

/**
 * One trained copy as the tab shows it at one frame: its records so far (a lock-free snapshot), where it stands and
 * how long it has trained.
 *
 * @param name        the optimizer's id ({@code momentum})
 * @param displayName what the window calls it: its label in the experiment or its own name ("SGD η=0.9",
 *     "SGD + momentum")
 * @param message     e.g. {@code epoch 120 of 500} or {@code diverged at epoch 12}
 */
public record RunProgress(
        String name,
        String displayName,
        Color color,
        HistorySnapshot history,
        TrainingState state,
        String message,
        double seconds) {

    /** The test accuracy a run must reach for the results table's "reached" column. */
    public static final double TARGET_ACCURACY = 0.95;

    /**
     * How far above its least the test loss must have risen before the curves mark the least: a lower threshold
     * would make the mark hop along the noise of a test loss that is still falling.
     */
    public static final double TURNED_UP = 1.02;

    /**
     * The epoch (counting from 1) of the least test loss once the test loss has turned up since (the last is over
     * {@link #TURNED_UP} times the least), else 0: where training starts to overfit, and the weights early stopping
     * on the test loss (min-delta 0) keeps.
     */
    public int overfittingEpoch() {
        double[] test = history.series(Metric.TEST_LOSS);
        int best = -1;
        for (int i = 0; i < test.length; i++) {
            if (Double.isFinite(test[i]) && (best < 0 || test[i] < test[best])) {
                best = i;
            }
        }
        boolean turnedUp = best >= 0 && best < test.length - 1 && test[test.length - 1] > TURNED_UP * test[best];
        return turnedUp ? best + 1 : 0;
    }

    /** The first epoch (counting from 1) whose test accuracy reached {@code accuracy}, or 0 if none has. */
    public int epochReaching(double accuracy) {
        for (int i = 0; i < history.epochs(); i++) {
            if (history.value(Metric.TEST_ACCURACY, i) >= accuracy) {
                return i + 1;
            }
        }
        return 0;
    }
}
