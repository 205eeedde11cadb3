package downhill.engine.sweep;

import downhill.engine.run.Outcome;

/**
 * One cell of a hyperparameter map: the run with hyperparameters (x, y).
 *
 * @param finalLoss       the loss after the last step taken (the last row of {@code trace} with the same settings)
 * @param bestLoss        the least loss of any step
 * @param stepsToTolerance the first step where |∇f| < tol, or f − f* < tol where f* is known; −1 if none
 * @param outcome         converged (at the same step), diverged, unbounded below, left the domain, or running
 */
public record Cell(double x, double y, double finalLoss, double bestLoss, int stepsToTolerance, Outcome outcome) {

    /** The outcome as the CLI writes it: {@code converged at step 12}, {@code diverged at step 3}, {@code running}. */
    public String outcomeText() {
        return outcome.message();
    }
}
