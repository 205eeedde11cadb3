package downhill.engine.function.expression;

import downhill.engine.function.Objective;

/**
 * Numerical partial derivatives, only for checking exact gradients: central differences at steps h and h/2,
 * combined by Richardson extrapolation (error O(h⁴)). Their disagreement tells a smooth neighbourhood from one
 * with a kink, a jump or a blow-up within h.
 */
final class CentralDifferences {

    static final double STEP = 1e-3;

    /** ∂f/∂x or ∂f/∂y estimated, and how far the two step sizes disagree. */
    record Estimate(double derivative, double disagreement) {

        /**
         * Whether the two steps agree as they do where f is smooth, differing by about h²·f‴/8. A kink within h
         * makes them differ by about h/4 times the jump in slope; a blow-up, by more.
         */
        boolean smooth() {
            return Double.isFinite(derivative) && disagreement <= 1e-5 * (1 + Math.abs(derivative));
        }
    }

    private CentralDifferences() {}

    static Estimate partial(Objective f, double x, double y, int variable) {
        double wide = difference(f, x, y, variable, STEP);
        double narrow = difference(f, x, y, variable, STEP / 2);
        return new Estimate((4 * narrow - wide) / 3, Math.abs(wide - narrow));
    }

    private static double difference(Objective f, double x, double y, int variable, double h) {
        double ahead = variable == 0 ? f.value(x + h, y) : f.value(x, y + h);
        double behind = variable == 0 ? f.value(x - h, y) : f.value(x, y - h);
        return (ahead - behind) / (2 * h);
    }
}
