package downhill.cli;

import downhill.engine.data.BatchSize;

import downhill.engine.data.Dataset;
import downhill.engine.data.Generators;
import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.data.DataModel;
import downhill.engine.function.data.DataObjective;
import downhill.engine.function.data.DataObjectives;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.run.Descent;
import downhill.engine.run.GradientNoise;
import downhill.engine.run.GradientSource;
import downhill.engine.run.MiniBatches;
import downhill.engine.run.Outcome;
import downhill.engine.run.StopRule;
import downhill.engine.run.Trajectory;
import downhill.engine.schedule.Schedule;
import downhill.engine.schedule.Schedules;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trace}: one optimizer's trajectory on one function, as CSV. */
@Command(name = "trace", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run one optimizer on a function and print its trajectory as CSV: "
                + "step,x,y,loss,grad_x,grad_y,lr. Row 0 is the start; row k holds the position after k steps, "
                + "its loss and gradient, and the learning rate of the step taken from it.")
final class TraceCommand implements Callable<Integer> {

    /** Keeps the batch order apart from the data generator's stream when both come from one seed. */
    private static final long BATCH_SALT = 0x5851F42D4C957F2DL;

    @Spec
    private CommandSpec spec;

    @Option(names = "--function", required = true, paramLabel = "NAME|EXPR",
            description = "A built-in name or an expression in x and y, e.g. \"(1-x)^2 + 100*(y-x^2)^2\"; or a model "
                    + "on data: linear-regression (parameters w,b) or logistic-regression (w1,w2).")
    private String function;

    @Option(names = "--data", paramLabel = "NAME|FILE.csv",
            description = "The data of linear-regression or logistic-regression: a generator or a CSV file "
                    + "(default: line, 200 points y = 2x - 1 + noise; gaussian, two clouds of 200 points).")
    private String data;

    @Option(names = "--label", paramLabel = "COLUMN", description = "The CSV column holding the target "
            + "(default: the last).")
    private String label;

    @Option(names = "--batch-size", paramLabel = "N|all",
            description = "Samples per step for a model on data: 'all' is batch gradient descent, 1 is stochastic "
                    + "(default: all).")
    private String batchSize;

    @Option(names = "--gradient-noise", paramLabel = "F",
            description = "Std of Gaussian noise added to each gradient component of a function (default: 0).")
    private Double gradientNoise;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Seeds the generated data, the batch order and the gradient noise (default: 0).")
    private long seed;

    @Mixin
    private OptimizerOptions optimizer;

    @Option(names = "--start", paramLabel = "X,Y", description = "Start point (default: the function's own).")
    private String start;

    @Option(names = "--steps", required = true, paramLabel = "N", description = "Number of steps.")
    private int steps;

    @Option(names = "--schedule", paramLabel = "SPEC", defaultValue = "constant",
            description = "Learning-rate schedule: " + Schedules.ACCEPTED + ".")
    private String schedule;

    @Option(names = "--tolerance", paramLabel = "F", defaultValue = "1e-8",
            description = "Report convergence once the gradient norm falls below this (the run goes on).")
    private double tolerance;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here instead of standard output.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        if (steps < 0) {
            throw new UserError("--steps must be a whole number ≥ 0, got " + steps);
        }
        Output.check("--out", out, data == null ? null : DataArguments.file(data), "the input data");
        DataModel model = DataModel.byName(function.strip());
        Objective objective;
        GradientSource source;
        if (model != null) {
            if (gradientNoise != null) {
                throw new UserError("--gradient-noise applies to functions; " + model.cliName()
                        + " takes its noise from mini-batches (--batch-size)");
            }
            DataObjective onData = DataObjectives.of(model, dataset(model));
            objective = onData;
            source = MiniBatches.of(onData, batchSize == null ? BatchSize.ALL : DataArguments.batchSize(batchSize),
                    seed ^ BATCH_SALT);
        } else {
            if (data != null || label != null || batchSize != null) {
                throw new UserError((data != null ? "--data" : label != null ? "--label" : "--batch-size")
                        + " applies to linear-regression and logistic-regression, not to '" + function.strip() + "'");
            }
            objective = Functions.resolve(function);
            source = gradientNoise == null || gradientNoise == 0 ? null : noise(objective);
        }
        Point from = start == null ? objective.start() : parseStart();
        Schedule rates = Schedules.parse(schedule);
        Optimizer made = optimizer.type().create(optimizer.hyperparameters());
        StopRule rule = new StopRule(StopRule.DEFAULT.bound(), tolerance, false);
        Descent descent = new Descent(objective, source, from, made, rates, rule, steps);
        Output.write(out, spec.commandLine().getOut(), writer -> stream(descent, steps, writer));
        Outcome outcome = descent.outcome();
        if (outcome.status() != Outcome.Status.RUNNING) {
            spec.commandLine().getErr().println(outcome.message());
        }
        return 0;
    }

    private Dataset dataset(DataModel model) {
        if (data == null || data.strip().equals(DataObjectives.LINE)) {
            if (data == null && model.logistic()) {
                return Generators.generate(DataObjectives.CLOUDS, DataObjectives.DEFAULT_SAMPLES,
                        DataObjectives.DEFAULT_CLOUD_NOISE, seed);
            }
            if (label != null) {
                throw new UserError("--label applies to CSV files, not to the generated line");
            }
            return DataObjectives.line(DataObjectives.DEFAULT_SAMPLES, DataObjectives.DEFAULT_LINE_NOISE, seed);
        }
        return DataArguments.load(data, label, null, null, seed, DataObjectives.DEFAULT_SAMPLES,
                DataObjectives.DEFAULT_CLOUD_NOISE, spec.commandLine().getErr());
    }

    private GradientSource noise(Objective objective) {
        if (!(gradientNoise > 0) || Double.isInfinite(gradientNoise)) {
            throw new UserError("--gradient-noise must be a finite number ≥ 0, got " + gradientNoise);
        }
        return new GradientNoise(objective, gradientNoise, seed);
    }

    private Point parseStart() {
        try {
            return Point.parse(start);
        } catch (IllegalArgumentException e) {
            throw new UserError("--start: " + e.getMessage());
        }
    }

    /**
     * Takes the steps and writes each row as soon as it is made, so that the output is exact for any number of
     * steps although the trajectory in memory keeps only {@link Trajectory#CAPACITY} rows.
     */
    static void stream(Descent descent, int steps, Writer writer) throws IOException {
        writer.write("step,x,y,loss,grad_x,grad_y,lr\n");
        Trajectory t = descent.trajectory();
        StringBuilder row = new StringBuilder(128);
        int written = 0;
        for (int k = 0; k <= steps; k++) {
            if (k > 0 && !descent.advance() && t.size() == written) {
                break;
            }
            for (; written < t.size(); written++) {
                row.setLength(0);
                t.appendCsvFields(row.append(written).append(','), written).append('\n');
                writer.write(row.toString());
            }
        }
    }
}
