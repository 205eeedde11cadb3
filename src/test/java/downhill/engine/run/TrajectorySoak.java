package downhill.engine.run;

import downhill.engine.Heap;
import downhill.engine.function.Functions;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.schedule.Schedules;

/**
 * Run in a child JVM by {@link TrajectoryBoundTest}: a million 2-D steps, then prints the retained heap in bytes
 * and the rows kept. {@code capped}: a {@link Descent} as the app and CLI make it; {@code uncapped}: the same rows
 * in a trajectory without a cap, as before.
 */
public final class TrajectorySoak {

    static final int STEPS = 1_000_000;

    private TrajectorySoak() {}

    public static void main(String[] args) {
        long before = Heap.retainedBytes();
        Trajectory kept;
        if (args[0].equals("capped")) {
            Descent descent = new Descent(
                    Functions.builtin("bowl").orElseThrow(),
                    new Point(1.5, 1),
                    Optimizers.byName("sgd").create(Hyperparameters.of("lr", 1e-8)),
                    Schedules.parse("constant"),
                    StopRule.DEFAULT.continuingAfterConvergence(),
                    STEPS);
            descent.advance(STEPS);
            kept = descent.trajectory();
        } else {
            kept = new Trajectory(16, Integer.MAX_VALUE);
            for (int k = 0; k <= STEPS; k++) {
                kept.append(k, k, k, 1, 2, 0.1);
            }
        }
        long retained = Heap.retainedBytes() - before;
        System.out.println(retained + " " + kept.size() + " " + kept.retainedRows());
    }
}
