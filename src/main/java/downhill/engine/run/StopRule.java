package downhill.engine.run;

import downhill.engine.function.Objective;
import downhill.engine.function.Point;

/**
 * When a descent stops. It diverges when a position is not finite or its norm exceeds {@code bound}; it converges
 * when the gradient norm falls below {@code tolerance}, and then stops only if {@code stopWhenConverged}.
 */
public record StopRule(double bound, double tolerance, boolean stopWhenConverged) {

    public static final StopRule DEFAULT = new StopRule(1e6, 1e-8, true);

    public StopRule {
        if (!(bound > 0)) {
            throw new IllegalArgumentException("the divergence bound must be > 0, got " + bound);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException(
                    "the convergence tolerance must be a finite number ≥ 0, got " + tolerance);
        }
    }

    public StopRule continuingAfterConvergence() {
        return new StopRule(bound, tolerance, false);
    }

    /**
     * Whether a race under this rule can begin at {@code start}: within the bound, with a finite loss and gradient
     * (otherwise a {@link Descent} would have no first row; it refuses such a start).
     */
    public boolean admitsStart(Objective objective, Point start) {
        return Math.hypot(start.x(), start.y()) <= bound && objective.definedAt(start);
    }
}
