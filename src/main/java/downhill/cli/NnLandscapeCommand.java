package downhill.cli;

import downhill.engine.Numbers;
import downhill.engine.data.Dataset;
import downhill.engine.landscape.GridSurface;
import downhill.engine.nn.Network;
import downhill.engine.run.Contender;
import downhill.engine.slice.DirectionKind;
import downhill.engine.slice.LossSlice;
import downhill.engine.train.ScheduleClock;
import downhill.engine.train.Trainer;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nn-landscape}: trains a network, then samples its training loss on a 2-D slice through the result. */
@Command(
        name = "nn-landscape",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        defaultValueProvider = TrainCommand.DefaultOptimizer.class,
        description = {
            "Train a network, then sample its training loss L(θ* + α·d1 + β·d2) on a grid over "
                    + "[-range, range]² around the trained weights θ* (Li et al. 2018); with --l2 the loss includes "
                    + "the penalty, as training's does.",
            "Writes alpha,beta,loss rows; stdout ends with grid_seconds=… (the grid alone, not training)."
        })
final class NnLandscapeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOptions data;

    @Mixin
    private LayerOptions layers;

    @Mixin
    private OptimizerOptions optimizer;

    @Mixin
    private TrainingOptions training;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "100", description = "Epochs (default: 100).")
    private int epochs;

    @Option(
            names = "--batch-size",
            paramLabel = "N|all",
            defaultValue = "200",
            description = "Samples per update (default: 200).")
    private String batchSize;

    @Option(
            names = "--directions",
            paramLabel = "random|pca",
            defaultValue = "random",
            description = "Filter-normalised random directions, or the top two principal directions of the "
                    + "per-epoch weights (default: random).")
    private String directions;

    /** The finest grid: 201 × 201 took about a minute for 64,64 on 800 samples here (51: 5 s, 101: 14 s). */
    static final int MAX_GRID = 201;

    @Option(
            names = "--grid",
            paramLabel = "N",
            defaultValue = "51",
            description = "Nodes a side, 2 to " + MAX_GRID + " (default: 51).")
    private int grid;

    /** Half the side of the plane around θ*; weights that far apart say nothing more. */
    static final double MAX_RANGE = 1e6;

    @Option(
            names = "--range",
            paramLabel = "R",
            defaultValue = "1.0",
            description = "α and β run over [-R, R] (default: 1.0).")
    private double range;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "0",
            description = "Seeds the data, the split, the training and the random directions (default: 0).")
    private long seed;

    @Mixin
    private Progress.Option progress;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the grid here instead of standard output.")
    private Path out;

    @Override
    public Integer call() {
        if (epochs < 1) {
            throw new UserError("--epochs must be a whole number ≥ 1, got " + epochs);
        }
        if (grid < 2) {
            throw new UserError("--grid must be a whole number ≥ 2, got " + grid);
        }
        if (grid > MAX_GRID) {
            // Each node is a loss over the whole training set: the cost grows as the square, well before memory.
            throw new UserError("--grid " + grid + " is too fine: at most " + MAX_GRID + " nodes a side ("
                    + MAX_GRID + " × " + MAX_GRID + " losses over the training data take about a minute for 64,64 "
                    + "on 800 samples)");
        }
        if (!(range > 0) || range > MAX_RANGE) {
            // Past this the window's width overflows: "a window's width and height must be finite" named no option.
            throw new UserError("--range must be a number > 0 and at most " + Numbers.format(MAX_RANGE) + ", got "
                    + Numbers.format(range));
        }
        DirectionKind kind;
        try {
            kind = DirectionKind.parse(directions);
        } catch (IllegalArgumentException e) {
            throw new UserError("--directions must be 'random' or 'pca', got '" + directions + "'");
        }
        Output.check("--out", out, data.file(), "the input data", training.testFile(), "the test data");
        training.check(data);
        Dataset all = data.loadWithin(
                layers,
                DataArguments.batchSize(batchSize),
                true,
                seed,
                spec.commandLine().getErr());
        TrainingData prepared =
                training.prepare(all, data, seed, spec.commandLine().getErr()).standardised();
        TrainingPlan plan = new TrainingPlan(
                        layers.hiddenSizes(),
                        layers.activation(),
                        training.loss(),
                        training.l2(),
                        epochs,
                        DataArguments.batchSize(batchSize),
                        ScheduleClock.EPOCH,
                        seed,
                        true,
                        TrainCommand.defaultThreads())
                .withInitialization(training.initialization());
        Contender contender = new Contender(optimizer.type(), optimizer.hyperparameters(), training.schedule());
        PrintWriter stdout = spec.commandLine().getOut();
        try (Trainer trainer = new Trainer(prepared, plan, contender)) {
            Progress lines = progress.to(spec.commandLine().getErr());
            boolean more;
            do {
                more = trainer.runEpoch();
                lines.report("epoch", trainer.epochsDone(), epochs);
            } while (more);
            if (trainer.diverged()) {
                throw new UserError("training " + trainer.status() + "; no landscape around diverged weights");
            }
            Network network = trainer.network();
            double[] center = network.parameters().clone();
            Dataset train = prepared.train();
            LossSlice slice = LossSlice.around(
                    network.architecture(),
                    center,
                    kind,
                    seed,
                    path(trainer),
                    train.features(),
                    train.targets(),
                    plan.l2());
            long start = System.nanoTime();
            // The grid asks whether it is stale before each node: that is where its progress is counted.
            long nodes = (long) grid * grid;
            AtomicLong asked = new AtomicLong();
            GridSurface surface = slice.grid(grid, range, TrainCommand.defaultThreads(), () -> {
                lines.report("grid node", asked.incrementAndGet(), nodes);
                return false;
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            Output.write(out, stdout, writer -> write(surface, writer));
            stdout.println("grid_seconds=" + Numbers.format(Math.round(seconds * 1000) / 1000.0));
            stdout.flush();
        }
        return 0;
    }

    /** The initial weights and every kept epoch's. */
    private static List<double[]> path(Trainer trainer) {
        List<double[]> points = new ArrayList<>();
        points.add(trainer.initialParameters());
        trainer.history().snapshot().keptParameters().forEach(kept -> points.add(kept.parameters()));
        return points;
    }

    /** Rows by β then α, both ascending; the grid's row 0 is β = +range. */
    private void write(GridSurface surface, Writer writer) throws IOException {
        double[] values = surface.values();
        int n = surface.columns();
        // Streamed row by row: a large grid's text would otherwise be a second copy of it, forty times larger.
        writer.write("alpha,beta,loss\n");
        StringBuilder text = new StringBuilder(128);
        for (int r = n - 1; r >= 0; r--) {
            double beta = LossSlice.coordinate(n - 1 - r, n, range);
            for (int c = 0; c < n; c++) {
                double alpha = LossSlice.coordinate(c, n, range);
                text.setLength(0);
                text.append(Numbers.format(alpha))
                        .append(',')
                        .append(Numbers.format(beta))
                        .append(',')
                        .append(Numbers.format(values[r * n + c]))
                        .append('\n');
                writer.write(text.toString());
            }
        }
    }
}
