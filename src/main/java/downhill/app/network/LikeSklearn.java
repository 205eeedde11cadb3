package downhill.app.network;

import downhill.engine.nn.Initialization;
import downhill.engine.run.Contender;
import downhill.engine.train.SklearnDefaults;
import downhill.engine.train.TrainingPlan;
import downhill.experiment.NetworkSettings.BatchMode;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * The network tab's "Like scikit-learn" ({@code train --like sklearn} in the window): while on, the rows it governs
 * (batches, L2, Init, Stop early) hold the values {@link SklearnDefaults} trains with, and the view disables them;
 * training applies {@link SklearnDefaults} itself, as the CLI does. Switched off, the rows keep those values to
 * change from.
 */
final class LikeSklearn {

    private final BooleanProperty on = new SimpleBooleanProperty(this, "likeSklearn");
    private final ObjectProperty<BatchMode> batchMode;
    private final DoubleProperty batchSize;
    private final DoubleProperty l2;
    private final ObjectProperty<Initialization> initialization;
    private final StringProperty earlyStopping;
    /** The training part's sample count, or 0 before any data. */
    private final IntSupplier trainingSamples;

    LikeSklearn(
            ObjectProperty<BatchMode> batchMode,
            DoubleProperty batchSize,
            DoubleProperty l2,
            ObjectProperty<Initialization> initialization,
            StringProperty earlyStopping,
            IntSupplier trainingSamples) {
        this.batchMode = batchMode;
        this.batchSize = batchSize;
        this.l2 = l2;
        this.initialization = initialization;
        this.earlyStopping = earlyStopping;
        this.trainingSamples = trainingSamples;
        on.addListener(o -> show());
    }

    BooleanProperty onProperty() {
        return on;
    }

    /** Puts scikit-learn's values into the rows while on (again when the data, and so min(200, n), change). */
    void show() {
        if (!on.get()) {
            return;
        }
        int batch = batch();
        batchMode.set(BatchMode.MINI_BATCH);
        batchSize.set(batch);
        l2.set(SklearnDefaults.l2(batch));
        initialization.set(Initialization.of(Initialization.Scheme.SKLEARN));
        earlyStopping.set(SklearnDefaults.STOPPING.spec());
    }

    private int batch() {
        int samples = trainingSamples.getAsInt();
        return samples > 0 ? SklearnDefaults.batchSize(samples) : SklearnDefaults.BATCH;
    }

    /** The plan as {@code train --like sklearn} makes it, or as it is while off. */
    TrainingPlan plan(TrainingPlan plan) {
        int samples = trainingSamples.getAsInt();
        return on.get() ? SklearnDefaults.plan(plan, samples > 0 ? samples : SklearnDefaults.BATCH) : plan;
    }

    /** SGD with momentum becomes Nesterov's while on, as scikit-learn's {@code nesterovs_momentum=True}. */
    Contender contender(Contender contender) {
        return on.get() ? SklearnDefaults.contender(contender) : contender;
    }
}
