package downhill.engine.explain;

import downhill.engine.optimizer.Hyperparameters;
import java.util.Arrays;
import java.util.Map;

/**
 * What an explainer gets: the optimizer's settings, the step's inputs, its state just before and just after the
 * step (as {@code Optimizer.state()} gives them) and the step the trajectory took.
 *
 * @param t     the step number in the equations, counting from 1
 * @param theta θ before the step
 * @param gradient ∇f(θ), before any weight decay
 */
record StepInputs(
        Hyperparameters hyperparameters,
        long t,
        double eta,
        double[] theta,
        double[] gradient,
        Map<String, double[]> before,
        Map<String, double[]> after,
        double[] delta) {

    double h(String key) {
        return hyperparameters.get(key);
    }

    boolean flag(String key) {
        return hyperparameters.flag(key);
    }

    /** The state {@code key} before the step; before the first step there is none, so its starting value. */
    double[] before(String key, double initial) {
        double[] value = before.get(key);
        if (value != null) {
            return value.clone();
        }
        double[] start = new double[after(key).length];
        Arrays.fill(start, initial);
        return start;
    }

    double[] after(String key) {
        double[] value = after.get(key);
        if (value == null) {
            throw new IllegalStateException("the optimizer has no state '" + key + "' (it has " + after.keySet() + ")");
        }
        return value.clone();
    }
}
