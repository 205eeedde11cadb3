package downhill.cli;

import downhill.engine.schedule.Schedule;
import downhill.engine.schedule.Schedules;
import picocli.CommandLine.Option;

/** How long and at what rates one optimizer runs, for trace and sweep: steps, schedule and tolerance. */
final class StepOptions {

    @Option(names = "--steps", required = true, paramLabel = "N", description = "Number of steps.")
    private int steps;

    @Option(
            names = "--schedule",
            paramLabel = "SPEC",
            defaultValue = "constant",
            description = "Learning-rate schedule: " + Schedules.ACCEPTED + ".")
    private String schedule;

    @Option(
            names = "--tolerance",
            paramLabel = "F",
            defaultValue = "1e-8",
            description = "Report convergence once the gradient norm falls below this (the run goes on).")
    private double tolerance;

    int steps() {
        if (steps < 0) {
            throw new UserError("--steps must be a whole number ≥ 0, got " + steps);
        }
        return steps;
    }

    Schedule schedule() {
        return Schedules.parse(schedule);
    }

    double tolerance() {
        return tolerance;
    }
}
