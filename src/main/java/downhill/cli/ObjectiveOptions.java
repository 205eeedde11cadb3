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
import downhill.engine.run.GradientNoise;
import downhill.engine.run.GradientSource;
import downhill.engine.run.MiniBatches;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * What one optimizer descends, for the commands that run on a landscape (trace, sweep): a function or a model on
 * data with its batches, gradient noise, the seed and the start.
 */
final class ObjectiveOptions {

    /** Keeps the batch order apart from the data generator's stream when both come from one seed. */
    private static final long BATCH_SALT = 0x5851F42D4C957F2DL;

    /**
     * @param gradients a new gradient source per run (mini-batches or noise keep state), giving null for the exact
     *                  gradient
     */
    record Landscape(Objective objective, Supplier<GradientSource> gradients, Point start) {}

    @Option(
            names = "--function",
            required = true,
            paramLabel = "NAME|EXPR",
            description = "A built-in name or an expression in x and y, e.g. \"(1-x)^2 + 100*(y-x^2)^2\"; or a model "
                    + "on data: linear-regression (parameters w,b), logistic-regression or logistic-regression-mse "
                    + "(w1,w2; cross-entropy or the squared error of the probability).")
    private String function;

    @Option(
            names = "--data",
            paramLabel = "NAME|FILE.csv",
            description = "The data of linear-regression or logistic-regression: a generator or a CSV file "
                    + "(default: line, 200 points y = 2x - 1 + noise; gaussian, two clouds of 200 points).")
    private String data;

    @Option(
            names = "--label",
            paramLabel = "COLUMN",
            description = "The CSV column holding the target " + "(default: the last).")
    private String label;

    @Option(
            names = "--batch-size",
            paramLabel = "N|all",
            description = "Samples per step for a model on data: 'all' is batch gradient descent, 1 is stochastic "
                    + "(default: all).")
    private String batchSize;

    @Option(
            names = "--gradient-noise",
            paramLabel = "F",
            description = "Std of Gaussian noise added to each gradient component of a function (default: 0).")
    private Double gradientNoise;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "0",
            description = "Seeds the generated data, the batch order and the gradient noise (default: 0).")
    private long seed;

    @Option(names = "--start", paramLabel = "X,Y", description = "Start point (default: the function's own).")
    private String start;

    /** The CSV file of --data, or null. */
    Path dataFile() {
        return data == null ? null : DataArguments.file(data);
    }

    /** The objective, its gradient sources and the start; refuses options that do not fit the function. */
    Landscape resolve(PrintWriter err) {
        DataModel model = DataModel.byName(function.strip());
        Objective objective;
        Supplier<GradientSource> gradients;
        if (model != null) {
            if (gradientNoise != null) {
                throw new UserError("--gradient-noise applies to functions; " + model.cliName()
                        + " takes its noise from mini-batches (--batch-size)");
            }
            DataObjective onData = DataObjectives.of(model, dataset(model, err));
            objective = onData;
            int size = batchSize == null ? BatchSize.ALL : DataArguments.batchSize(batchSize);
            gradients = () -> MiniBatches.of(onData, size, seed ^ BATCH_SALT);
        } else {
            if (data != null || label != null || batchSize != null) {
                throw new UserError((data != null ? "--data" : label != null ? "--label" : "--batch-size")
                        + " applies to linear-regression and logistic-regression, not to '" + function.strip() + "'");
            }
            Objective chosen = Functions.resolve(function);
            objective = chosen;
            if (gradientNoise != null && (!(gradientNoise >= 0) || Double.isInfinite(gradientNoise))) {
                throw new UserError("--gradient-noise must be a finite number ≥ 0, got " + gradientNoise);
            }
            gradients = gradientNoise == null || gradientNoise == 0
                    ? () -> null
                    : () -> new GradientNoise(chosen, gradientNoise, seed);
        }
        return new Landscape(objective, gradients, start == null ? objective.start() : parseStart());
    }

    private Dataset dataset(DataModel model, PrintWriter err) {
        if (data == null || data.strip().equals(DataObjectives.LINE)) {
            if (data == null && model.logistic()) {
                return Generators.generate(
                        DataObjectives.CLOUDS,
                        DataObjectives.DEFAULT_SAMPLES,
                        DataObjectives.DEFAULT_CLOUD_NOISE,
                        seed);
            }
            if (label != null) {
                throw new UserError("--label applies to CSV files, not to the generated line");
            }
            return DataObjectives.line(DataObjectives.DEFAULT_SAMPLES, DataObjectives.DEFAULT_LINE_NOISE, seed);
        }
        return DataArguments.load(
                data, label, null, null, seed, DataObjectives.DEFAULT_SAMPLES, DataObjectives.DEFAULT_CLOUD_NOISE, err);
    }

    private Point parseStart() {
        try {
            return Point.parse(start);
        } catch (IllegalArgumentException e) {
            throw new UserError("--start: " + e.getMessage());
        }
    }
}
