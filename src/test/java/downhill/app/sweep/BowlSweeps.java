package downhill.app.sweep;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.schedule.Constant;
import downhill.engine.sweep.Axis;
import downhill.engine.sweep.MapPicture;
import downhill.engine.sweep.Sweep;
import downhill.engine.sweep.SweepSpec;

/** The map the sweep tests share: SGD with momentum on the bowl from its own start, at the map's tolerance. */
final class BowlSweeps {

    static final Objective BOWL = Functions.resolve("bowl");

    private BowlSweeps() {}

    /** A sweep over {@code lr} × {@code momentum}, not yet run. */
    static Sweep momentum(Axis lr, Axis momentum, int steps) {
        return new Sweep(new SweepSpec(
                BOWL,
                null,
                BOWL.start(),
                Optimizers.byName("momentum"),
                Hyperparameters.empty(),
                new Constant(),
                lr,
                momentum,
                steps,
                MapPicture.TOLERANCE));
    }
}
