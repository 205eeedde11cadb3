package downhill.app.network;

import downhill.app.i18n.Messages;
import downhill.engine.run.Contender;
import downhill.engine.train.EarlyStopping;
import downhill.engine.train.TrainingPlan;
import downhill.experiment.NetworkSettings.BatchMode;
import java.util.function.IntSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The network tab's training settings as typed: the batch mode and size, the epochs, L2, early stopping and "like
 * scikit-learn" (which sets the others while on). It validates and puts them into a plan; the field limits are
 * {@link FieldChecks}'. Runs on the FX thread.
 */
public final class TrainingSettings {

    /** Samples per update in mini-batch mode when the tab opens. */
    static final int DEFAULT_BATCH_SIZE = 200;
    /** Epochs trained when the tab opens. */
    static final int DEFAULT_EPOCHS = 500;

    /** A batch mode as the picker names it, in the window's language. */
    public static String label(BatchMode mode) {
        return Messages.text(
                switch (mode) {
                    case MINI_BATCH -> "network.batchMode.miniBatch";
                    case BATCH -> "network.batchMode.batch";
                    case STOCHASTIC -> "network.batchMode.stochastic";
                });
    }

    private final ObjectProperty<BatchMode> batchMode =
            new SimpleObjectProperty<>(this, "batchMode", BatchMode.MINI_BATCH);
    private final DoubleProperty batchSize = new SimpleDoubleProperty(this, "batchSize", DEFAULT_BATCH_SIZE);
    private final DoubleProperty epochs = new SimpleDoubleProperty(this, "epochs", DEFAULT_EPOCHS);
    private final DoubleProperty l2 = new SimpleDoubleProperty(this, "l2", 0);
    /** Early stopping as typed ("" for none, e.g. "patience=20"). */
    private final StringProperty earlyStoppingText = new SimpleStringProperty(this, "earlyStoppingText", "");
    /** Made once: the view binds to it. */
    private final StringBinding labSettingsError;
    /** scikit-learn's conventions ({@code train --like sklearn}); made after the rows it sets. */
    private final LikeSklearn likeSklearn;

    /**
     * @param shape           the network, whose initialisation "like scikit-learn" sets and whose dropout shares the
     *                        lab settings' error line
     * @param trainingSamples the training part's sample count, or 0 before any data
     */
    TrainingSettings(NetworkShape shape, IntSupplier trainingSamples) {
        labSettingsError = Bindings.createStringBinding(
                () -> labSettingsProblem(shape), shape.dropoutTextProperty(), earlyStoppingText);
        likeSklearn = new LikeSklearn(
                batchMode, batchSize, l2, shape.initializationProperty(), earlyStoppingText, trainingSamples);
    }

    private String labSettingsProblem(NetworkShape shape) {
        try {
            shape.dropout();
            earlyStopping();
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The early stopping typed, or null for none. */
    public EarlyStopping earlyStopping() {
        String text =
                earlyStoppingText.get() == null ? "" : earlyStoppingText.get().strip();
        return text.isEmpty() ? null : EarlyStopping.parse(text);
    }

    /** {@code plan} with this L2, these epochs and this batch size ({@link TrainingPlan#FULL_BATCH} for "batch"). */
    TrainingPlan withSteps(TrainingPlan plan) {
        int batch = switch (batchMode.get()) {
            case BATCH -> TrainingPlan.FULL_BATCH;
            case STOCHASTIC -> 1;
            case MINI_BATCH -> (int) batchSize.get();
        };
        return plan.withL2(l2.get()).withEpochs((int) epochs.get()).withBatchSize(batch);
    }

    /**
     * {@code plan} with the early stopping typed, and then scikit-learn's conventions while they are on (as
     * {@code train --like sklearn} applies them over everything else).
     */
    TrainingPlan withStopping(TrainingPlan plan) {
        EarlyStopping stopping = earlyStopping();
        return likeSklearn.plan(stopping == null ? plan : plan.withEarlyStopping(stopping));
    }

    /** The samples in one update on a training part of {@code samples}. */
    int samplesPerUpdate(int samples) {
        return switch (batchMode.get()) {
            case MINI_BATCH -> (int) batchSize.get();
            case STOCHASTIC -> 1;
            case BATCH -> samples;
        };
    }

    /** What {@code contender} trains as: itself, or as scikit-learn runs it when that is on. */
    Contender contender(Contender contender) {
        return likeSklearn.contender(contender);
    }

    /** Puts scikit-learn's values into the rows again while it is on (new data change min(200, n)). */
    void dataChanged() {
        likeSklearn.show();
    }

    public ObjectProperty<BatchMode> batchModeProperty() {
        return batchMode;
    }

    public DoubleProperty batchSizeProperty() {
        return batchSize;
    }

    public DoubleProperty epochsProperty() {
        return epochs;
    }

    public DoubleProperty l2Property() {
        return l2;
    }

    public StringProperty earlyStoppingTextProperty() {
        return earlyStoppingText;
    }

    /** Why the dropout or early stopping typed is not valid, or "" (the field's line under it). */
    public StringBinding labSettingsErrorProperty() {
        return labSettingsError;
    }

    /**
     * Whether training runs as scikit-learn's MLPClassifier does by default ({@code train --like sklearn}): while
     * on, batches, L2, Init and Stop early show the values it uses (and the view disables them).
     */
    public BooleanProperty likeSklearnProperty() {
        return likeSklearn.onProperty();
    }
}
