package downhill.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class KernelsTest {

    private static final SplittableRandom RANDOM = new SplittableRandom(7);

    private static double[] random(int size) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = RANDOM.nextDouble(-1, 1);
        }
        return values;
    }

    /** C(i, j) = start + Σₚ A(i, p)·B(p, j) in order, one rounding per term: what every kernel path must give. */
    private static double[] reference(double[] a, double[] b, double[] bias, int m, int k, int n, boolean transposeA,
            boolean transposeB) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = bias == null ? 0 : bias[j];
                for (int p = 0; p < k; p++) {
                    double x = transposeA ? a[p * m + i] : a[i * k + p];
                    double y = transposeB ? b[j * k + p] : b[p * n + j];
                    sum = Math.fma(x, y, sum);
                }
                c[i * n + j] = sum;
            }
        }
        return c;
    }

    @Test
    void everyShapeMatchesTheOrderedSumBitForBit() {
        int[] sizes = {1, 2, 3, 4, 5, 7, 8, 9, 12, 17};
        for (int m : sizes) {
            for (int k : sizes) {
                for (int n : sizes) {
                    double[] a = random(m * k);
                    double[] b = random(k * n);
                    double[] bias = random(n);
                    double[] c = new double[m * n];
                    Kernels.multiply(a, 0, b, 0, bias, 0, c, 0, m, k, n);
                    assertArrayEquals(reference(a, b, bias, m, k, n, false, false), c, "A·B+bias " + m + "×" + k
                            + "·" + k + "×" + n);
                    Kernels.multiplyTransposedA(a, 0, b, 0, c, 0, m, k, n);
                    assertArrayEquals(reference(a, b, null, m, k, n, true, false), c, "Aᵀ·B " + m + "," + k + ","
                            + n);
                    double[] bt = random(n * k);
                    Kernels.multiplyTransposedB(a, 0, bt, 0, c, 0, m, k, n);
                    assertArrayEquals(reference(a, bt, null, m, k, n, false, true), c, "A·Bᵀ " + m + "," + k + ","
                            + n);
                }
            }
        }
    }

    @Test
    void offsetsSelectSubmatrices() {
        double[] a = random(3 + 5 * 6);
        double[] b = random(4 + 6 * 9);
        double[] bias = random(2 + 9);
        double[] c = new double[1 + 5 * 9];
        Kernels.multiply(a, 3, b, 4, bias, 2, c, 1, 5, 6, 9);
        double[] expected = reference(java.util.Arrays.copyOfRange(a, 3, a.length),
                java.util.Arrays.copyOfRange(b, 4, b.length), java.util.Arrays.copyOfRange(bias, 2, bias.length),
                5, 6, 9, false, false);
        assertArrayEquals(expected, java.util.Arrays.copyOfRange(c, 1, c.length));
    }

    @Test
    void agreesWithEjmlOnTheLectureShape() {
        int m = 200;
        int k = 64;
        int n = 64;
        double[] a = random(m * k);
        double[] b = random(k * n);
        double[] c = new double[m * n];
        Kernels.multiply(a, b, c, m, k, n);
        DMatrixRMaj expected = new DMatrixRMaj(m, n);
        CommonOps_DDRM.mult(DMatrixRMaj.wrap(m, k, a), DMatrixRMaj.wrap(k, n, b), expected);
        for (int i = 0; i < c.length; i++) {
            assertEquals(expected.data[i], c[i], 1e-12);
        }
        DMatrixRMaj transposed = new DMatrixRMaj(k, n);
        double[] at = random(m * k);
        Kernels.multiplyTransposedA(at, 0, c, 0, transposed.data, 0, k, m, n);
        DMatrixRMaj viaEjml = new DMatrixRMaj(k, n);
        CommonOps_DDRM.multTransA(DMatrixRMaj.wrap(m, k, at), DMatrixRMaj.wrap(m, n, c), viaEjml);
        for (int i = 0; i < viaEjml.data.length; i++) {
            assertEquals(viaEjml.data[i], transposed.data[i], 1e-10);
        }
    }
}
