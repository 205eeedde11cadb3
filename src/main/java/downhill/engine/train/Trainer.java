package downhill.engine.train;

import downhill.engine.data.Dataset;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Evaluation;
import downhill.engine.nn.Network;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.run.Contender;
import downhill.engine.run.StopRule;
import downhill.engine.schedule.Schedule;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One network trained by one optimizer, epoch by epoch, on the calling thread.
 *
 * <p>An epoch reshuffles the training samples ({@link BatchOrder}: from the plan's seed, unless the plan says not to),
 * takes one update per batch, then evaluates the loss and accuracy on the whole training and test parts and records
 * them with the learning rate and the per-layer gradient norms. Two trainers with the same plan start from the same weights and see the same batches
 * in the same order, whatever their optimizers; the same plan gives the same numbers bit for bit.
 *
 * <p>A non-finite loss, parameter or gradient norm, or a parameter vector beyond the landscape's bound
 * ({@link StopRule#DEFAULT}, |θ| > 10⁶), stops training with {@code diverged at epoch k}; epoch k is not recorded.
 * The bound matters because saturating activations and cross-entropy keep an exploding network finite: SGD at
 * lr 10⁴ on ReLU drives weights to 10⁴⁹ with a finite loss, which is divergence all the same.
 *
 * <p>With {@link EarlyStopping}, training may end before the planned epochs; monitoring the test loss, the network
 * then holds the best epoch's weights (also when all epochs ran), while the history keeps every epoch run and names
 * the best ({@link HistorySnapshot#bestEpoch()}). Dropout's masks come from a third stream of the plan's seed, so
 * the copies of a comparison (one plan) see the same masks at the same update.
 */
public final class Trainer implements AutoCloseable {

    /** Keeps the initial weights and batch order apart from the data's streams when all come from one seed. */
    private static final long TRAINING_SALT = 0x6A09E667F3BCC909L;

    private final TrainingData data;
    private final TrainingPlan plan;
    private final Contender contender;
    private final Network network;
    private final Optimizer optimizer;
    private final Schedule schedule;
    private final BatchOrder order;
    private final double[] initialParameters;
    private final TrainingHistory history;
    private final double[] metrics = new double[Metric.values().length];
    private final double[] normSums;
    private int epochsDone;
    private long updates;
    private int divergedAt;
    /** Where {@link #updateAt} takes its next batch; −1 before the first. */
    private int rangeCursor = -1;
    /** Early stopping's count, or null without it. */
    private final StoppingRule stopping;
    /** The weights after the best epoch so far, kept only when early stopping restores them. */
    private double[] bestParameters;

    private boolean stoppedEarly;
    /** Per-layer histograms in the first epochs, on a network of its own (training's numbers stay the same). */
    private final LayerProbe probe;

    public Trainer(TrainingData data, TrainingPlan plan, Contender contender) {
        this(data, plan, contender, null);
    }

    /**
     * A trainer whose network starts from {@code start} (a parameter vector of its architecture, as
     * {@link Network#parameters()}) instead of the plan's initialisation; the batch order is the plan's all the same.
     *
     * @param start the initial weights, or null for the plan's initialisation
     */
    public Trainer(TrainingData data, TrainingPlan plan, Contender contender, double[] start) {
        this.data = data;
        this.plan = plan;
        this.contender = contender;
        Dataset train = data.train();
        Architecture architecture = plan.architectureFor(train.featureCount(), data.classCount());
        optimizer = contender.newOptimizer();
        schedule = contender.schedule();
        network = new Network(architecture, plan.threads());
        SplittableRandom seeds = new SplittableRandom(plan.seed() ^ TRAINING_SALT);
        network.initialize(seeds.nextLong(), plan.initialization());
        if (start != null) {
            network.setParameters(start);
        }
        order = new BatchOrder(
                train.sampleCount(), plan.batchSize(), plan.shuffle(), new SplittableRandom(seeds.nextLong()));
        // A third stream: the weights and batch order stay what they were without dropout.
        network.setDropout(plan.dropoutRates(), seeds.nextLong());
        stopping = plan.earlyStopping() == null ? null : new StoppingRule(plan.earlyStopping());
        initialParameters = network.parameters().clone();
        normSums = new double[architecture.layerCount()];
        history = new TrainingHistory(plan.epochs(), architecture.layerCount(), plan.recordParameters());
        probe = new LayerProbe(architecture, train, plan.l2(), plan.epochs());
        measure(0);
    }

    /** The probe's statistics after {@code epoch} epochs into the history, for the epochs it measures. */
    private void measure(int epoch) {
        EpochStatistics measured = probe.measure(epoch, network.parameters());
        if (measured != null) {
            history.appendStatistics(measured);
        }
    }

    /**
     * Trains one epoch and records it; returns whether more epochs remain (false once all are done or the run has
     * diverged, and then does nothing).
     */
    public boolean runEpoch() {
        if (done()) {
            return false;
        }
        int epoch = epochsDone + 1;
        Dataset train = data.train();
        order.reshuffle();
        Arrays.fill(normSums, 0);
        double rate = 0;
        int batches = 0;
        double batchLosses = 0;
        double[] parameters = network.parameters();
        for (int from = 0; from < order.samples(); from += order.batchSize()) {
            int rows = order.rowsFrom(from);
            double loss =
                    network.computeGradient(train.features(), train.targets(), order.indices(), from, rows, plan.l2());
            if (!Double.isFinite(loss)) {
                divergedAt = epoch;
                return false;
            }
            batchLosses += loss * rows;
            for (int layer = 0; layer < normSums.length; layer++) {
                normSums[layer] += network.layerGradientNorm(layer);
            }
            long t = plan.scheduleClock() == ScheduleClock.EPOCH ? epochsDone : updates;
            rate = schedule.rate(optimizer.learningRate(), t);
            optimizer.step(parameters, network.gradient(), rate);
            updates++;
            batches++;
        }
        double squares = 0;
        for (double p : parameters) {
            squares += p * p;
        }
        // NaN and ∞ fail this test too; the sum of squares overflows to ∞ only for norms beyond 1e154
        if (!(Math.sqrt(squares) <= StopRule.DEFAULT.bound())) {
            divergedAt = epoch;
            return false;
        }
        Evaluation onTrain = network.evaluate(train.features(), train.targets(), train.sampleCount());
        Evaluation onTest = network.evaluate(
                data.test().features(), data.test().targets(), data.test().sampleCount());
        double trainLoss = onTrain.loss() + network.penalty(plan.l2());
        if (!Double.isFinite(trainLoss) || !Double.isFinite(onTest.loss())) {
            divergedAt = epoch;
            return false;
        }
        boolean classes = data.classCount() > 0;
        metrics[Metric.TRAIN_LOSS.ordinal()] = trainLoss;
        metrics[Metric.TEST_LOSS.ordinal()] = onTest.loss();
        metrics[Metric.TRAIN_ACCURACY.ordinal()] = classes ? onTrain.accuracy() : Double.NaN;
        metrics[Metric.TEST_ACCURACY.ordinal()] = classes ? onTest.accuracy() : Double.NaN;
        metrics[Metric.LEARNING_RATE.ordinal()] = rate;
        double meanBatchLoss = batchLosses / order.samples();
        metrics[Metric.BATCH_LOSS.ordinal()] = meanBatchLoss;
        for (int layer = 0; layer < normSums.length; layer++) {
            normSums[layer] /= batches;
            if (!Double.isFinite(normSums[layer])) {
                divergedAt = epoch;
                return false;
            }
        }
        boolean stop = stopping != null && observe(epoch, trainLoss, onTest.loss(), meanBatchLoss);
        history.append(
                metrics,
                normSums,
                TrainingHistory.keepsParameters(epoch, plan.epochs()) ? parameters : null,
                stopping == null ? 0 : stopping.bestEpoch());
        epochsDone = epoch;
        stoppedEarly = stop;
        measure(epoch);
        if (done() && bestParameters != null) {
            network.setParameters(bestParameters);
        }
        return !done();
    }

    /** Feeds early stopping this epoch's loss, keeping a copy of the weights when they are the best to restore. */
    private boolean observe(int epoch, double trainLoss, double testLoss, double meanBatchLoss) {
        EarlyStopping settings = plan.earlyStopping();
        boolean stop = stopping.observe(
                epoch,
                switch (settings.monitor()) {
                    case TEST -> testLoss;
                    case TRAIN -> trainLoss;
                    case BATCHES -> meanBatchLoss;
                });
        if (stopping.improved() && settings.restoresBest()) {
            bestParameters = network.parameters().clone();
        }
        return stop;
    }

    /** Trains every remaining epoch (or until divergence). */
    public void run() {
        while (runEpoch()) {
            // each epoch records itself
        }
    }

    /**
     * One update on the next mini-batch at {@code rate} instead of the schedule's, the batches cut and shuffled per
     * epoch as {@link #runEpoch} cuts them; nothing is recorded. For the learning-rate range test, on a trainer of
     * its own (not mixed with {@link #runEpoch}). Returns the batch's loss before the update; a loss that is not
     * finite takes no step.
     */
    public double updateAt(double rate) {
        if (rangeCursor < 0 || rangeCursor >= order.samples()) {
            order.reshuffle();
            rangeCursor = 0;
        }
        int rows = order.rowsFrom(rangeCursor);
        double loss = network.computeGradient(
                data.train().features(), data.train().targets(), order.indices(), rangeCursor, rows, plan.l2());
        if (Double.isFinite(loss)) {
            optimizer.step(network.parameters(), network.gradient(), rate);
        }
        rangeCursor += rows;
        return loss;
    }

    /** The order of the training samples in the last epoch's batches (a copy; for tests). */
    int[] batchOrder() {
        return order.indices().clone();
    }

    public boolean done() {
        return diverged() || stoppedEarly || epochsDone >= plan.epochs();
    }

    /** Whether early stopping ended the run before its last epoch. */
    public boolean stoppedEarly() {
        return stoppedEarly;
    }

    /**
     * The epoch with the best monitored loss so far (0 without early stopping). Monitoring the test loss, the
     * network holds this epoch's weights once the run is done, and its figures are the run's result.
     */
    public int bestEpoch() {
        return stopping == null ? 0 : stopping.bestEpoch();
    }

    public boolean diverged() {
        return divergedAt > 0;
    }

    /** The epoch at which training diverged, or 0. */
    public int divergedAtEpoch() {
        return divergedAt;
    }

    /**
     * e.g. {@code epoch 120 of 500}, {@code finished 500 epochs}, {@code diverged at epoch 12}, {@code stopped early
     * at epoch 143 (best test loss at epoch 133, its weights restored)}.
     */
    public String status() {
        if (diverged()) {
            return "diverged at epoch " + divergedAt;
        }
        String best = stopping == null || epochsDone == 0
                ? ""
                : " (best " + plan.earlyStopping().monitor().label() + " loss at epoch " + stopping.bestEpoch()
                        + (plan.earlyStopping().restoresBest() && done() ? ", its weights restored" : "") + ")";
        if (stoppedEarly) {
            return "stopped early at epoch " + epochsDone + best;
        }
        return (epochsDone >= plan.epochs()
                        ? "finished " + epochsDone + " epochs"
                        : "epoch " + epochsDone + " of " + plan.epochs())
                + best;
    }

    public int epochsDone() {
        return epochsDone;
    }

    public int updatesPerEpoch() {
        return order.batchCount();
    }

    public int batchSize() {
        return order.batchSize();
    }

    public TrainingHistory history() {
        return history;
    }

    public TrainingPlan plan() {
        return plan;
    }

    public TrainingData data() {
        return data;
    }

    public Contender contender() {
        return contender;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    /** The network being trained; touch it only from the training thread. */
    public Network network() {
        return network;
    }

    /**
     * Copies of the weights now, between epochs, and of the optimizer's state when {@code withOptimizer}; from the
     * training thread only, or once it has ended.
     */
    public Checkpoint checkpoint(boolean withOptimizer) {
        long t = plan.scheduleClock() == ScheduleClock.EPOCH ? epochsDone : updates;
        return new Checkpoint(
                epochsDone,
                network.parameters().clone(),
                withOptimizer ? optimizer.snapshot() : null,
                schedule.rate(optimizer.learningRate(), t));
    }

    /** A copy of the weights training started from. */
    public double[] initialParameters() {
        return initialParameters.clone();
    }

    /** Ends the network's helper thread, if it has one. */
    @Override
    public void close() {
        network.close();
    }
}
