package downhill.cli;

import downhill.engine.Numbers;
import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.run.Descent;
import downhill.engine.run.Outcome;
import downhill.engine.run.StopRule;
import downhill.engine.run.Trajectory;
import downhill.engine.schedule.Schedule;
import downhill.engine.schedule.Schedules;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    @Spec
    private CommandSpec spec;

    @Option(names = "--function", required = true, paramLabel = "NAME|EXPR",
            description = "A built-in name or an expression in x and y, e.g. \"(1-x)^2 + 100*(y-x^2)^2\".")
    private String function;

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
        Objective objective = Functions.resolve(function);
        Point from = start == null ? objective.start() : parseStart();
        Schedule rates = Schedules.parse(schedule);
        Optimizer made = optimizer.type().create(optimizer.hyperparameters());
        StopRule rule = new StopRule(StopRule.DEFAULT.bound(), tolerance, false);
        Descent descent = new Descent(objective, from, made, rates, rule, steps);
        descent.advance(steps);
        if (out == null) {
            PrintWriter writer = spec.commandLine().getOut();
            write(descent.trajectory(), writer);
            writer.flush();
        } else {
            try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                write(descent.trajectory(), writer);
            } catch (IOException e) {
                throw new UserError("cannot write " + out + ": " + e.getMessage());
            }
        }
        Outcome outcome = descent.outcome();
        if (outcome.status() != Outcome.Status.RUNNING) {
            spec.commandLine().getErr().println(outcome.message());
        }
        return 0;
    }

    private Point parseStart() {
        try {
            return Point.parse(start);
        } catch (IllegalArgumentException e) {
            throw new UserError("--start: " + e.getMessage());
        }
    }

    static void write(Trajectory t, Writer writer) {
        try {
            writer.write("step,x,y,loss,grad_x,grad_y,lr\n");
            StringBuilder row = new StringBuilder(128);
            for (int k = 0; k < t.size(); k++) {
                row.setLength(0);
                row.append(k).append(',').append(Numbers.format(t.x(k))).append(',')
                        .append(Numbers.format(t.y(k))).append(',').append(Numbers.format(t.loss(k))).append(',')
                        .append(Numbers.format(t.gradX(k))).append(',').append(Numbers.format(t.gradY(k)))
                        .append(',').append(Numbers.format(t.learningRate(k))).append('\n');
                writer.write(row.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
