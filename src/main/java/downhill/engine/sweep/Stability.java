package downhill.engine.sweep;

import downhill.engine.function.Minimum;
import downhill.engine.function.Objective;

/**
 * Where gradient descent on a quadratic stops converging, from theory: with λ_max the largest eigenvalue of the
 * Hessian, plain gradient descent is stable for 0 < η < 2/λ_max, and heavy-ball momentum (SGD's momentum buffer,
 * θ ← θ − η·b, b ← μ·b + g) for 0 < η·λ < 2(1 + μ) for every eigenvalue, i.e. η < 2(1 + μ)/λ_max. Only a quadratic
 * has one Hessian everywhere; {@link #of} recognises one by its Hessian being the same at three points.
 *
 * @param largestEigenvalue λ_max of the (constant) Hessian
 */
public record Stability(double largestEigenvalue) {

    /** The Hessian's entries may differ by this much (relative) between points and still count as one. */
    private static final double SAME = 1e-4;

    /** The theory for {@code f}, or null when it is not a quadratic with a positive-definite Hessian. */
    public static Stability of(Objective f) {
        if (f.minima().isEmpty()) {
            return null;
        }
        Minimum m = f.minima().get(0);
        double[] at = hessian(f, m.x(), m.y());
        double scale = Math.abs(at[0]) + Math.abs(at[1]) + Math.abs(at[2]);
        for (double[] p : new double[][] {{m.x() + 0.7, m.y() - 0.4}, {m.x() - 0.3, m.y() + 0.9}}) {
            double[] other = hessian(f, p[0], p[1]);
            for (int i = 0; i < 3; i++) {
                if (!(Math.abs(other[i] - at[i]) <= SAME * scale)) {
                    return null;
                }
            }
        }
        double mean = (at[0] + at[2]) / 2;
        double spread = Math.hypot((at[0] - at[2]) / 2, at[1]);
        double smallest = mean - spread;
        return smallest > 0 ? new Stability(mean + spread) : null;
    }

    /** The largest stable rate with momentum μ (0 for plain gradient descent). */
    public double largestRate(double momentum) {
        return 2 * (1 + momentum) / largestEigenvalue;
    }

    /** f_xx, f_xy, f_yy by central differences of the gradient. */
    private static double[] hessian(Objective f, double x, double y) {
        double h = 1e-4 * Math.max(1, Math.hypot(x, y));
        double[] plusX = new double[2];
        double[] minusX = new double[2];
        double[] plusY = new double[2];
        double[] minusY = new double[2];
        f.valueAndGradient(x + h, y, plusX);
        f.valueAndGradient(x - h, y, minusX);
        f.valueAndGradient(x, y + h, plusY);
        f.valueAndGradient(x, y - h, minusY);
        double xx = (plusX[0] - minusX[0]) / (2 * h);
        double yy = (plusY[1] - minusY[1]) / (2 * h);
        double xy = ((plusX[1] - minusX[1]) + (plusY[0] - minusY[0])) / (4 * h);
        return new double[] {xx, xy, yy};
    }
}
