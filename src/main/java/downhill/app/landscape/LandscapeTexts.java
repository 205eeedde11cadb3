package downhill.app.landscape;

import downhill.app.i18n.Messages;
import downhill.engine.data.BatchSize;
import downhill.engine.function.Objective;
import downhill.engine.function.data.DataObjective;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The landscape tab's words made from its numbers: the step and speed labels, the play button's name, the batch
 * size as the picker shows it and the hint beside it. Each binding is made anew when asked, so a window loaded again
 * in another language says it in that language.
 */
public final class LandscapeTexts {

    /** The batch sizes the picker offers: batch gradient descent, stochastic, two mini-batches. */
    public static final List<String> BATCH_SIZES = List.of("all", "1", "10", "50");

    private final IntegerProperty step;
    private final IntegerProperty stepLimit;
    private final DoubleProperty speed;
    private final BooleanProperty playing;
    private final ReadOnlyObjectProperty<Objective> objective;

    LandscapeTexts(
            IntegerProperty step,
            IntegerProperty stepLimit,
            DoubleProperty speed,
            BooleanProperty playing,
            ReadOnlyObjectProperty<Objective> objective) {
        this.step = step;
        this.stepLimit = stepLimit;
        this.speed = speed;
        this.playing = playing;
        this.objective = objective;
    }

    /** "step 200 / 300". */
    public StringBinding stepLabel() {
        return Bindings.createStringBinding(
                () -> Messages.text("landscape.stepLabel", step.get(), stepLimit.get()), step, stepLimit);
    }

    /** "30 steps/s", in whole steps. */
    public StringBinding speedLabel() {
        return Bindings.createStringBinding(
                () -> Messages.text("landscape.speedLabel", Math.round(speed.get())), speed);
    }

    /** What the play button does now: pause while playing, else play. */
    public StringBinding playAction() {
        return Bindings.createStringBinding(
                () -> Messages.text(playing.get() ? "layout.pause" : "layout.play"), playing);
    }

    /** "of 200 samples" for a model on data; empty for a function, whose batch row is hidden. */
    public StringBinding batchHint() {
        return Bindings.createStringBinding(
                () -> objective.get() instanceof DataObjective model
                        ? Messages.text("landscape.batchHint", model.sampleCount())
                        : "",
                objective);
    }

    /** The picker's text for {@code size}: "all" or the number. */
    public static String batchSize(int size) {
        return BatchSize.format(size);
    }

    /** Whether {@code text} already says {@code size}, so the picker keeps what was typed ("010" stays). */
    public static boolean saysBatchSize(String text, int size) {
        return BatchSize.parse(text).orElse(-1) == size;
    }
}
