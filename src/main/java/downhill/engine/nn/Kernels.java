package downhill.engine.nn;

/**
 * Dense matrix products on row-major {@code double[]} storage, register-blocked for the small shapes a training
 * step uses (a batch of a few hundred rows through layers of tens of units).
 *
 * <p>The three products backpropagation needs: {@code A·B} (forward), {@code Aᵀ·B} (weight gradients) and
 * {@code A·Bᵀ} (the error sent back a layer). All three run one kernel that reads its operands through strides, so
 * a transposed operand is never copied. The kernel keeps a 4 × 8 block of the result in local variables while it
 * runs down the shared dimension: each loaded element feeds 4 or 8 multiply-adds instead of one, which is what lifts
 * it above a straightforward i-k-j loop or EJML's {@code CommonOps_DDRM.mult} at these sizes (see
 * docs/performance.md). {@link Math#fma} makes each multiply-add one instruction with one rounding.
 *
 * <p>Every element of a result is {@code start + Σₚ a·b} summed in order p = 0, 1, …, whichever block computes it,
 * so results do not depend on where a matrix's edges fall.
 */
public final class Kernels {

    private static final int ROWS = 4;
    private static final int COLUMNS = 8;

    private Kernels() {
    }

    /**
     * {@code C = A·B}, or {@code C = A·B + 1·biasᵀ} when {@code bias} is not null (the bias row added to every
     * row, folded into the sums' starting values).
     *
     * @param a {@code m × k} from {@code aOffset}
     * @param b {@code k × n} from {@code bOffset}
     * @param bias {@code n} values from {@code biasOffset}, or null
     * @param c {@code m × n} from {@code cOffset}, overwritten
     */
    public static void multiply(double[] a, int aOffset, double[] b, int bOffset, double[] bias, int biasOffset,
            double[] c, int cOffset, int m, int k, int n) {
        product(a, aOffset, k, 1, b, bOffset, n, 1, bias, biasOffset, c, cOffset, m, k, n);
    }

    /** {@code C = A·B} over whole arrays, without bias. */
    public static void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        product(a, 0, k, 1, b, 0, n, 1, null, 0, c, 0, m, k, n);
    }

    /**
     * {@code C = Aᵀ·B} where {@code a} stores A as {@code k × m}: the weight gradient {@code inputᵀ · delta}.
     *
     * @param a {@code k × m} from {@code aOffset}
     * @param b {@code k × n} from {@code bOffset}
     * @param c {@code m × n} from {@code cOffset}, overwritten
     */
    public static void multiplyTransposedA(double[] a, int aOffset, double[] b, int bOffset, double[] c,
            int cOffset, int m, int k, int n) {
        product(a, aOffset, 1, m, b, bOffset, n, 1, null, 0, c, cOffset, m, k, n);
    }

    /**
     * {@code C = A·Bᵀ} where {@code b} stores B as {@code n × k}: the error sent back, {@code delta · Wᵀ}.
     *
     * @param a {@code m × k} from {@code aOffset}
     * @param b {@code n × k} from {@code bOffset}
     * @param c {@code m × n} from {@code cOffset}, overwritten
     */
    public static void multiplyTransposedB(double[] a, int aOffset, double[] b, int bOffset, double[] c,
            int cOffset, int m, int k, int n) {
        product(a, aOffset, k, 1, b, bOffset, 1, k, null, 0, c, cOffset, m, k, n);
    }

    /**
     * C(i, j) = bias(j) + Σₚ A(i, p)·B(p, j), with A(i, p) = {@code a[aOffset + i·aRowStride + p·aColumnStride]}
     * and B(p, j) = {@code b[bOffset + p·bRowStride + j·bColumnStride]}; C is dense row-major.
     */
    private static void product(double[] a, int aOffset, int aRowStride, int aColumnStride,
            double[] b, int bOffset, int bRowStride, int bColumnStride, double[] bias, int biasOffset,
            double[] c, int cOffset, int m, int k, int n) {
        int blockedRows = m - m % ROWS;
        int blockedColumns = n - n % COLUMNS;
        for (int i = 0; i < blockedRows; i += ROWS) {
            for (int j = 0; j < blockedColumns; j += COLUMNS) {
                block(a, aOffset + i * aRowStride, aRowStride, aColumnStride,
                        b, bOffset + j * bColumnStride, bRowStride, bColumnStride,
                        bias, biasOffset + j, c, cOffset + i * n + j, n, k);
            }
        }
        // The ragged edges: eight independent sums at a time, so the multiply-adds do not wait on each other.
        rightEdge(a, aOffset, aRowStride, aColumnStride, b, bOffset, bRowStride, bColumnStride, bias, biasOffset,
                c, cOffset, m, k, n, blockedColumns);
        for (int i = blockedRows; i < m; i++) {
            for (int j = 0; j < blockedColumns; j += COLUMNS) {
                row8(a, aOffset + i * aRowStride, aColumnStride, b, bOffset + j * bColumnStride, bRowStride,
                        bColumnStride, bias, biasOffset + j, c, cOffset + i * n + j, k);
            }
        }
    }

    /** Columns {@code from}..n − 1 of every row, down eight rows at a time. */
    private static void rightEdge(double[] a, int aOffset, int aRowStride, int aColumnStride,
            double[] b, int bOffset, int bRowStride, int bColumnStride, double[] bias, int biasOffset,
            double[] c, int cOffset, int m, int k, int n, int from) {
        for (int j = from; j < n; j++) {
            double start = bias == null ? 0 : bias[biasOffset + j];
            int i = 0;
            for (; i + 8 <= m; i += 8) {
                column8(a, aOffset + i * aRowStride, aRowStride, aColumnStride, b, bOffset + j * bColumnStride,
                        bRowStride, start, c, cOffset + i * n + j, n, k);
            }
            for (; i < m; i++) {
                double sum = start;
                int ap = aOffset + i * aRowStride;
                int bp = bOffset + j * bColumnStride;
                for (int p = 0; p < k; p++, ap += aColumnStride, bp += bRowStride) {
                    sum = Math.fma(a[ap], b[bp], sum);
                }
                c[cOffset + i * n + j] = sum;
            }
        }
    }

    /** Eight columns of one row of C. */
    private static void row8(double[] a, int ap, int aColumnStride, double[] b, int bp, int bRowStride,
            int bColumnStride, double[] bias, int biasOffset, double[] c, int cp, int k) {
        double c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0;
        if (bias != null) {
            c0 = bias[biasOffset];
            c1 = bias[biasOffset + 1];
            c2 = bias[biasOffset + 2];
            c3 = bias[biasOffset + 3];
            c4 = bias[biasOffset + 4];
            c5 = bias[biasOffset + 5];
            c6 = bias[biasOffset + 6];
            c7 = bias[biasOffset + 7];
        }
        for (int p = 0; p < k; p++, ap += aColumnStride, bp += bRowStride) {
            double x = a[ap];
            c0 = Math.fma(x, b[bp], c0);
            c1 = Math.fma(x, b[bp + bColumnStride], c1);
            c2 = Math.fma(x, b[bp + 2 * bColumnStride], c2);
            c3 = Math.fma(x, b[bp + 3 * bColumnStride], c3);
            c4 = Math.fma(x, b[bp + 4 * bColumnStride], c4);
            c5 = Math.fma(x, b[bp + 5 * bColumnStride], c5);
            c6 = Math.fma(x, b[bp + 6 * bColumnStride], c6);
            c7 = Math.fma(x, b[bp + 7 * bColumnStride], c7);
        }
        store(c, cp, c0, c1, c2, c3, c4, c5, c6, c7);
    }

    /** Eight rows of one column of C. */
    private static void column8(double[] a, int ap, int aRowStride, int aColumnStride, double[] b, int bp,
            int bRowStride, double start, double[] c, int cp, int n, int k) {
        double c0 = start, c1 = start, c2 = start, c3 = start, c4 = start, c5 = start, c6 = start, c7 = start;
        for (int p = 0; p < k; p++, ap += aColumnStride, bp += bRowStride) {
            double y = b[bp];
            c0 = Math.fma(a[ap], y, c0);
            c1 = Math.fma(a[ap + aRowStride], y, c1);
            c2 = Math.fma(a[ap + 2 * aRowStride], y, c2);
            c3 = Math.fma(a[ap + 3 * aRowStride], y, c3);
            c4 = Math.fma(a[ap + 4 * aRowStride], y, c4);
            c5 = Math.fma(a[ap + 5 * aRowStride], y, c5);
            c6 = Math.fma(a[ap + 6 * aRowStride], y, c6);
            c7 = Math.fma(a[ap + 7 * aRowStride], y, c7);
        }
        c[cp] = c0;
        c[cp + n] = c1;
        c[cp + 2 * n] = c2;
        c[cp + 3 * n] = c3;
        c[cp + 4 * n] = c4;
        c[cp + 5 * n] = c5;
        c[cp + 6 * n] = c6;
        c[cp + 7 * n] = c7;
    }

    /** One 4 × 8 block of C, its 32 sums held in locals (the JIT keeps them in registers) across all of k. */
    private static void block(double[] a, int ap, int aRowStride, int aColumnStride,
            double[] b, int bp, int bRowStride, int bColumnStride, double[] bias, int biasOffset,
            double[] c, int cp, int n, int k) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        if (bias != null) {
            s0 = bias[biasOffset];
            s1 = bias[biasOffset + 1];
            s2 = bias[biasOffset + 2];
            s3 = bias[biasOffset + 3];
            s4 = bias[biasOffset + 4];
            s5 = bias[biasOffset + 5];
            s6 = bias[biasOffset + 6];
            s7 = bias[biasOffset + 7];
        }
        double c00 = s0, c01 = s1, c02 = s2, c03 = s3, c04 = s4, c05 = s5, c06 = s6, c07 = s7;
        double c10 = s0, c11 = s1, c12 = s2, c13 = s3, c14 = s4, c15 = s5, c16 = s6, c17 = s7;
        double c20 = s0, c21 = s1, c22 = s2, c23 = s3, c24 = s4, c25 = s5, c26 = s6, c27 = s7;
        double c30 = s0, c31 = s1, c32 = s2, c33 = s3, c34 = s4, c35 = s5, c36 = s6, c37 = s7;
        int a1 = aRowStride;
        int a2 = 2 * aRowStride;
        int a3 = 3 * aRowStride;
        int b1 = bColumnStride;
        int b2 = 2 * bColumnStride;
        int b3 = 3 * bColumnStride;
        int b4 = 4 * bColumnStride;
        int b5 = 5 * bColumnStride;
        int b6 = 6 * bColumnStride;
        int b7 = 7 * bColumnStride;
        for (int p = 0; p < k; p++, ap += aColumnStride, bp += bRowStride) {
            double y0 = b[bp];
            double y1 = b[bp + b1];
            double y2 = b[bp + b2];
            double y3 = b[bp + b3];
            double y4 = b[bp + b4];
            double y5 = b[bp + b5];
            double y6 = b[bp + b6];
            double y7 = b[bp + b7];
            double x = a[ap];
            c00 = Math.fma(x, y0, c00);
            c01 = Math.fma(x, y1, c01);
            c02 = Math.fma(x, y2, c02);
            c03 = Math.fma(x, y3, c03);
            c04 = Math.fma(x, y4, c04);
            c05 = Math.fma(x, y5, c05);
            c06 = Math.fma(x, y6, c06);
            c07 = Math.fma(x, y7, c07);
            x = a[ap + a1];
            c10 = Math.fma(x, y0, c10);
            c11 = Math.fma(x, y1, c11);
            c12 = Math.fma(x, y2, c12);
            c13 = Math.fma(x, y3, c13);
            c14 = Math.fma(x, y4, c14);
            c15 = Math.fma(x, y5, c15);
            c16 = Math.fma(x, y6, c16);
            c17 = Math.fma(x, y7, c17);
            x = a[ap + a2];
            c20 = Math.fma(x, y0, c20);
            c21 = Math.fma(x, y1, c21);
            c22 = Math.fma(x, y2, c22);
            c23 = Math.fma(x, y3, c23);
            c24 = Math.fma(x, y4, c24);
            c25 = Math.fma(x, y5, c25);
            c26 = Math.fma(x, y6, c26);
            c27 = Math.fma(x, y7, c27);
            x = a[ap + a3];
            c30 = Math.fma(x, y0, c30);
            c31 = Math.fma(x, y1, c31);
            c32 = Math.fma(x, y2, c32);
            c33 = Math.fma(x, y3, c33);
            c34 = Math.fma(x, y4, c34);
            c35 = Math.fma(x, y5, c35);
            c36 = Math.fma(x, y6, c36);
            c37 = Math.fma(x, y7, c37);
        }
        store(c, cp, c00, c01, c02, c03, c04, c05, c06, c07);
        store(c, cp + n, c10, c11, c12, c13, c14, c15, c16, c17);
        store(c, cp + 2 * n, c20, c21, c22, c23, c24, c25, c26, c27);
        store(c, cp + 3 * n, c30, c31, c32, c33, c34, c35, c36, c37);
    }

    private static void store(double[] c, int at, double v0, double v1, double v2, double v3, double v4,
            double v5, double v6, double v7) {
        c[at] = v0;
        c[at + 1] = v1;
        c[at + 2] = v2;
        c[at + 3] = v3;
        c[at + 4] = v4;
        c[at + 5] = v5;
        c[at + 6] = v6;
        c[at + 7] = v7;
    }
}
