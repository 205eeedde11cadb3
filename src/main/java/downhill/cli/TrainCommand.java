package downhill.cli;

import downhill.engine.Numbers;
import downhill.engine.nn.Architecture;
import downhill.engine.run.Contender;
import downhill.engine.train.EarlyStopping;
import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.ScheduleClock;
import downhill.engine.train.SklearnDefaults;
import downhill.engine.train.Trainer;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
        TrainFiles files = new TrainFiles(out, saveWeights, predictions);
        files.check(network.data.file(), network.training.testFile(), loadWeights);
        boolean evaluateOnly = epochs == 0 && loadWeights != null;
        PrintWriter stderr = spec.commandLine().getErr();
        NetworkOptions.Loaded loaded = network.load(stderr);
        TrainingOptions.Parts parts = loaded.parts();
        TrainingData prepared = parts.standardised();
        TrainingPlan plan = regularised(plan(evaluateOnly ? 1 : epochs));
        Contender contender = network.contender();
        if (like != null) {
            plan = likeSklearn(plan, prepared.train().sampleCount());
            contender = SklearnDefaults.contender(contender);
        }
        TrainReport report = new TrainReport(spec.commandLine().getOut(), stderr);
        try (Trainer trainer = new Trainer(prepared, plan, contender, startingWeights(plan, prepared))) {
            report.describe(loaded.all(), trainer, epochs, loadWeights);
            if (evaluateOnly) {
                String summary = TrainReport.untrainedSummary(trainer);
                files.write(trainer, parts.testAsRead());
                report.summary(summary);
                return 0;
            }
            double seconds = train(trainer, report);
            HistorySnapshot history = trainer.history().snapshot();
            report.divergence(trainer);
            files.write(trainer, parts.testAsRead());
            report.earlyStopping(trainer);
            report.summary(trainer, history, seconds);
        }
        return 0;
    }

    /** The plan of the network and training options, before --dropout, --early-stopping and --like. */
    private TrainingPlan plan(int planned) {
        TrainingOptions training = network.training;
        return new TrainingPlan(
                        network.layers.hiddenSizes(),
                        network.layers.activation(),
                        training.loss(),
                        training.l2(),
                        planned,
                        network.batchSize(),
                        ScheduleClock.parse(scheduleStep),
                        network.seed,
                        false,
                        threadCount())
                .withInitialization(training.initialization())
                .withShuffle(!noShuffle);
    }

    /** Runs every epoch with its progress lines; returns the seconds the training loop took. */
    private double train(Trainer trainer, TrainReport report) {
        long start = System.nanoTime();
        int every = Math.max(1, epochs / 10);
        Progress epochLines = progress.to(spec.commandLine().getErr());
        while (trainer.runEpoch()) {
            epochLines.report("epoch", trainer.epochsDone(), epochs);
            if (trainer.epochsDone() % every == 0) {
                report.progress(trainer.history().snapshot());
            }
        }
        epochLines.report("epoch", trainer.epochsDone(), epochs);
        return (System.nanoTime() - start) / 1e9;
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

    private int threadCount() {
        return threads != null ? threads : defaultThreads();
    }

    /** Two on a machine with two or more cores, else one. */
    static int defaultThreads() {
        return Math.min(2, Runtime.getRuntime().availableProcessors());
    }
}
