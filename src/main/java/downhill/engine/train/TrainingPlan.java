package downhill.engine.train;

import downhill.engine.data.BatchSize;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Initialization;
import downhill.engine.nn.Loss;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to train, whatever the optimizer: the network's hidden layers and activation, the loss (null: chosen from
 * the data), the L2 penalty λ, the number of epochs, the batch size, what the schedule counts, the seed of the
 * initial weights and the batch order, whether to keep each epoch's parameter vector, and how many threads a
 * network uses (1, or 2 to split each batch), and how the weights start ({@link Initialization#DEFAULT} unless
 * asked); dropout per hidden layer (empty: none) and early stopping (null: none); whether each epoch reshuffles
 * the training samples (true unless asked: false keeps the file's order, as scikit-learn's {@code shuffle=False},
 * to compare runs batch for batch).
 *
 * <p>Batch size 1 is stochastic gradient descent, {@link #FULL_BATCH} (or any size ≥ the training set) is batch
 * gradient descent, anything between is mini-batch.
 */
public record TrainingPlan(
        List<Integer> hiddenSizes,
        Activation activation,
        Loss loss,
        double l2,
        int epochs,
        int batchSize,
        ScheduleClock scheduleClock,
        long seed,
        boolean recordParameters,
        int threads,
        Initialization initialization,
        List<Double> dropout,
        EarlyStopping earlyStopping,
        boolean shuffle) {

    /** A batch size meaning "all training samples at once". */
    public static final int FULL_BATCH = BatchSize.ALL;

    public TrainingPlan {
        hiddenSizes = List.copyOf(hiddenSizes);
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be a whole number ≥ 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be a whole number ≥ 1, got " + batchSize);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("the L2 penalty must be a finite number ≥ 0, got " + l2);
        }
        if (threads != 1 && threads != 2) {
            throw new IllegalArgumentException("a network trains on 1 or 2 threads, got " + threads);
        }
        Objects.requireNonNull(initialization, "initialization");
        dropout = List.copyOf(dropout);
        checkDropout(dropout, hiddenSizes.size());
    }

    /** Refuses a probability outside [0, 1) or a list that is neither one value nor one per hidden layer. */
    public static void checkDropout(List<Double> dropout, int hiddenLayers) {
        for (double p : dropout) {
            if (!(p >= 0 && p < 1)) {
                throw new IllegalArgumentException("a dropout probability is a number in [0, 1), got " + p);
            }
        }
        if (dropout.size() > 1 && dropout.size() != hiddenLayers) {
            throw new IllegalArgumentException("dropout takes one probability for all hidden layers or one per "
                    + "hidden layer (" + hiddenLayers + "), got " + dropout.size());
        }
    }

    /** A plan without dropout or early stopping, whose weights start as they always have ({@link Initialization#DEFAULT}). */
    public TrainingPlan(
            List<Integer> hiddenSizes,
            Activation activation,
            Loss loss,
            double l2,
            int epochs,
            int batchSize,
            ScheduleClock scheduleClock,
            long seed,
            boolean recordParameters,
            int threads) {
        this(
                hiddenSizes,
                activation,
                loss,
                l2,
                epochs,
                batchSize,
                scheduleClock,
                seed,
                recordParameters,
                threads,
                Initialization.DEFAULT,
                List.of(),
                null,
                true);
    }

    /** Hidden 64, 64 ReLU, loss from the data, no penalty, 500 epochs of batches of 200, seed 0, one thread. */
    public static TrainingPlan defaults() {
        return new TrainingPlan(List.of(64, 64), Activation.RELU, null, 0, 500, 200, ScheduleClock.EPOCH, 0, false, 1);
    }

    public TrainingPlan withHiddenSizes(List<Integer> sizes) {
        return changed(c -> c.hiddenSizes = sizes);
    }

    public TrainingPlan withActivation(Activation value) {
        return changed(c -> c.activation = value);
    }

    /** @param value the loss, or null to choose it from the data */
    public TrainingPlan withLoss(Loss value) {
        return changed(c -> c.loss = value);
    }

    public TrainingPlan withL2(double value) {
        return changed(c -> c.l2 = value);
    }

    public TrainingPlan withEpochs(int value) {
        return changed(c -> c.epochs = value);
    }

    public TrainingPlan withBatchSize(int value) {
        return changed(c -> c.batchSize = value);
    }

    public TrainingPlan withScheduleClock(ScheduleClock value) {
        return changed(c -> c.scheduleClock = value);
    }

    public TrainingPlan withSeed(long value) {
        return changed(c -> c.seed = value);
    }

    public TrainingPlan withRecordParameters(boolean value) {
        return changed(c -> c.recordParameters = value);
    }

    public TrainingPlan withThreads(int value) {
        return changed(c -> c.threads = value);
    }

    public TrainingPlan withInitialization(Initialization value) {
        return changed(c -> c.initialization = value);
    }

    /**
     * Inverted dropout in training (see {@link downhill.engine.nn.Network#setDropout}): one probability in [0, 1)
     * for every hidden layer, or one per hidden layer; empty (or all 0) for none.
     */
    public TrainingPlan withDropout(List<Double> value) {
        return changed(c -> c.dropout = value);
    }

    /** @param value when to stop before the last epoch, or null to train them all */
    public TrainingPlan withEarlyStopping(EarlyStopping value) {
        return changed(c -> c.earlyStopping = value);
    }

    /** @param value false to keep the training samples in their order every epoch (no reshuffle) */
    public TrainingPlan withShuffle(boolean value) {
        return changed(c -> c.shuffle = value);
    }

    /** A copy of this plan with {@code change} made to its fields, checked as any new plan is. */
    private TrainingPlan changed(Consumer<Fields> change) {
        Fields fields = new Fields(this);
        change.accept(fields);
        return fields.plan();
    }

    /** A plan's fields, open to change: the one copy path of the {@code withX} methods. */
    private static final class Fields {
        List<Integer> hiddenSizes;
        Activation activation;
        Loss loss;
        double l2;
        int epochs;
        int batchSize;
        ScheduleClock scheduleClock;
        long seed;
        boolean recordParameters;
        int threads;
        Initialization initialization;
        List<Double> dropout;
        EarlyStopping earlyStopping;
        boolean shuffle;

        Fields(TrainingPlan plan) {
            hiddenSizes = plan.hiddenSizes;
            activation = plan.activation;
            loss = plan.loss;
            l2 = plan.l2;
            epochs = plan.epochs;
            batchSize = plan.batchSize;
            scheduleClock = plan.scheduleClock;
            seed = plan.seed;
            recordParameters = plan.recordParameters;
            threads = plan.threads;
            initialization = plan.initialization;
            dropout = plan.dropout;
            earlyStopping = plan.earlyStopping;
            shuffle = plan.shuffle;
        }

        TrainingPlan plan() {
            return new TrainingPlan(
                    hiddenSizes,
                    activation,
                    loss,
                    l2,
                    epochs,
                    batchSize,
                    scheduleClock,
                    seed,
                    recordParameters,
                    threads,
                    initialization,
                    dropout,
                    earlyStopping,
                    shuffle);
        }
    }

    /** Each hidden layer's dropout probability (all 0 without dropout). */
    public double[] dropoutRates() {
        double[] rates = new double[hiddenSizes.size()];
        for (int l = 0; l < rates.length; l++) {
            rates[l] = dropout.isEmpty() ? 0 : dropout.get(dropout.size() == 1 ? 0 : l);
        }
        return rates;
    }

    /** The network this plan trains on data of {@code inputs} features and {@code classCount} classes (0: regression). */
    public Architecture architectureFor(int inputs, int classCount) {
        return Architecture.forData(inputs, hiddenSizes, activation, lossFor(classCount), classCount);
    }

    /** The loss for data with {@code classCount} classes (0: regression): the plan's, checked, or the data's own. */
    public Loss lossFor(int classCount) {
        if (loss == null) {
            return Loss.forClasses(classCount);
        }
        loss.check(classCount);
        return loss;
    }
}
