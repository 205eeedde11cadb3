package downhill.cli;

import downhill.engine.Numbers;
import downhill.engine.data.Dataset;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Evaluation;
import downhill.engine.nn.Initialization;
import downhill.engine.nn.Network;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.train.EarlyStopping;
import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.Metric;
import downhill.engine.train.Trainer;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * What {@code train} prints: on stdout the run's description, a progress line every tenth of the epochs and the
 * summary line that ends it; on stderr how a diverged or early-stopped run ended.
 */
final class TrainReport {

    private final PrintWriter stdout;
    private final PrintWriter stderr;

    TrainReport(PrintWriter stdout, PrintWriter stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * The data, network, optimizer and batches lines.
     *
     * @param loadedWeights the file of --load-weights, or null
     */
    void describe(Dataset all, Trainer trainer, int epochs, Path loadedWeights) {
        TrainingData prepared = trainer.data();
        TrainingPlan plan = trainer.plan();
        Architecture architecture = trainer.network().architecture();
        Optimizer made = trainer.optimizer();
        stdout.println("data: " + all.describe() + "; " + prepared.train().sampleCount() + " to train, "
                + prepared.test().sampleCount() + " to test, standardised on the training part");
        stdout.println("network: " + architecture.describe() + ", " + architecture.parameterCount()
                + " parameters"
                + (plan.l2() > 0 ? ", L2 " + Numbers.format(plan.l2()) : "")
                + (plan.dropout().isEmpty()
                        ? ""
                        : ", dropout "
                                + plan.dropout().stream().map(Numbers::format).collect(Collectors.joining(",")))
                + (loadedWeights != null
                        ? ", starting from " + loadedWeights
                        : plan.initialization().equals(Initialization.DEFAULT)
                                ? ""
                                : ", initialised " + plan.initialization().spec()));
        String hyperparameters = made.hyperparameters().values().entrySet().stream()
                .filter(e -> !e.getKey().equals(Hyperparameter.LR))
                .map(e -> e.getKey() + "="
                        + (trainer.contender().type().hyperparameter(e.getKey()).isFlag()
                                ? String.valueOf(e.getValue() != 0)
                                : Numbers.format(e.getValue())))
                .collect(Collectors.joining(" "));
        stdout.println("optimizer: " + made.name() + " lr=" + Numbers.format(made.learningRate()) + " "
                + hyperparameters + "; schedule "
                + trainer.contender().schedule().spec() + " per "
                + plan.scheduleClock().label());
        stdout.println("batches: " + trainer.batchSize() + " samples, " + trainer.updatesPerEpoch()
                + " updates per epoch, " + epochs + " epochs"
                + (plan.earlyStopping() == null
                        ? ""
                        : " at most, early stopping " + plan.earlyStopping().spec()));
    }

    /** e.g. {@code epoch 50: train_loss=0.31 test_loss=0.35 test_accuracy=0.88}. */
    void progress(HistorySnapshot history) {
        double accuracy = history.last(Metric.TEST_ACCURACY);
        stdout.println("epoch " + history.epochs() + ": train_loss=" + Numbers.format(history.last(Metric.TRAIN_LOSS))
                + " test_loss=" + Numbers.format(history.last(Metric.TEST_LOSS))
                + (Double.isNaN(accuracy) ? "" : " test_accuracy=" + Numbers.format(accuracy)));
    }

    /** The trainer's status on stderr when the run diverged. */
    void divergence(Trainer trainer) {
        if (trainer.diverged()) {
            stderr.println(trainer.status());
        }
    }

    /** With early stopping, the trainer's status on stderr (when it stopped, and which epoch was best). */
    void earlyStopping(Trainer trainer) {
        if (!trainer.diverged() && trainer.plan().earlyStopping() != null) {
            stderr.println(trainer.status());
        }
    }

    /** The summary line of a run that trained for {@code seconds}. */
    void summary(Trainer trainer, HistorySnapshot history, double seconds) {
        EarlyStopping stopping = trainer.plan().earlyStopping();
        // Restored weights are the best epoch's, and so are the figures reported for them.
        int shown = stopping != null && stopping.restoresBest() && trainer.bestEpoch() > 0
                ? trainer.bestEpoch() - 1
                : history.epochs() - 1;
        stdout.println("test_accuracy=" + Numbers.format(recorded(history, Metric.TEST_ACCURACY, shown))
                + " test_loss=" + Numbers.format(recorded(history, Metric.TEST_LOSS, shown))
                + " train_loss=" + Numbers.format(recorded(history, Metric.TRAIN_LOSS, shown))
                + " epochs=" + history.epochs()
                + " train_seconds=" + Numbers.format(Math.round(seconds * 1000) / 1000.0)
                + (trainer.stoppedEarly() ? " stopped_early_at=" + trainer.epochsDone() : "")
                + (stopping != null ? " best_epoch=" + trainer.bestEpoch() : ""));
        stdout.flush();
    }

    /** A run that diverged in its first epoch recorded nothing: its figures are NaN, not an error. */
    private static double recorded(HistorySnapshot history, Metric metric, int epoch) {
        return epoch >= 0 && epoch < history.epochs() ? history.value(metric, epoch) : Double.NaN;
    }

    /** {@code --epochs 0 --load-weights}: the summary line of the network's weights as they are. */
    static String untrainedSummary(Trainer trainer) {
        TrainingData prepared = trainer.data();
        Network network = trainer.network();
        Evaluation onTest = network.evaluate(
                prepared.test().features(),
                prepared.test().targets(),
                prepared.test().sampleCount());
        Evaluation onTrain = network.evaluate(
                prepared.train().features(),
                prepared.train().targets(),
                prepared.train().sampleCount());
        return "test_accuracy=" + Numbers.format(prepared.classCount() > 0 ? onTest.accuracy() : Double.NaN)
                + " test_loss=" + Numbers.format(onTest.loss())
                + " train_loss="
                + Numbers.format(onTrain.loss() + network.penalty(trainer.plan().l2()))
                + " epochs=0 train_seconds=0";
    }

    /** Prints a summary line made before the files were written. */
    void summary(String line) {
        stdout.println(line);
        stdout.flush();
    }
}
