package downhill.engine.function.expression;

/**
 * The instruction set of compiled expressions, as int codes so the evaluators dispatch through a table switch,
 * and the one definition of what each computes ({@link #apply}), shared by the tree-walker, constant folding
 * and every evaluator so they agree bit for bit.
 */
final class Op {

    // Leaves: they compute nothing, their registers are filled before a run.
    static final int X = 0;
    static final int Y = 1;
    static final int CONST = 2;
    // One operand.
    static final int NEG = 3;
    static final int SIN = 4;
    static final int COS = 5;
    static final int TAN = 6;
    static final int ASIN = 7;
    static final int ACOS = 8;
    static final int ATAN = 9;
    static final int SINH = 10;
    static final int COSH = 11;
    static final int TANH = 12;
    static final int EXP = 13;
    static final int LOG = 14;
    static final int LOG10 = 15;
    static final int SQRT = 16;
    static final int ABS = 17;
    static final int SIGN = 18;
    // Two operands.
    static final int ADD = 19;
    static final int SUB = 20;
    static final int MUL = 21;
    static final int DIV = 22;
    static final int POW = 23;
    static final int ATAN2 = 24;
    static final int HYPOT = 25;
    static final int MIN = 26;
    static final int MAX = 27;

    private Op() {}

    static boolean isLeaf(int op) {
        return op <= CONST;
    }

    static boolean isBinary(int op) {
        return op >= ADD;
    }

    /** Whether swapping the operands gives the same bits, so {@code x*y} and {@code y*x} can share a register. */
    static boolean isCommutative(int op) {
        return op == ADD || op == MUL;
    }

    /** The value of {@code op} on {@code a} (and {@code b} for two operands; ignored otherwise). */
    static double apply(int op, double a, double b) {
        return switch (op) {
            case NEG -> -a;
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case TAN -> Math.tan(a);
            case ASIN -> Math.asin(a);
            case ACOS -> Math.acos(a);
            case ATAN -> Math.atan(a);
            case SINH -> Math.sinh(a);
            case COSH -> Math.cosh(a);
            case TANH -> Math.tanh(a);
            case EXP -> Math.exp(a);
            case LOG -> Math.log(a);
            case LOG10 -> Math.log10(a);
            case SQRT -> Math.sqrt(a);
            case ABS -> Math.abs(a);
            case SIGN -> Math.signum(a);
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case POW -> Math.pow(a, b);
            case ATAN2 -> Math.atan2(a, b);
            case HYPOT -> Math.hypot(a, b);
            case MIN -> Math.min(a, b);
            case MAX -> Math.max(a, b);
            default -> throw new IllegalStateException("not an instruction that computes: " + op);
        };
    }
}
