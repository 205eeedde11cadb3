package downhill.engine.run;

import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.schedule.Constant;
import downhill.engine.schedule.Schedule;

/** One entrant of a race: an optimizer with its hyperparameters and schedule. */
public record Contender(OptimizerType type, Hyperparameters hyperparameters, Schedule schedule) {

    public static Contender of(OptimizerType type) {
        return new Contender(type, Hyperparameters.empty(), new Constant());
    }

    /** A new optimizer in its initial state; throws naming the hyperparameter when a value is not accepted. */
    public Optimizer newOptimizer() {
        return type.create(hyperparameters);
    }
}
