package downhill.engine.nn;

import java.util.Arrays;

/**
 * Dense matrix products for a training step, on matrices stored as arrays of rows ({@code double[rows][cols]}).
 *
 * <p>Why rows as separate arrays: HotSpot's C2 compiler turns a loop into SIMD code (AVX2/AVX-512 on x86) only when
 * it can prove the loop's loads and stores independent, and it proves that for arrays indexed by the loop counter
 * alone ({@code c[j] = fma(a, b[j], c[j])}), not for one flat array read at several unknown offsets. So every product
 * is written as row updates {@code Cᵢ ← Cᵢ + Σₚ aᵢₚ·Bₚ} over whole rows, four terms at a time, which the JIT
 * vectorizes: about 30 GFLOP/s here against about 15 for the best scalar register-blocked kernel and 7 for EJML's
 * {@code CommonOps_DDRM.mult} (docs/performance.md). {@link Math#fma} makes each multiply-add one instruction with
 * one rounding.
 *
 * <p>Backpropagation needs {@code A·B} (forward), {@code Aᵀ·B} (weight gradients) and {@code A·Bᵀ} (the error sent
 * back a layer). The last is {@code A·B} on a transposed copy of B (see {@link #transpose}); copying a weight matrix
 * costs far less than the product.
 *
 * <p>Every element of a result is {@code start + Σₚ aₚ·bₚ} summed in the order p = 0, 1, …, one fused multiply-add
 * at a time, whichever loop computes it; results are therefore the same bits as the textbook triple loop with
 * {@code Math.fma}, whatever the shapes.
 */
public final class Kernels {

    /** Below this many columns a result is computed down its columns instead of along its rows. */
    private static final int NARROW = 4;
    /** Rows (or columns) a narrow product carries at once, as independent sums the CPU can overlap. */
    private static final int CHAINS = 8;

    private Kernels() {}

    /**
     * {@code C = A·B}, plus the bias row on every row when {@code bias} is not null (it is the sums' start).
     *
     * @param a {@code m × k} (at least: only the first m rows and k columns are read)
     * @param b {@code k × n}
     * @param bias {@code n} values from {@code biasOffset}, or null for zero
     * @param c {@code m × n}, overwritten
     */
    public static void multiply(
            double[][] a, double[][] b, double[] bias, int biasOffset, double[][] c, int m, int k, int n) {
        if (n < NARROW) {
            narrowMultiply(a, b, bias, biasOffset, c, m, k, n);
            return;
        }
        for (int i = 0; i < m; i++) {
            double[] row = c[i];
            double[] coefficients = a[i];
            start(row, bias, biasOffset, n);
            int p = 0;
            for (; p + 4 <= k; p += 4) {
                addFour(
                        row,
                        coefficients[p],
                        b[p],
                        coefficients[p + 1],
                        b[p + 1],
                        coefficients[p + 2],
                        b[p + 2],
                        coefficients[p + 3],
                        b[p + 3],
                        n);
            }
            for (; p < k; p++) {
                addOne(row, coefficients[p], b[p], n);
            }
        }
    }

    /**
     * {@link #multiply} for an A whose entries are mostly exact zeros, as a layer's input after a rectifier: each
     * row adds only its nonzero terms, still in the order p = 0, 1, …, so every sum is the dense one (a zero term
     * adds nothing, except that a sum of −0 and +0 may keep the sign of −0). Roughly halves a ReLU layer's work.
     *
     * @param nonzero at least {@code k} ints of scratch space
     */
    public static void multiplySkippingZeros(
            double[][] a,
            double[][] b,
            double[] bias,
            int biasOffset,
            double[][] c,
            int m,
            int k,
            int n,
            int[] nonzero) {
        if (n < NARROW) {
            narrowMultiply(a, b, bias, biasOffset, c, m, k, n);
            return;
        }
        for (int i = 0; i < m; i++) {
            double[] row = c[i];
            double[] coefficients = a[i];
            start(row, bias, biasOffset, n);
            int count = 0;
            for (int p = 0; p < k; p++) {
                // Branch-free: whether an input is zero is a coin flip the branch predictor would mostly miss.
                nonzero[count] = p;
                count += coefficients[p] != 0 ? 1 : 0;
            }
            int q = 0;
            for (; q + 4 <= count; q += 4) {
                int p0 = nonzero[q];
                int p1 = nonzero[q + 1];
                int p2 = nonzero[q + 2];
                int p3 = nonzero[q + 3];
                addFour(
                        row,
                        coefficients[p0],
                        b[p0],
                        coefficients[p1],
                        b[p1],
                        coefficients[p2],
                        b[p2],
                        coefficients[p3],
                        b[p3],
                        n);
            }
            for (; q < count; q++) {
                addOne(row, coefficients[nonzero[q]], b[nonzero[q]], n);
            }
        }
    }

    /**
     * {@code C = Aᵀ·B}: the weight gradient {@code inputᵀ · delta}, summed over the batch.
     *
     * @param a {@code k × m} (A's transpose is m × k)
     * @param b {@code k × n}
     * @param c {@code m × n}, overwritten
     */
    public static void multiplyTransposedA(double[][] a, double[][] b, double[][] c, int m, int k, int n) {
        if (n < NARROW) {
            narrowMultiplyTransposedA(a, b, c, m, k, n);
            return;
        }
        for (int i = 0; i < m; i++) {
            start(c[i], null, 0, n);
        }
        // Batch rows outermost: the m × n result stays in the L1 cache while the batch streams past once.
        int p = 0;
        for (; p + 4 <= k; p += 4) {
            double[] a0 = a[p];
            double[] a1 = a[p + 1];
            double[] a2 = a[p + 2];
            double[] a3 = a[p + 3];
            for (int i = 0; i < m; i++) {
                addFour(c[i], a0[i], b[p], a1[i], b[p + 1], a2[i], b[p + 2], a3[i], b[p + 3], n);
            }
        }
        for (; p < k; p++) {
            for (int i = 0; i < m; i++) {
                addOne(c[i], a[p][i], b[p], n);
            }
        }
    }

    /** {@code out = Wᵀ} for the {@code rows × cols} row-major block of {@code flat} from {@code offset}. */
    public static void transpose(double[] flat, int offset, int rows, int cols, double[][] out) {
        for (int j = 0; j < cols; j++) {
            double[] target = out[j];
            for (int i = 0, at = offset + j; i < rows; i++, at += cols) {
                target[i] = flat[at];
            }
        }
    }

    /** Copies the {@code rows × cols} row-major block of {@code flat} from {@code offset} into rows. */
    public static void copyRows(double[] flat, int offset, int rows, int cols, double[][] out) {
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, offset + i * cols, out[i], 0, cols);
        }
    }

    private static void start(double[] row, double[] bias, int biasOffset, int n) {
        if (bias == null) {
            Arrays.fill(row, 0, n, 0);
        } else {
            System.arraycopy(bias, biasOffset, row, 0, n);
        }
    }

    /** {@code c += x0·b0 + x1·b1 + x2·b2 + x3·b3}, term by term in that order: the loop the JIT vectorizes. */
    private static void addFour(
            double[] c,
            double x0,
            double[] b0,
            double x1,
            double[] b1,
            double x2,
            double[] b2,
            double x3,
            double[] b3,
            int n) {
        for (int j = 0; j < n; j++) {
            c[j] = Math.fma(x3, b3[j], Math.fma(x2, b2[j], Math.fma(x1, b1[j], Math.fma(x0, b0[j], c[j]))));
        }
    }

    private static void addOne(double[] c, double x, double[] b, int n) {
        for (int j = 0; j < n; j++) {
            c[j] = Math.fma(x, b[j], c[j]);
        }
    }

    /** One to three columns (an output layer): eight rows at a time, each its own chain of multiply-adds. */
    private static void narrowMultiply(
            double[][] a, double[][] b, double[] bias, int biasOffset, double[][] c, int m, int k, int n) {
        for (int j = 0; j < n; j++) {
            double start = bias == null ? 0 : bias[biasOffset + j];
            int i = 0;
            for (; i + CHAINS <= m; i += CHAINS) {
                double[] r0 = a[i];
                double[] r1 = a[i + 1];
                double[] r2 = a[i + 2];
                double[] r3 = a[i + 3];
                double[] r4 = a[i + 4];
                double[] r5 = a[i + 5];
                double[] r6 = a[i + 6];
                double[] r7 = a[i + 7];
                double s0 = start;
                double s1 = start;
                double s2 = start;
                double s3 = start;
                double s4 = start;
                double s5 = start;
                double s6 = start;
                double s7 = start;
                for (int p = 0; p < k; p++) {
                    double y = b[p][j];
                    s0 = Math.fma(r0[p], y, s0);
                    s1 = Math.fma(r1[p], y, s1);
                    s2 = Math.fma(r2[p], y, s2);
                    s3 = Math.fma(r3[p], y, s3);
                    s4 = Math.fma(r4[p], y, s4);
                    s5 = Math.fma(r5[p], y, s5);
                    s6 = Math.fma(r6[p], y, s6);
                    s7 = Math.fma(r7[p], y, s7);
                }
                storeColumn(c, i, j, s0, s1, s2, s3, s4, s5, s6, s7);
            }
            for (; i < m; i++) {
                double sum = start;
                for (int p = 0; p < k; p++) {
                    sum = Math.fma(a[i][p], b[p][j], sum);
                }
                c[i][j] = sum;
            }
        }
    }

    /** {@code Aᵀ·B} with one to three columns: eight result rows at a time, read along A's rows. */
    private static void narrowMultiplyTransposedA(double[][] a, double[][] b, double[][] c, int m, int k, int n) {
        for (int j = 0; j < n; j++) {
            int i = 0;
            for (; i + CHAINS <= m; i += CHAINS) {
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                double s4 = 0;
                double s5 = 0;
                double s6 = 0;
                double s7 = 0;
                for (int p = 0; p < k; p++) {
                    double[] row = a[p];
                    double y = b[p][j];
                    s0 = Math.fma(row[i], y, s0);
                    s1 = Math.fma(row[i + 1], y, s1);
                    s2 = Math.fma(row[i + 2], y, s2);
                    s3 = Math.fma(row[i + 3], y, s3);
                    s4 = Math.fma(row[i + 4], y, s4);
                    s5 = Math.fma(row[i + 5], y, s5);
                    s6 = Math.fma(row[i + 6], y, s6);
                    s7 = Math.fma(row[i + 7], y, s7);
                }
                storeColumn(c, i, j, s0, s1, s2, s3, s4, s5, s6, s7);
            }
            for (; i < m; i++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum = Math.fma(a[p][i], b[p][j], sum);
                }
                c[i][j] = sum;
            }
        }
    }

    /** Eight sums into column j of rows i to i + 7. */
    private static void storeColumn(
            double[][] c,
            int i,
            int j,
            double s0,
            double s1,
            double s2,
            double s3,
            double s4,
            double s5,
            double s6,
            double s7) {
        c[i][j] = s0;
        c[i + 1][j] = s1;
        c[i + 2][j] = s2;
        c[i + 3][j] = s3;
        c[i + 4][j] = s4;
        c[i + 5][j] = s5;
        c[i + 6][j] = s6;
        c[i + 7][j] = s7;
    }
}
