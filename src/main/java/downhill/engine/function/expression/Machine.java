package downhill.engine.function.expression;

/**
 * The three evaluators of compiled straight-line code. An instruction is four ints: {@code op, dst, a, b} (a
 * one-operand instruction has {@code b == a}). Registers are filled with the inputs and constants before a run;
 * each instruction reads its operands before it writes, so a destination may reuse an operand's register.
 */
final class Machine {

    private static final double LN10 = Math.log(10);

    private Machine() {}

    /** Values at one point: {@code r[dst] = op(r[a], r[b])}. */
    static void values(int[] code, double[] r) {
        for (int pc = 0; pc < code.length; pc += 4) {
            r[code[pc + 1]] = Op.apply(code[pc], r[code[pc + 2]], r[code[pc + 3]]);
        }
    }

    /**
     * Values and both partial derivatives at one point, by forward-mode differentiation: register i holds
     * (v[i], gx[i], gy[i]) = (value, ∂/∂x, ∂/∂y). Each instruction knows its partials with respect to its operands
     * and chains them; see {@link #chain} for the conventions where a derivative does not exist.
     */
    static void valuesAndGradients(int[] code, double[] v, double[] gx, double[] gy) {
        for (int pc = 0; pc < code.length; pc += 4) {
            int op = code[pc];
            int d = code[pc + 1];
            int a = code[pc + 2];
            int b = code[pc + 3];
            double u = v[a];
            double w = v[b];
            double value = Op.apply(op, u, w);
            double du;
            double dw = 0;
            switch (op) {
                case Op.NEG -> du = -1;
                case Op.SIN -> du = Math.cos(u);
                case Op.COS -> du = -Math.sin(u);
                case Op.TAN -> du = 1 + value * value;
                case Op.ASIN -> du = 1 / Math.sqrt(1 - u * u);
                case Op.ACOS -> du = -1 / Math.sqrt(1 - u * u);
                case Op.ATAN -> du = 1 / (1 + u * u);
                case Op.SINH -> du = Math.cosh(u);
                case Op.COSH -> du = Math.sinh(u);
                case Op.TANH -> du = 1 - value * value;
                case Op.EXP -> du = value;
                case Op.LOG -> du = 1 / u;
                case Op.LOG10 -> du = 1 / (u * LN10);
                // √u has an infinite slope at 0; taking 0 makes √(x²+y²) and √|x| descend like |x|.
                case Op.SQRT -> du = u == 0 ? 0 : 0.5 / value;
                // d|u| = sign(u)·du with sign(0) = 0.
                case Op.ABS -> du = Math.signum(u);
                case Op.SIGN -> du = 0;
                case Op.ADD -> {
                    du = 1;
                    dw = 1;
                }
                case Op.SUB -> {
                    du = 1;
                    dw = -1;
                }
                case Op.MUL -> {
                    du = w;
                    dw = u;
                }
                case Op.DIV -> {
                    du = 1 / w;
                    dw = -value / w;
                }
                case Op.POW -> {
                    du = powerSlope(u, w);
                    // u^v·ln u → 0 as u → 0⁺, so where u^v = 0 the term is 0 rather than 0·(−∞).
                    dw = value == 0 ? 0 : value * Math.log(u);
                }
                case Op.ATAN2 -> {
                    double r = u * u + w * w;
                    du = r == 0 ? 0 : w / r;
                    dw = r == 0 ? 0 : -u / r;
                }
                case Op.HYPOT -> {
                    du = value == 0 ? 0 : u / value;
                    dw = value == 0 ? 0 : w / value;
                }
                // Ties (and NaN) split the derivative evenly: (du + dv)/2.
                case Op.MIN -> {
                    du = u < w ? 1 : u > w ? 0 : 0.5;
                    dw = 1 - du;
                }
                case Op.MAX -> {
                    du = u > w ? 1 : u < w ? 0 : 0.5;
                    dw = 1 - du;
                }
                default -> throw new IllegalStateException("not an instruction that computes: " + op);
            }
            gx[d] = chain(du, gx[a]) + chain(dw, gx[b]);
            gy[d] = chain(du, gy[a]) + chain(dw, gy[b]);
            v[d] = value;
        }
    }

    /**
     * ∂(u^v)/∂u = v·u^(v−1), with the conventions of √ at u = 0: 0 when 0 &lt; v &lt; 1, and 0 for v = 0
     * (u^0 is the constant 1).
     */
    private static double powerSlope(double u, double v) {
        if (v == 0 || (u == 0 && v > 0 && v < 1)) {
            return 0;
        }
        return v * Math.pow(u, v - 1);
    }

    /**
     * One term of the chain rule, partial × inner derivative, where 0 times anything is 0: a zero partial (sign,
     * a flat min/max side) or an operand that does not depend on the variable contributes nothing, even where the
     * other factor is infinite or undefined.
     */
    private static double chain(double partial, double inner) {
        return partial == 0 || inner == 0 ? 0 : partial * inner;
    }

    /**
     * Values along a row, {@code n} at a time: each instruction runs over all {@code n} lanes of its registers
     * before the next, so dispatch is paid once per chunk and the arithmetic loops vectorize.
     */
    static void rows(int[] code, double[][] r, int n) {
        for (int pc = 0; pc < code.length; pc += 4) {
            int op = code[pc];
            double[] d = r[code[pc + 1]];
            double[] p = r[code[pc + 2]];
            double[] q = r[code[pc + 3]];
            switch (op) {
                case Op.ADD -> {
                    for (int k = 0; k < n; k++) {
                        d[k] = p[k] + q[k];
                    }
                }
                case Op.SUB -> {
                    for (int k = 0; k < n; k++) {
                        d[k] = p[k] - q[k];
                    }
                }
                case Op.MUL -> {
                    for (int k = 0; k < n; k++) {
                        d[k] = p[k] * q[k];
                    }
                }
                case Op.DIV -> {
                    for (int k = 0; k < n; k++) {
                        d[k] = p[k] / q[k];
                    }
                }
                case Op.NEG -> {
                    for (int k = 0; k < n; k++) {
                        d[k] = -p[k];
                    }
                }
                case Op.SQRT -> {
                    for (int k = 0; k < n; k++) {
                        d[k] = Math.sqrt(p[k]);
                    }
                }
                case Op.ABS -> {
                    for (int k = 0; k < n; k++) {
                        d[k] = Math.abs(p[k]);
                    }
                }
                default -> {
                    for (int k = 0; k < n; k++) {
                        d[k] = Op.apply(op, p[k], q[k]);
                    }
                }
            }
        }
    }
}
