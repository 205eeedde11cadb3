package downhill.engine.function.expression;

import java.util.Optional;

/**
 * The functions an expression may call, with their arity. {@code log} and {@code ln} are both the natural
 * logarithm; {@code log10} is the base-10 one.
 */
public enum MathFunction {
    SIN("sin", 1, Op.SIN),
    COS("cos", 1, Op.COS),
    TAN("tan", 1, Op.TAN),
    ASIN("asin", 1, Op.ASIN),
    ACOS("acos", 1, Op.ACOS),
    ATAN("atan", 1, Op.ATAN),
    SINH("sinh", 1, Op.SINH),
    COSH("cosh", 1, Op.COSH),
    TANH("tanh", 1, Op.TANH),
    EXP("exp", 1, Op.EXP),
    /** The natural logarithm, the same as {@code ln}. */
    LOG("log", 1, Op.LOG),
    LN("ln", 1, Op.LOG),
    LOG10("log10", 1, Op.LOG10),
    SQRT("sqrt", 1, Op.SQRT),
    ABS("abs", 1, Op.ABS),
    /** −1, 0 or 1; sign(0) = 0. */
    SIGN("sign", 1, Op.SIGN),
    MIN("min", 2, Op.MIN),
    MAX("max", 2, Op.MAX),
    /** pow(u, v) is u^v. */
    POW("pow", 2, Op.POW),
    /** atan2(u, v) is the angle of the point (v, u), as {@link Math#atan2(double, double)}. */
    ATAN2("atan2", 2, Op.ATAN2),
    /** hypot(u, v) is √(u² + v²) without overflow. */
    HYPOT("hypot", 2, Op.HYPOT);

    private final String symbol;
    private final int arity;
    private final int op;

    MathFunction(String symbol, int arity, int op) {
        this.symbol = symbol;
        this.arity = arity;
        this.op = op;
    }

    /** The name as written in an expression, e.g. {@code atan2}. */
    public String symbol() {
        return symbol;
    }

    /** How many arguments it takes. */
    public int arity() {
        return arity;
    }

    int op() {
        return op;
    }

    /** The function written {@code symbol}, if there is one (names are case-sensitive). */
    public static Optional<MathFunction> named(String symbol) {
        for (MathFunction function : values()) {
            if (function.symbol.equals(symbol)) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }
}
