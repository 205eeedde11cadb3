package downhill.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class KernelsTest {

    private static final SplittableRandom RANDOM = new SplittableRandom(7);

    private static double[][] random(int rows, int cols) {
        double[][] values = new double[rows][cols];
        for (double[] row : values) {
            for (int j = 0; j < cols; j++) {
                row[j] = RANDOM.nextDouble(-1, 1);
            }
        }
        return values;
    }

    /** C(i, j) = start + Σₚ A(i, p)·B(p, j) in order, one rounding per term: what every kernel path must give. */
    private static double[][] reference(
            double[][] a, double[][] b, double[] bias, int biasOffset, int m, int k, int n, boolean transposeA) {
        double[][] c = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = bias == null ? 0 : bias[biasOffset + j];
                for (int p = 0; p < k; p++) {
                    sum = Math.fma(transposeA ? a[p][i] : a[i][p], b[p][j], sum);
                }
                c[i][j] = sum;
            }
        }
        return c;
    }

    private static double[] flat(double[][] rows) {
        return Arrays.stream(rows).flatMapToDouble(Arrays::stream).toArray();
    }

    @Test
    void everyShapeMatchesTheOrderedSumBitForBit() {
        int[] sizes = {1, 2, 3, 4, 5, 7, 8, 9, 12, 17};
        for (int m : sizes) {
            for (int k : sizes) {
                for (int n : sizes) {
                    String shape = m + "×" + k + "·" + k + "×" + n;
                    double[][] a = random(m, k);
                    double[][] b = random(k, n);
                    double[] bias = random(1, n + 2)[0];
                    double[][] c = new double[m][n];
                    Kernels.multiply(a, b, bias, 2, c, m, k, n);
                    assertArrayEquals(flat(reference(a, b, bias, 2, m, k, n, false)), flat(c), "A·B+bias " + shape);
                    double[][] at = random(k, m);
                    Kernels.multiplyTransposedA(at, b, c, m, k, n);
                    assertArrayEquals(flat(reference(at, b, null, 0, m, k, n, true)), flat(c), "Aᵀ·B " + shape);
                }
            }
        }
    }

    @Test
    void skippingZeroInputsGivesTheOrderedSumBitForBit() {
        int[] sizes = {1, 3, 4, 5, 9, 17, 64};
        for (int m : sizes) {
            for (int k : sizes) {
                for (int n : sizes) {
                    double[][] a = random(m, k);
                    for (double[] row : a) {
                        for (int p = 0; p < k; p++) {
                            row[p] = Math.max(0, row[p]);
                        }
                    }
                    double[][] b = random(k, n);
                    double[] bias = random(1, n)[0];
                    double[][] c = new double[m][n];
                    Kernels.multiplySkippingZeros(a, b, bias, 0, c, m, k, n, new int[k]);
                    assertArrayEquals(
                            flat(reference(a, b, bias, 0, m, k, n, false)),
                            flat(c),
                            "relu(A)·B+bias " + m + "×" + k + "·" + k + "×" + n);
                }
            }
        }
    }

    @Test
    void extraRowsAndColumnsAreIgnored() {
        double[][] a = random(6, 9);
        double[][] b = random(9, 11);
        double[][] c = random(6, 11);
        double[][] before = Arrays.stream(c).map(double[]::clone).toArray(double[][]::new);
        Kernels.multiply(a, b, null, 0, c, 5, 7, 10);
        double[][] expected = reference(a, b, null, 0, 5, 7, 10, false);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 11; j++) {
                assertEquals(i < 5 && j < 10 ? expected[i][j] : before[i][j], c[i][j], "(" + i + ", " + j + ")");
            }
        }
    }

    @Test
    void transposeAndCopyReadARowMajorBlock() {
        double[] flat = {9, 1, 2, 3, 4, 5, 6};
        double[][] rows = new double[2][3];
        double[][] columns = new double[3][2];
        Kernels.copyRows(flat, 1, 2, 3, rows);
        Kernels.transpose(flat, 1, 2, 3, columns);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, flat(rows));
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, flat(columns));
    }

    @Test
    void agreesWithEjmlOnTheLectureShapes() {
        double[][] a = random(200, 64);
        double[][] b = random(64, 64);
        double[][] c = new double[200][64];
        Kernels.multiply(a, b, null, 0, c, 200, 64, 64);
        DMatrixRMaj expected = new DMatrixRMaj(200, 64);
        CommonOps_DDRM.mult(new DMatrixRMaj(a), new DMatrixRMaj(b), expected);
        assertArrayEquals(expected.data, flat(c), 1e-12);

        double[][] gradient = new double[64][64];
        Kernels.multiplyTransposedA(a, c, gradient, 64, 200, 64);
        DMatrixRMaj viaEjml = new DMatrixRMaj(64, 64);
        CommonOps_DDRM.multTransA(new DMatrixRMaj(a), new DMatrixRMaj(c), viaEjml);
        assertArrayEquals(viaEjml.data, flat(gradient), 1e-10);

        double[][] transposed = new double[64][64];
        Kernels.transpose(flat(b), 0, 64, 64, transposed);
        Kernels.multiply(a, transposed, null, 0, c, 200, 64, 64);
        DMatrixRMaj back = new DMatrixRMaj(200, 64);
        CommonOps_DDRM.multTransB(new DMatrixRMaj(a), new DMatrixRMaj(b), back);
        assertArrayEquals(back.data, flat(c), 1e-12);
    }
}
