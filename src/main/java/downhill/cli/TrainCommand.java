package downhill.cli;

import downhill.engine.Numbers;
import downhill.engine.data.Dataset;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Evaluation;
import downhill.engine.nn.Initialization;
import downhill.engine.nn.Network;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.run.Contender;
import downhill.engine.train.EarlyStopping;
import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.Metric;
import downhill.engine.train.ScheduleClock;
import downhill.engine.train.SklearnDefaults;
import downhill.engine.train.Trainer;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code train}: trains one network on built-in or CSV data and reports per-epoch metrics. */
@Command(
        name = "train",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        defaultValueProvider = TrainCommand.DefaultOptimizer.class,
        description = {
            "Train a small neural network on a built-in dataset or a CSV file.",
            "Each epoch reshuffles the training part, takes one update per batch, then measures loss and "
                    + "accuracy on the whole training and test parts. Stdout ends with one summary line: "
                    + "test_accuracy=… test_loss=… train_loss=… epochs=… train_seconds=… (the training loop "
                    + "alone), with --early-stopping also stopped_early_at=… (when it did) and best_epoch=….",
            "Without --optimizer it trains with Adam at its defaults."
        })
final class TrainCommand implements Callable<Integer> {

    /** Lets {@code train} default to Adam while {@code trace} keeps --optimizer required. */
    static final class DefaultOptimizer implements IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec argument) {
            return argument instanceof OptionSpec option && option.longestName().equals("--optimizer") ? "adam" : null;
        }
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private NetworkOptions network;

    @Option(
            names = "--epochs",
            paramLabel = "N",
            defaultValue = "500",
            description = "Epochs (default: 500); 0 with --load-weights tests the file's weights as they are.")
    private int epochs;

    @Option(
            names = "--schedule-step",
            paramLabel = "epoch|update",
            defaultValue = "epoch",
            description = "Whether the schedule counts epochs or updates (default: epoch).")
    private String scheduleStep;

    @Option(
            names = "--threads",
            paramLabel = "1|2",
            description = "Threads for the two halves of each batch; the numbers are the same either way "
                    + "(default: 2 on a machine with two or more cores, else 1).")
    private Integer threads;

    @Mixin
    private Progress.Option progress;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Write per-epoch metrics as CSV: epoch,train_loss,test_loss,train_accuracy,test_accuracy,lr,"
                    + "batch_loss (the mean of the epoch's batch losses with their penalty: scikit-learn's "
                    + "loss_curve_).")
    private Path out;

    @Option(
            names = "--save-weights",
            paramLabel = "FILE.json",
            description = "Write the final weights as 'backprop --weights' reads them: per layer W (outputs × "
                    + "inputs) and b, for inputs standardised as training standardised them.")
    private Path saveWeights;

    @Option(
            names = "--load-weights",
            paramLabel = "FILE.json",
            description = "Start from these weights (the --save-weights format) instead of --init; their shapes "
                    + "must fit --hidden and the data.")
    private Path loadWeights;

    @Option(
            names = "--predictions",
            paramLabel = "FILE.csv",
            description = "Write each test sample after training: its features as in the data (before "
                    + "standardisation), its label, and the predicted probability of each class (p_CLASS; for bce "
                    + "the second class only) or, for mse, the predicted value.")
    private Path predictions;

    @Option(
            names = "--dropout",
            paramLabel = "P[,P...]",
            description = "Inverted dropout in training: each hidden unit's output is zeroed with probability P "
                    + "and the others scaled by 1/(1 − P); off when measuring loss and accuracy. One P for every "
                    + "hidden layer or one per hidden layer, each in [0, 1); masks drawn from --seed (default: none).")
    private String dropout;

    @Option(
            names = "--early-stopping",
            paramLabel = "SPEC",
            description = "Stop before --epochs: " + EarlyStopping.ACCEPTED + ". monitor=test (default) stops "
                    + "after K epochs without the test loss falling below its best − D and ends with the best "
                    + "epoch's weights; monitor=train is scikit-learn's rule on the training loss (more than K "
                    + "epochs), keeping the last weights.")
    private String earlyStopping;

    @Option(
            names = "--no-shuffle",
            description = "Keep the training samples in their order every epoch instead of reshuffling them (as "
                    + "scikit-learn's shuffle=False): batches are rows 1–B, B+1–2B, … of the training part.")
    private boolean noShuffle;

    @Option(
            names = "--like",
            paramLabel = "sklearn",
            description = "Train as scikit-learn's MLPClassifier does by default: its initialisation, L2 alpha 1e-4 "
                    + "(--l2 alpha/batch), batch min(200, n), Nesterov momentum for SGD, and its stop on the training "
                    + "loss (tol 1e-4, 10 epochs); --epochs is its max_iter. Options given explicitly win.")
    private String like;

    @Override
    public Integer call() {
        Object[] inputs = {
            network.data.file(),
            "the input data",
            network.training.testFile(),
            "the test data",
            loadWeights,
            "the --load-weights file"
        };
        Output.check("--out", out, inputs);
        // Saving over the loaded weights is allowed: they are read before training, and the write replaces the file
        // whole.
        Output.check("--save-weights", saveWeights, Arrays.copyOf(inputs, 4));
        Output.check("--predictions", predictions, inputs);
        refuseOneFileTwice();
        boolean evaluateOnly = epochs == 0 && loadWeights != null;
        NetworkOptions.Loaded loaded = network.load(spec.commandLine().getErr());
        Dataset all = loaded.all();
        TrainingOptions.Parts parts = loaded.parts();
        TrainingData prepared = parts.standardised();
        TrainingOptions training = network.training;
        TrainingPlan plan = new TrainingPlan(
                        network.layers.hiddenSizes(),
                        network.layers.activation(),
                        training.loss(),
                        training.l2(),
                        evaluateOnly ? 1 : epochs,
                        network.batchSize(),
                        ScheduleClock.parse(scheduleStep),
                        network.seed,
                        false,
                        threadCount())
                .withInitialization(training.initialization())
                .withShuffle(!noShuffle);
        plan = regularised(plan);
        Contender contender = network.contender();
        if (like != null) {
            plan = likeSklearn(plan, prepared.train().sampleCount());
            contender = SklearnDefaults.contender(contender);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try (Trainer trainer = new Trainer(prepared, plan, contender, startingWeights(plan, prepared))) {
            describe(stdout, all, prepared, trainer);
            if (evaluateOnly) {
                evaluate(stdout, trainer, parts.testAsRead());
                return 0;
            }
            long start = System.nanoTime();
            int every = Math.max(1, epochs / 10);
            Progress epochLines = progress.to(spec.commandLine().getErr());
            while (trainer.runEpoch()) {
                epochLines.report("epoch", trainer.epochsDone(), epochs);
                if (trainer.epochsDone() % every == 0) {
                    progress(stdout, trainer.history().snapshot());
                }
            }
            epochLines.report("epoch", trainer.epochsDone(), epochs);
            double seconds = (System.nanoTime() - start) / 1e9;
            HistorySnapshot history = trainer.history().snapshot();
            if (trainer.diverged()) {
                spec.commandLine().getErr().println(trainer.status());
            }
            if (out != null) {
                writeCsv(history);
            }
            writeWeightsAndPredictions(trainer, parts.testAsRead());
            if (!trainer.diverged() && plan.earlyStopping() != null) {
                spec.commandLine().getErr().println(trainer.status());
            }
            // Restored weights are the best epoch's, and so are the figures reported for them.
            int shown = plan.earlyStopping() != null && plan.earlyStopping().restoresBest() && trainer.bestEpoch() > 0
                    ? trainer.bestEpoch() - 1
                    : history.epochs() - 1;
            stdout.println("test_accuracy=" + Numbers.format(history.value(Metric.TEST_ACCURACY, shown))
                    + " test_loss=" + Numbers.format(history.value(Metric.TEST_LOSS, shown))
                    + " train_loss=" + Numbers.format(history.value(Metric.TRAIN_LOSS, shown))
                    + " epochs=" + history.epochs()
                    + " train_seconds=" + Numbers.format(Math.round(seconds * 1000) / 1000.0)
                    + (trainer.stoppedEarly() ? " stopped_early_at=" + trainer.epochsDone() : "")
                    + (plan.earlyStopping() != null ? " best_epoch=" + trainer.bestEpoch() : ""));
            stdout.flush();
        }
        return 0;
    }

    /**
     * scikit-learn's defaults on the plan ({@link SklearnDefaults}), except what was given explicitly: --init,
     * --l2, --batch-size and --early-stopping win over them.
     */
    private TrainingPlan likeSklearn(TrainingPlan plan, int samples) {
        if (!like.strip().equals("sklearn")) {
            throw new UserError("--like takes sklearn, got '" + like.strip() + "'");
        }
        var given = spec.commandLine().getParseResult();
        TrainingPlan sk = SklearnDefaults.plan(plan, samples);
        if (given.hasMatchedOption("--init")) {
            sk = sk.withInitialization(plan.initialization());
        }
        if (given.hasMatchedOption("--batch-size")) {
            sk = sk.withBatchSize(plan.batchSize()).withL2(SklearnDefaults.l2(Math.min(plan.batchSize(), samples)));
        }
        if (given.hasMatchedOption("--l2")) {
            sk = sk.withL2(plan.l2());
        }
        if (given.hasMatchedOption("--early-stopping")) {
            sk = sk.withEarlyStopping(plan.earlyStopping());
        }
        return sk;
    }

    /** The plan with --dropout and --early-stopping, refused in one line when malformed. */
    private TrainingPlan regularised(TrainingPlan plan) {
        TrainingPlan result = plan;
        if (dropout != null) {
            List<Double> rates = new ArrayList<>();
            for (String part : dropout.split(",", -1)) {
                double p;
                try {
                    p = Numbers.parse(part);
                } catch (IllegalArgumentException e) {
                    throw new UserError("--dropout: " + e.getMessage());
                }
                if (!(p >= 0 && p < 1)) {
                    throw new UserError(
                            "--dropout: a probability is in [0, 1) (1 would drop every unit), got " + part.strip());
                }
                rates.add(p);
            }
            int hidden = plan.hiddenSizes().size();
            if (hidden == 0 && rates.stream().anyMatch(p -> p > 0)) {
                throw new UserError("--dropout: the network has no hidden layer (--hidden '') to drop units from");
            }
            if (rates.size() > 1 && rates.size() != hidden) {
                throw new UserError("--dropout: give one probability for all hidden layers or one per hidden layer ("
                        + hidden + " for --hidden "
                        + plan.hiddenSizes().stream().map(String::valueOf).collect(Collectors.joining(",")) + "), got "
                        + rates.size());
            }
            result = result.withDropout(rates);
        }
        if (earlyStopping != null) {
            try {
                result = result.withEarlyStopping(EarlyStopping.parse(earlyStopping));
            } catch (IllegalArgumentException e) {
                throw new UserError("--early-stopping: " + e.getMessage());
            }
        }
        return result;
    }

    /** Two outputs on one file would leave only the last one written. */
    private void refuseOneFileTwice() {
        Path[] files = {out, saveWeights, predictions};
        String[] names = {"--out", "--save-weights", "--predictions"};
        for (int i = 0; i < files.length; i++) {
            for (int j = i + 1; j < files.length; j++) {
                if (files[i] != null
                        && files[j] != null
                        && files[i].toAbsolutePath()
                                .normalize()
                                .equals(files[j].toAbsolutePath().normalize())) {
                    throw new UserError(
                            names[i] + " and " + names[j] + " name the same file " + files[i] + "; choose two files");
                }
            }
        }
    }

    /** The weights of --load-weights, shape-checked against the plan's network on these data; or null. */
    private double[] startingWeights(TrainingPlan plan, TrainingData prepared) {
        if (loadWeights == null) {
            return null;
        }
        Architecture architecture = plan.architectureFor(prepared.train().featureCount(), prepared.classCount());
        return WeightsFile.read(
                        loadWeights,
                        architecture.widths(),
                        "--load-weights",
                        "the network (--hidden and " + "the data) has")
                .parameters(architecture);
    }

    /** {@code --epochs 0 --load-weights}: the summary line of the loaded weights, and the files asked for. */
    private void evaluate(PrintWriter stdout, Trainer trainer, Dataset testAsRead) {
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
        if (out != null) {
            writeCsv(trainer.history().snapshot());
        }
        writeWeightsAndPredictions(trainer, testAsRead);
        stdout.println("test_accuracy=" + Numbers.format(prepared.classCount() > 0 ? onTest.accuracy() : Double.NaN)
                + " test_loss=" + Numbers.format(onTest.loss())
                + " train_loss="
                + Numbers.format(onTrain.loss() + network.penalty(trainer.plan().l2()))
                + " epochs=0 train_seconds=0");
        stdout.flush();
    }

    private void writeWeightsAndPredictions(Trainer trainer, Dataset testAsRead) {
        if (saveWeights != null) {
            Output.write(saveWeights, null, writer -> BackpropJson.writeWeights(trainer.network(), writer));
        }
        if (predictions != null) {
            Output.write(
                    predictions,
                    null,
                    writer ->
                            Predictions.write(trainer.network(), trainer.data().test(), testAsRead, writer));
        }
    }

    private int threadCount() {
        return threads != null ? threads : defaultThreads();
    }

    /** Two on a machine with two or more cores, else one. */
    static int defaultThreads() {
        return Math.min(2, Runtime.getRuntime().availableProcessors());
    }

    private void describe(PrintWriter stdout, Dataset all, TrainingData prepared, Trainer trainer) {
        Architecture architecture = trainer.network().architecture();
        Optimizer made = trainer.optimizer();
        stdout.println("data: " + all.describe() + "; " + prepared.train().sampleCount() + " to train, "
                + prepared.test().sampleCount() + " to test, standardised on the training part");
        stdout.println("network: " + architecture.describe() + ", " + architecture.parameterCount()
                + " parameters"
                + (trainer.plan().l2() > 0
                        ? ", L2 " + Numbers.format(trainer.plan().l2())
                        : "")
                + (trainer.plan().dropout().isEmpty()
                        ? ""
                        : ", dropout "
                                + trainer.plan().dropout().stream()
                                        .map(Numbers::format)
                                        .collect(Collectors.joining(",")))
                + (loadWeights != null
                        ? ", starting from " + loadWeights
                        : trainer.plan().initialization().equals(Initialization.DEFAULT)
                                ? ""
                                : ", initialised "
                                        + trainer.plan().initialization().spec()));
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
                + trainer.plan().scheduleClock().label());
        stdout.println("batches: " + trainer.batchSize() + " samples, " + trainer.updatesPerEpoch()
                + " updates per epoch, " + epochs + " epochs"
                + (trainer.plan().earlyStopping() == null
                        ? ""
                        : " at most, early stopping "
                                + trainer.plan().earlyStopping().spec()));
    }

    private static void progress(PrintWriter stdout, HistorySnapshot history) {
        double accuracy = history.last(Metric.TEST_ACCURACY);
        stdout.println("epoch " + history.epochs() + ": train_loss=" + Numbers.format(history.last(Metric.TRAIN_LOSS))
                + " test_loss=" + Numbers.format(history.last(Metric.TEST_LOSS))
                + (Double.isNaN(accuracy) ? "" : " test_accuracy=" + Numbers.format(accuracy)));
    }

    private void writeCsv(HistorySnapshot history) {
        Output.write(out, null, writer -> {
            StringBuilder row = new StringBuilder(128).append("epoch");
            for (Metric metric : Metric.values()) {
                row.append(',').append(metric.column());
            }
            writer.write(row.append('\n').toString());
            for (int i = 0; i < history.epochs(); i++) {
                row.setLength(0);
                row.append(i + 1);
                for (Metric metric : Metric.values()) {
                    row.append(',').append(Numbers.format(history.value(metric, i)));
                }
                writer.write(row.append('\n').toString());
            }
        });
    }
}
