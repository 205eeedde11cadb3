package downhill.engine.slice;

import downhill.engine.nn.Layer;
import downhill.engine.nn.MatrixView;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The two directions d₁, d₂ that span a slice θ* + α·d₁ + β·d₂ of a network's parameter space (Li et al. 2018,
 * "Visualizing the Loss Landscape of Neural Nets"), in the network's flat parameter layout.
 */
public record PlaneDirections(double[] first, double[] second) {

    /** Principal directions come from at most this many parameter vectors, evenly spaced, to bound the SVD's cost. */
    static final int MOST_PCA_POINTS = 400;

    public PlaneDirections {
        if (first.length != second.length) {
            throw new IllegalArgumentException(
                    "the two directions differ in length: " + first.length + " and " + second.length);
        }
        first = first.clone();
        second = second.clone();
    }

    @Override
    public double[] first() {
        return first.clone();
    }

    @Override
    public double[] second() {
        return second.clone();
    }

    /** Read-only views for the hot loops of this package. */
    double[] firstShared() {
        return first;
    }

    double[] secondShared() {
        return second;
    }

    /**
     * Filter-normalised random directions from {@code seed}: Gaussian entries, then each filter (one unit's incoming
     * weights, a column of a layer's inputs × outputs block) scaled to the norm of the centre's same filter, so
     * that a step of 1 along a direction is as large, filter by filter, as the weights themselves; biases are 0,
     * as in the paper.
     */
    public static PlaneDirections filterNormalized(List<Layer> layers, double[] center, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new PlaneDirections(randomDirection(layers, center, random), randomDirection(layers, center, random));
    }

    private static double[] randomDirection(List<Layer> layers, double[] center, SplittableRandom random) {
        double[] direction = new double[center.length];
        for (Layer layer : layers) {
            MatrixView w = layer.weights();
            for (int i = w.offset(); i < w.end(); i++) {
                direction[i] = random.nextGaussian();
            }
            for (int unit = 0; unit < w.cols(); unit++) {
                double ownNorm = filterNorm(direction, w, unit);
                double scale = ownNorm == 0 ? 0 : filterNorm(center, w, unit) / ownNorm;
                for (int i = 0, at = w.offset() + unit; i < w.rows(); i++, at += w.cols()) {
                    direction[at] *= scale;
                }
            }
        }
        return direction;
    }

    /** The norm of unit {@code unit}'s incoming weights (column {@code unit} of the block). */
    static double filterNorm(double[] values, MatrixView w, int unit) {
        double sum = 0;
        for (int i = 0, at = w.offset() + unit; i < w.rows(); i++, at += w.cols()) {
            sum += values[at] * values[at];
        }
        return Math.sqrt(sum);
    }

    /**
     * The top two principal directions of {@code points} − {@code center} (every optimizer's per-epoch weights,
     * centred at the final θ*): the right singular vectors of the two largest singular values, unit length, each
     * signed so that its largest component is positive. The plane they span is the one the paths lie closest to.
     */
    public static PlaneDirections principal(double[] center, List<double[]> points) {
        List<double[]> used = evenlySpaced(points);
        if (used.size() < 2) {
            throw new IllegalArgumentException(
                    "principal directions need at least two parameter vectors, got " + used.size());
        }
        int n = used.size();
        int p = center.length;
        DMatrixRMaj centred = new DMatrixRMaj(n, p);
        for (int r = 0; r < n; r++) {
            double[] point = used.get(r);
            for (int c = 0; c < p; c++) {
                centred.unsafe_set(r, c, point[c] - center[c]);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, p, false, true, true);
        if (!svd.decompose(centred)) {
            throw new IllegalStateException("the singular value decomposition did not converge");
        }
        DMatrixRMaj vt = svd.getV(null, true);
        double[] singular = svd.getSingularValues();
        SingularOps_DDRM.descendingOrder(null, false, singular, Math.min(n, p), vt, true);
        return new PlaneDirections(signed(row(vt, 0)), signed(row(vt, 1)));
    }

    private static List<double[]> evenlySpaced(List<double[]> points) {
        if (points.size() <= MOST_PCA_POINTS) {
            return points;
        }
        List<double[]> kept = new ArrayList<>(MOST_PCA_POINTS);
        for (int k = 0; k < MOST_PCA_POINTS; k++) {
            kept.add(points.get((int) ((long) k * (points.size() - 1) / (MOST_PCA_POINTS - 1))));
        }
        return kept;
    }

    private static double[] row(DMatrixRMaj matrix, int r) {
        double[] out = new double[matrix.numCols];
        System.arraycopy(matrix.data, r * matrix.numCols, out, 0, out.length);
        return out;
    }

    private static double[] signed(double[] direction) {
        int largest = 0;
        for (int i = 1; i < direction.length; i++) {
            if (Math.abs(direction[i]) > Math.abs(direction[largest])) {
                largest = i;
            }
        }
        if (direction[largest] < 0) {
            for (int i = 0; i < direction.length; i++) {
                direction[i] = -direction[i];
            }
        }
        return direction;
    }
}
