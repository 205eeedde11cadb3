package downhill.engine.sweep;

import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.run.Contender;
import downhill.engine.run.GradientSource;
import downhill.engine.schedule.Schedule;
import java.util.function.Supplier;

/**
 * What a hyperparameter map runs: one optimizer from one start on one objective, {@code steps} steps per cell, the
 * hyperparameters {@code fixed} except the two axes', which vary over the grid.
 *
 * @param gradients a fresh gradient source per cell run (mini-batches, noise), or null for the exact gradient;
 *                  each thread gets its own, as a source keeps state
 * @param tolerance |∇f| (or f − f*) below which a cell counts as converged
 */
public record SweepSpec(
        Objective objective,
        Supplier<GradientSource> gradients,
        Point start,
        OptimizerType type,
        Hyperparameters fixed,
        Schedule schedule,
        Axis x,
        Axis y,
        int steps,
        double tolerance) {

    public SweepSpec {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be ≥ 0, got " + steps);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("the tolerance must be a finite number ≥ 0, got " + tolerance);
        }
        if (x.key().equals(y.key())) {
            throw new IllegalArgumentException("the two axes must be different hyperparameters, both are " + x.key());
        }
        for (Axis axis : new Axis[] {x, y}) {
            if (!type.has(axis.key())) {
                throw new IllegalArgumentException(
                        type.name() + " has no hyperparameter '" + axis.key() + "' (it has " + type.keys() + ")");
            }
            if (type.hyperparameter(axis.key()).isFlag()) {
                throw new IllegalArgumentException(axis.key() + " is an on/off flag, not a number to sweep");
            }
            // Both ends through the optimizer's own checks: the message names the hyperparameter and the value.
            contender(axis.key(), axis.from(), fixed, type, schedule).newOptimizer();
            contender(axis.key(), axis.to(), fixed, type, schedule).newOptimizer();
        }
    }

    /** Cells in the map. */
    public int cellCount() {
        return x.count() * y.count();
    }

    /** The contender of cell (i, j): the fixed hyperparameters with x's value i and y's value j. */
    public Contender contender(int i, int j) {
        Hyperparameters h = fixed.with(x.key(), x.value(i)).with(y.key(), y.value(j));
        return new Contender(type, h, schedule);
    }

    private static Contender contender(
            String key, double value, Hyperparameters fixed, OptimizerType type, Schedule schedule) {
        return new Contender(type, fixed.with(key, value), schedule);
    }
}
