package downhill.engine.train;

import downhill.engine.nn.Initialization;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;

/**
 * What scikit-learn's {@code MLPClassifier} does by default, as Downhill settings ({@code train --like sklearn}):
 *
 * <ul>
 *   <li>its initialisation ({@code _init_coef}: Glorot-uniform with its gain, random biases);</li>
 *   <li>its L2 penalty {@code alpha = 1e-4}, which it adds per batch as alpha/(2·batch)·Σ‖W‖²: Downhill's
 *       {@code --l2 λ} adds λ/2·Σ‖W‖², so λ = alpha/batch (exact when every batch is full);</li>
 *   <li>its batch size min(200, n);</li>
 *   <li>Nesterov momentum for SGD with momentum ({@code nesterovs_momentum=True}; the same update as PyTorch's
 *       {@code nesterov=True} at a constant rate);</li>
 *   <li>its stopping rule: the loss it records per epoch (the mean of the epoch's batch losses with their
 *       penalties, {@code loss_curve_}) not improving by {@code tol = 1e-4} for more than
 *       {@code n_iter_no_change = 10} epochs, without restoring weights.</li>
 * </ul>
 */
public final class SklearnDefaults {

    public static final double ALPHA = 1e-4;
    public static final int BATCH = 200;
    public static final EarlyStopping STOPPING = new EarlyStopping(10, 1e-4, EarlyStopping.Monitor.BATCHES);

    private SklearnDefaults() {}

    /** The batch size scikit-learn uses on {@code samples} training samples. */
    public static int batchSize(int samples) {
        return Math.max(1, Math.min(BATCH, samples));
    }

    /** The penalty λ that equals scikit-learn's alpha for full batches of {@code batch}. */
    public static double l2(int batch) {
        return ALPHA / batch;
    }

    /** scikit-learn's initialisation, batch size, penalty and stopping rule on {@code plan}. */
    public static TrainingPlan plan(TrainingPlan plan, int trainingSamples) {
        int batch = batchSize(trainingSamples);
        return plan.withInitialization(Initialization.of(Initialization.Scheme.SKLEARN))
                .withBatchSize(batch)
                .withL2(l2(batch))
                .withEarlyStopping(STOPPING);
    }

    /** SGD with momentum as scikit-learn runs it: Nesterov's; every other optimizer as it is. */
    public static Contender contender(Contender contender) {
        String name = contender.type().name();
        if (!name.equals("sgd") && !name.equals("momentum")) {
            return contender;
        }
        double momentum = contender
                .hyperparameters()
                .values()
                .getOrDefault(
                        Hyperparameter.MOMENTUM, contender.type().defaults().get(Hyperparameter.MOMENTUM));
        if (momentum == 0) {
            return contender;
        }
        Hyperparameters h = contender
                .hyperparameters()
                .with(Hyperparameter.MOMENTUM, momentum)
                .with(Hyperparameter.NESTEROV, 1);
        return new Contender(Optimizers.byName("nesterov"), h, contender.schedule());
    }
}
