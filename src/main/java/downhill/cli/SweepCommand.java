package downhill.cli;

import downhill.engine.sweep.Axis;
import downhill.engine.sweep.Sweep;
import downhill.engine.sweep.SweepSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sweep}: a map of where one optimizer ends over a grid of two of its hyperparameters, as CSV. */
@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Run one optimizer from one start for every cell of a grid over two of its hyperparameters "
                + "and print one CSV row per cell: the two values, final_loss (the last row of 'trace' with the "
                + "same settings), best_loss, steps_to_tol (the first step with |grad| or f - f* below --tolerance, "
                + "-1 if none) and the outcome ('converged at step k', 'diverged at step k', 'unbounded below at step "
                + "k', 'left the function's domain at step k' or 'running'). Rows go x fastest. A summary "
                + "'cells=... seconds=...' goes to standard error.")
final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ObjectiveOptions landscape;

    @Mixin
    private OptimizerOptions optimizer;

    @Mixin
    private StepOptions run;

    @Option(
            names = "--x",
            required = true,
            paramLabel = "NAME:FROM:TO:lin|log:COUNT",
            description = "The first axis, e.g. lr:1e-5:1:log:61 (at most " + Axis.MOST_VALUES + " values).")
    private String x;

    @Option(
            names = "--y",
            required = true,
            paramLabel = "NAME:FROM:TO:lin|log:COUNT",
            description = "The second axis, e.g. momentum:0:0.99:lin:41.")
    private String y;

    @Option(names = "--threads", paramLabel = "N", description = "Threads computing cells (default: the cores).")
    private Integer threads;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here instead of standard output.")
    private Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int steps = run.steps();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 256) {
            throw new UserError("--threads must be 1 to 256, got " + workers);
        }
        Output.check("--out", out, landscape.dataFile(), "the input data");
        Axis xAxis = axis("--x", x);
        Axis yAxis = axis("--y", y);
        ObjectiveOptions.Landscape chosen = landscape.resolve(spec.commandLine().getErr());
        SweepSpec sweepSpec;
        try {
            sweepSpec = new SweepSpec(
                    chosen.objective(),
                    chosen.gradients(),
                    chosen.start(),
                    optimizer.type(),
                    optimizer.hyperparameters(),
                    run.schedule(),
                    xAxis,
                    yAxis,
                    steps,
                    run.tolerance());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        long began = System.nanoTime();
        Sweep sweep = new Sweep(sweepSpec);
        sweep.run(workers);
        double seconds = (System.nanoTime() - began) / 1e9;
        Output.write(out, spec.commandLine().getOut(), sweep::writeCsv);
        spec.commandLine().getErr().printf("cells=%d seconds=%.3f%n", sweepSpec.cellCount(), seconds);
        return 0;
    }

    private static Axis axis(String option, String text) {
        try {
            return Axis.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(option + ": " + e.getMessage());
        }
    }
}
