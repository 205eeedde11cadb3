package downhill.cli;

import downhill.engine.data.Dataset;
import downhill.engine.data.TrainTestSplit;
import downhill.engine.nn.Initialization;
import downhill.engine.nn.Loss;
import downhill.engine.schedule.Schedule;
import downhill.engine.schedule.Schedules;
import downhill.engine.train.TrainingData;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How the commands that train a network hold out test data and train: {@code --test-fraction --test-data --loss
 * --l2 --schedule --init}, declared once for {@code train} and {@code nn-landscape}.
 */
final class TrainingOptions {

    static final double DEFAULT_TEST_FRACTION = 0.2;

    @Option(
            names = "--test-fraction",
            paramLabel = "F",
            description = "Share of the samples held out for testing, stratified by class (default: 0.2).")
    private Double testFraction;

    @Option(
            names = "--test-data",
            paramLabel = "FILE.csv",
            description = "Test on this CSV file instead of a share of --data, which then trains in full: the same "
                    + "columns as the --data file (and --label), standardised with the training data's means and "
                    + "spreads. Not with a generator or --test-fraction.")
    private Path testData;

    @Option(
            names = "--loss",
            paramLabel = "NAME",
            defaultValue = "auto",
            description = "auto (bce for two classes, ce for more, mse for regression), bce, ce or mse.")
    private String loss;

    @Option(
            names = "--l2",
            paramLabel = "F",
            defaultValue = "0",
            description = "L2 penalty λ: adds λ/2·Σ‖W‖² over the weights (not biases) to the loss (default: 0).")
    private double l2;

    @Option(
            names = "--schedule",
            paramLabel = "SPEC",
            defaultValue = "constant",
            description = "Learning-rate schedule: " + Schedules.ACCEPTED + ".")
    private String schedule;

    @Option(
            names = "--init",
            paramLabel = "NAME[:k=v]",
            defaultValue = "default",
            description = "Initial weights: " + Initialization.ACCEPTED + " (default: He-uniform before ReLU-like "
                    + "units, Glorot-uniform elsewhere; see docs/training.md).")
    private String init;

    /** The CSV file of --test-data, or null. */
    Path testFile() {
        return testData;
    }

    /** Refuses, before any data are read, --test-data beside a generator or --test-fraction. */
    void check(DataOptions data) {
        if (testData == null) {
            return;
        }
        if (testFraction != null) {
            throw new UserError(
                    "--test-fraction and --test-data exclude each other: with a test file, all of " + "--data trains");
        }
        if (data.file() == null) {
            throw new UserError("--test-data needs --data to be a CSV file too, not a generator (generated data "
                    + "are split by --test-fraction)");
        }
        if (testData.toString().isBlank()) {
            throw new UserError("--test-data needs a file name, got an empty one");
        }
    }

    /**
     * The parts a network trains and is tested on, standardised with the training part's statistics, and the test
     * part as read (for --predictions).
     */
    record Parts(TrainingData standardised, Dataset testAsRead) {}

    /** {@code all} split by --test-fraction, or {@code all} to train and the --test-data file to test. */
    Parts prepare(Dataset all, DataOptions data, long seed, PrintWriter err) {
        check(data);
        if (testData == null) {
            TrainTestSplit split =
                    TrainingData.split(all, testFraction == null ? DEFAULT_TEST_FRACTION : testFraction, seed);
            return new Parts(TrainingData.of(split.train(), split.test(), true), split.test());
        }
        Dataset test = data.loadTest(testData, all, seed, err);
        return new Parts(TrainingData.of(all, test, true), test);
    }

    /** The loss asked for, or null to choose it from the data. */
    Loss loss() {
        return loss.strip().equals("auto") ? null : Loss.parse(loss);
    }

    double l2() {
        return l2;
    }

    Schedule schedule() {
        return Schedules.parse(schedule);
    }

    Initialization initialization() {
        try {
            return Initialization.parse(init);
        } catch (IllegalArgumentException e) {
            throw new UserError("--init: " + e.getMessage());
        }
    }
}
