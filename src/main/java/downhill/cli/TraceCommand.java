package downhill.cli;

import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.run.Descent;
import downhill.engine.run.Outcome;
import downhill.engine.run.StopRule;
import downhill.engine.run.Trajectory;
import downhill.engine.schedule.Schedule;
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
@Command(
        name = "trace",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Run one optimizer on a function and print its trajectory as CSV: "
                + "step,x,y,loss,grad_x,grad_y,lr. Row 0 is the start; row k holds the position after k steps, "
                + "its loss and gradient, and the learning rate of the step taken from it.")
final class TraceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ObjectiveOptions landscape;

    @Mixin
    private OptimizerOptions optimizer;

    @Mixin
    private StepOptions run;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here instead of standard output.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        int steps = run.steps();
        Output.check("--out", out, landscape.dataFile(), "the input data");
        ObjectiveOptions.Landscape chosen = landscape.resolve(spec.commandLine().getErr());
        Objective objective = chosen.objective();
        Point from = chosen.start();
        Schedule rates = run.schedule();
        Optimizer made = optimizer.type().create(optimizer.hyperparameters());
        StopRule rule = new StopRule(StopRule.DEFAULT.bound(), run.tolerance(), false);
        Descent descent = new Descent(objective, chosen.gradients().get(), from, made, rates, rule, steps);
        Output.write(out, spec.commandLine().getOut(), writer -> stream(descent, steps, writer));
        Outcome outcome = descent.outcome();
        if (outcome.status() != Outcome.Status.RUNNING) {
            spec.commandLine().getErr().println(outcome.message());
        }
        return 0;
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
