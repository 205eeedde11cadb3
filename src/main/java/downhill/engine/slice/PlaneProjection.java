package downhill.engine.slice;

import downhill.engine.function.Point;

/**
 * Where parameter vectors fall on the plane θ* + α·d₁ + β·d₂: the (α, β) that minimise ‖θ − θ* − α·d₁ − β·d₂‖,
 * from the 2 × 2 normal equations (the directions need not be orthogonal, as random ones are not quite).
 */
public final class PlaneProjection {

    private final double[] center;
    private final double[] first;
    private final double[] second;
    private final double d11;
    private final double d12;
    private final double d22;
    private final double determinant;

    public PlaneProjection(double[] center, PlaneDirections directions) {
        this.center = center.clone();
        this.first = directions.firstShared();
        this.second = directions.secondShared();
        if (first.length != center.length) {
            throw new IllegalArgumentException(
                    "the directions have " + first.length + " components, the centre " + center.length);
        }
        d11 = dot(first, first);
        d12 = dot(first, second);
        d22 = dot(second, second);
        determinant = d11 * d22 - d12 * d12;
        if (!(determinant > 1e-12 * d11 * d22)) {
            throw new IllegalArgumentException("the two directions are (nearly) parallel or zero");
        }
    }

    /** The (α, β) of the point of the plane nearest to {@code theta}. */
    public Point project(double[] theta) {
        double b1 = 0;
        double b2 = 0;
        for (int i = 0; i < theta.length; i++) {
            double offset = theta[i] - center[i];
            b1 += first[i] * offset;
            b2 += second[i] * offset;
        }
        return new Point((d22 * b1 - d12 * b2) / determinant, (d11 * b2 - d12 * b1) / determinant);
    }

    /** ‖θ − (θ* + α·d₁ + β·d₂)‖ at the projection: how far {@code theta} lies off the plane. */
    public double residual(double[] theta) {
        Point at = project(theta);
        double sum = 0;
        for (int i = 0; i < theta.length; i++) {
            double off = theta[i] - center[i] - at.x() * first[i] - at.y() * second[i];
            sum += off * off;
        }
        return Math.sqrt(sum);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
