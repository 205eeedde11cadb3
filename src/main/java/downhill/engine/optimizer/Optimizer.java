package downhill.engine.optimizer;

import java.util.Map;

/**
 * A first-order optimizer that updates a flat parameter vector in place. The same instances drive a point on a 2-D
 * landscape and every weight of a neural network. Semantics follow PyTorch 2.x {@code torch.optim}.
 *
 * <p>The learning rate is passed to every step because a schedule may change it; {@link #hyperparameters()} holds
 * the base rate under {@link Hyperparameter#LR}. State is allocated on the first step, sized to the parameters.
 */
public interface Optimizer {

    /** The registry name, e.g. {@code adam}. */
    String name();

    /** The validated hyperparameters this optimizer was made with, every key present. */
    Hyperparameters hyperparameters();

    /** The base learning rate, before any schedule. */
    default double learningRate() {
        return hyperparameters().get(Hyperparameter.LR);
    }

    /**
     * One update: {@code parameters} move in place using {@code gradient} (the gradient of the loss at
     * {@code parameters}, left unchanged) and this step's {@code learningRate}.
     */
    void step(double[] parameters, double[] gradient, double learningRate);

    /** How many steps have been taken since creation or the last {@link #reset()}. */
    long stepCount();

    /**
     * The internal state by name, in a fixed order, as copies (e.g. {@code velocity}; {@code firstMoment},
     * {@code secondMoment}). Empty before the first step.
     */
    Map<String, double[]> state();

    /** Forgets all state, as if newly made. */
    void reset();

    /** Where this optimizer stands now (copies of its state). */
    default OptimizerState snapshot() {
        return new OptimizerState(stepCount(), state());
    }

    /**
     * Forgets the state and takes on {@code saved} instead (copied), as if this optimizer had taken those steps
     * itself; {@code saved} must come from an optimizer of the same kind and hyperparameters.
     */
    void restore(OptimizerState saved);
}
