package downhill.engine.function.expression;

import java.util.Arrays;

/**
 * An expression compiled to register code: values at a point, values and exact gradient at a point, and values
 * along a grid row. Safe from many threads at once: each thread gets its own registers, made on its first call
 * and reused, so no call boxes or allocates.
 */
final class CompiledExpression {

    /** Lanes a row runs at a time: wide enough to amortize dispatch, small enough that the registers stay in L1/L2. */
    static final int LANES = 256;

    private final int[] pointCode;
    private final double[] pointRegisters;
    private final int pointResult;
    private final int[] uniformCode;
    private final double[] uniformRegisters;
    private final int[] fills;
    private final int[] rowCode;
    private final int rowRegisters;
    private final int rowResult;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /**
     * @param pointCode        code for one point; registers 0 and 1 are x and y
     * @param pointRegisters   the initial point registers, with the constants in place
     * @param pointResult      where the point code leaves the value
     * @param uniformCode      the y-only part of a row, as scalar code over registers like the point code's
     * @param uniformRegisters its initial registers
     * @param fills            pairs (uniform register, row register): scalars spread across a row's lanes
     * @param rowCode          the x part of a row, over lane registers (register 0 holds the xs); null when the
     *                         value does not depend on x
     * @param rowRegisters     how many lane registers the row code uses
     * @param rowResult        the lane register holding a row's values, or the uniform register holding the value
     *                         of the whole row when {@code rowCode} is null
     */
    CompiledExpression(
            int[] pointCode,
            double[] pointRegisters,
            int pointResult,
            int[] uniformCode,
            double[] uniformRegisters,
            int[] fills,
            int[] rowCode,
            int rowRegisters,
            int rowResult) {
        this.pointCode = pointCode;
        this.pointRegisters = pointRegisters;
        this.pointResult = pointResult;
        this.uniformCode = uniformCode;
        this.uniformRegisters = uniformRegisters;
        this.fills = fills;
        this.rowCode = rowCode;
        this.rowRegisters = rowRegisters;
        this.rowResult = rowResult;
    }

    /** Registers of one thread. */
    private final class Scratch {
        final double[] point = pointRegisters.clone();
        final double[] value = pointRegisters.clone();
        final double[] gradX = new double[pointRegisters.length];
        final double[] gradY = new double[pointRegisters.length];
        final double[] uniform = uniformRegisters.clone();
        double[][] lanes;

        Scratch() {
            // The inputs' own derivatives; constants have none. Computed registers are written before read.
            gradX[Compiler.X_REGISTER] = 1;
            gradY[Compiler.Y_REGISTER] = 1;
        }

        double[][] lanes() {
            if (lanes == null) {
                lanes = new double[rowRegisters][LANES];
            }
            return lanes;
        }
    }

    double value(double x, double y) {
        double[] r = scratch.get().point;
        r[Compiler.X_REGISTER] = x;
        r[Compiler.Y_REGISTER] = y;
        Machine.values(pointCode, r);
        return r[pointResult];
    }

    double valueAndGradient(double x, double y, double[] gradient) {
        Scratch s = scratch.get();
        double[] v = s.value;
        v[Compiler.X_REGISTER] = x;
        v[Compiler.Y_REGISTER] = y;
        Machine.valuesAndGradients(pointCode, v, s.gradX, s.gradY);
        gradient[0] = s.gradX[pointResult];
        gradient[1] = s.gradY[pointResult];
        return v[pointResult];
    }

    void valueRow(double[] xs, double y, double[] out) {
        Scratch s = scratch.get();
        double[] u = s.uniform;
        u[Compiler.Y_REGISTER] = y;
        Machine.values(uniformCode, u);
        int n = xs.length;
        if (rowCode == null) {
            Arrays.fill(out, 0, n, u[rowResult]);
            return;
        }
        double[][] r = s.lanes();
        for (int i = 0; i < fills.length; i += 2) {
            Arrays.fill(r[fills[i + 1]], u[fills[i]]);
        }
        for (int start = 0; start < n; start += LANES) {
            int width = Math.min(LANES, n - start);
            System.arraycopy(xs, start, r[Compiler.X_REGISTER], 0, width);
            Machine.rows(rowCode, r, width);
            System.arraycopy(r[rowResult], 0, out, start, width);
        }
    }

    /** Instructions in the point code, for tests of the compiler's work. */
    int pointInstructions() {
        return pointCode.length / 4;
    }

    /** Opcodes of the point code in order, for tests. */
    int[] pointOps() {
        int[] ops = new int[pointCode.length / 4];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = pointCode[4 * i];
        }
        return ops;
    }
}
