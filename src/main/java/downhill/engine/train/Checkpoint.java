package downhill.engine.train;

import downhill.engine.optimizer.OptimizerState;
import downhill.engine.run.Contender;

/**
 * A training run between two epochs: its weights and where its optimizer stands, so that its next update can be
 * shown exactly as training will make it ({@code contender.newOptimizer()}, {@link
 * downhill.engine.optimizer.Optimizer#restore restore(optimizer)}, step at {@code nextRate}). Never changed once
 * handed out.
 *
 * @param epochs     the epochs done (0: the untrained weights)
 * @param parameters the weights after those epochs
 * @param optimizer  the optimizer's steps and state after them, or null when the run was not asked to keep it
 *                   ({@link TrainingRun#keepOptimizerState()}: the copies cost memory)
 * @param nextRate   the learning rate the schedule gives the next update
 */
public record Checkpoint(int epochs, double[] parameters, OptimizerState optimizer, double nextRate) {

    /** Before training: {@code parameters}, an optimizer that has taken no step, and the schedule's first rate. */
    public static Checkpoint untrained(double[] parameters, Contender contender) {
        double rate = contender.schedule().rate(contender.newOptimizer().learningRate(), 0);
        return new Checkpoint(0, parameters, OptimizerState.FRESH, rate);
    }
}
