package downhill.engine.run;

/**
 * Where a {@link Descent} takes the gradient for each step, when that is not the objective's exact gradient: a
 * mini-batch of the data, or the exact gradient plus noise. The descent still records the objective's own value at
 * every row; only the step uses this gradient.
 *
 * <p>Stateful like an optimizer: a descent calls {@link #reset()} once, then asks for steps 0, 1, 2, … in order.
 * One source per descent.
 */
public interface GradientSource {

    /** Stores the gradient that the step from (x, y), step number {@code step}, takes into {@code out}. */
    void gradient(int step, double x, double y, double[] out);

    /** Back to the state before step 0, so that the same seed gives the same gradients again. */
    void reset();
}
