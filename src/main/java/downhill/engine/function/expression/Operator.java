package downhill.engine.function.expression;

/** The binary operators, with their printed symbol and precedence. */
public enum Operator {
    ADD('+', Node.SUM, Op.ADD),
    SUBTRACT('-', Node.SUM, Op.SUB),
    MULTIPLY('*', Node.PRODUCT, Op.MUL),
    DIVIDE('/', Node.PRODUCT, Op.DIV),
    /** Right-associative and tighter than unary minus. */
    POWER('^', Node.POWER, Op.POW);

    private final char symbol;
    private final int precedence;
    private final int op;

    Operator(char symbol, int precedence, int op) {
        this.symbol = symbol;
        this.precedence = precedence;
        this.op = op;
    }

    public char symbol() {
        return symbol;
    }

    public int precedence() {
        return precedence;
    }

    /** The instruction that computes it. */
    int op() {
        return op;
    }

    static Operator of(char symbol) {
        for (Operator operator : values()) {
            if (operator.symbol == symbol) {
                return operator;
            }
        }
        throw new IllegalArgumentException("not an operator: " + symbol);
    }
}
