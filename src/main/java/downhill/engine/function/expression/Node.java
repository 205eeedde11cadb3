package downhill.engine.function.expression;

import downhill.engine.Numbers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A node of a parsed expression's tree. Every node prints itself in the canonical form (minimal parentheses,
 * explicit {@code *}, spaces around binary {@code +} and {@code -}) and evaluates itself by walking the tree —
 * the slow reference that the compiled form is checked against.
 */
public sealed interface Node permits Node.Literal, Node.Name, Node.Negation, Node.Binary, Node.Call {

    /** How tightly the printed node binds: sums bind least, atoms (numbers, names, calls) most. */
    int SUM = 1;

    int PRODUCT = 2;
    int NEGATION = 3;
    int POWER = 4;
    int ATOM = 5;

    /** The value at (x, y), by walking the tree; outside the domain it is NaN or infinite, never an exception. */
    double evaluate(double x, double y);

    /** The precedence of this node's printed form, one of {@link #SUM} … {@link #ATOM}. */
    int precedence();

    /** Appends the canonical text. */
    void appendTo(StringBuilder out);

    /** The node's children, left to right. */
    List<Node> children();

    /** Appends {@code node}, in parentheses when it binds less tightly than {@code least}. */
    private static void appendOperand(StringBuilder out, Node node, int least) {
        boolean parenthesize = node.precedence() < least;
        if (parenthesize) {
            out.append('(');
        }
        node.appendTo(out);
        if (parenthesize) {
            out.append(')');
        }
    }

    private static String print(Node node) {
        StringBuilder out = new StringBuilder();
        node.appendTo(out);
        return out.toString();
    }

    /** A number as written: finite and not negative (a minus sign is a {@link Negation}). */
    record Literal(double value) implements Node {

        public Literal {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("a literal is a finite number ≥ 0, got " + value);
            }
        }

        @Override
        public double evaluate(double x, double y) {
            return value;
        }

        @Override
        public int precedence() {
            return ATOM;
        }

        /** The shortest digits that read back to the same double, without a needless {@code .0}. */
        @Override
        public void appendTo(StringBuilder out) {
            String digits = Numbers.format(value);
            out.append(digits.endsWith(".0") ? digits.substring(0, digits.length() - 2) : digits);
        }

        @Override
        public List<Node> children() {
            return List.of();
        }

        @Override
        public String toString() {
            return print(this);
        }
    }

    /** A leaf written as a name: a variable or a constant. */
    sealed interface Name extends Node permits Variable, Constant {

        /** The name as written, e.g. {@code x} or {@code pi}. */
        String symbol();

        @Override
        default int precedence() {
            return ATOM;
        }

        @Override
        default void appendTo(StringBuilder out) {
            out.append(symbol());
        }

        @Override
        default List<Node> children() {
            return List.of();
        }
    }

    /** The variables. */
    enum Variable implements Name {
        X("x"),
        Y("y");

        private final String symbol;

        Variable(String symbol) {
            this.symbol = symbol;
        }

        @Override
        public String symbol() {
            return symbol;
        }

        @Override
        public double evaluate(double x, double y) {
            return this == X ? x : y;
        }

        @Override
        public String toString() {
            return symbol;
        }
    }

    /** The named constants π and e. */
    enum Constant implements Name {
        PI("pi", Math.PI),
        E("e", Math.E);

        private final String symbol;
        private final double value;

        Constant(String symbol, double value) {
            this.symbol = symbol;
            this.value = value;
        }

        @Override
        public String symbol() {
            return symbol;
        }

        public double value() {
            return value;
        }

        @Override
        public double evaluate(double x, double y) {
            return value;
        }

        @Override
        public String toString() {
            return symbol;
        }
    }

    /** Unary minus. It binds less tightly than {@code ^}: {@code -x^2} is −(x²). */
    record Negation(Node operand) implements Node {

        @Override
        public double evaluate(double x, double y) {
            return -operand.evaluate(x, y);
        }

        @Override
        public int precedence() {
            return NEGATION;
        }

        @Override
        public void appendTo(StringBuilder out) {
            out.append('-');
            // "-(-x)" rather than "--x", and "-(x*y)" since "-x*y" reads back as (-x)*y.
            appendOperand(out, operand, POWER);
        }

        @Override
        public List<Node> children() {
            return List.of(operand);
        }

        @Override
        public String toString() {
            return print(this);
        }
    }

    /** A binary operator applied to two operands. */
    record Binary(Operator operator, Node left, Node right) implements Node {

        /** Whether the left operand is a sum under a sum or a product under a product: one chain, one level. */
        static boolean continuesChain(Binary node) {
            return node.operator != Operator.POWER
                    && node.left instanceof Binary inner
                    && inner.operator.precedence() == node.operator.precedence();
        }

        /**
         * The chain of left-associative operators of one level that ends at {@code top}, from the innermost
         * (whose left operand starts the chain) to {@code top}: a sum of 5,000 terms is walked by a loop.
         */
        static List<Binary> chain(Binary top) {
            ArrayList<Binary> chain = new ArrayList<>();
            Binary at = top;
            chain.add(at);
            while (continuesChain(at)) {
                at = (Binary) at.left;
                chain.add(at);
            }
            Collections.reverse(chain);
            return chain;
        }

        @Override
        public double evaluate(double x, double y) {
            List<Binary> chain = chain(this);
            double value = chain.get(0).left.evaluate(x, y);
            for (Binary link : chain) {
                value = Op.apply(link.operator.op(), value, link.right.evaluate(x, y));
            }
            return value;
        }

        @Override
        public int precedence() {
            return operator.precedence();
        }

        @Override
        public void appendTo(StringBuilder out) {
            int own = operator.precedence();
            if (operator == Operator.POWER) {
                // Right-associative, and the exponent may be negated: 2^3^2, x^-2, (x^2)^3, (-x)^2.
                appendOperand(out, left, ATOM);
                out.append('^');
                appendOperand(out, right, NEGATION);
                return;
            }
            // Left-associative: the right operand needs parentheses at the same level, x - (y - z).
            List<Binary> chain = chain(this);
            appendOperand(out, chain.get(0).left, own);
            for (Binary link : chain) {
                out.append(own == SUM ? " " + link.operator.symbol() + " " : link.operator.symbol());
                appendOperand(out, link.right, own == SUM ? own + 1 : NEGATION);
            }
        }

        @Override
        public List<Node> children() {
            return List.of(left, right);
        }

        @Override
        public String toString() {
            return print(this);
        }
    }

    /** A function applied to its arguments; the parser has checked the count. */
    record Call(MathFunction function, List<Node> arguments) implements Node {

        public Call {
            arguments = List.copyOf(arguments);
            if (arguments.size() != function.arity()) {
                throw new IllegalArgumentException(
                        function.symbol() + " takes " + function.arity() + " arguments, got " + arguments.size());
            }
        }

        @Override
        public double evaluate(double x, double y) {
            double first = arguments.get(0).evaluate(x, y);
            double second = arguments.size() > 1 ? arguments.get(1).evaluate(x, y) : 0;
            return Op.apply(function.op(), first, second);
        }

        @Override
        public int precedence() {
            return ATOM;
        }

        @Override
        public void appendTo(StringBuilder out) {
            out.append(function.symbol()).append('(');
            for (int i = 0; i < arguments.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                arguments.get(i).appendTo(out);
            }
            out.append(')');
        }

        @Override
        public List<Node> children() {
            return arguments;
        }

        @Override
        public String toString() {
            return print(this);
        }
    }
}
