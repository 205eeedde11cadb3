package downhill.engine.function.expression;

import downhill.engine.function.expression.Lexer.Kind;
import downhill.engine.function.expression.Lexer.Token;
import downhill.engine.function.expression.Node.Binary;
import downhill.engine.function.expression.Node.Call;
import downhill.engine.function.expression.Node.Constant;
import downhill.engine.function.expression.Node.Literal;
import downhill.engine.function.expression.Node.Negation;
import downhill.engine.function.expression.Node.Variable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive descent over the grammar
 * <pre>
 * sum     = product (('+' | '-') product)*
 * product = unary (('*' | '/') unary | [after a number] unary)*
 * unary   = ('-' | '+') unary | power
 * power   = primary ('^' unary)?
 * primary = number | name | name '(' (sum (',' sum)*)? ')' | '(' sum ')'
 * </pre>
 * so {@code ^} is right-associative and binds tighter than unary minus, and a number directly followed by a name
 * or {@code (} multiplies it with the precedence of {@code *}. Every mistake is an {@link ExpressionException}
 * at the leftmost place it can be seen.
 */
final class Parser {

    /** Deeper than any formula a person types; keeps the recursive printer, walker and compiler off the stack's end. */
    static final int MAX_DEPTH = 200;

    private static final String OPERAND = "a number, x, y, a function or '('";

    private final Lexer lexer;
    private final Map<Node, Integer> depths = new IdentityHashMap<>();
    private Token token;
    private Token previous;
    private int nesting;

    private Parser(String text) {
        this.lexer = new Lexer(text);
        this.token = lexer.next();
    }

    static Node parse(String text) {
        return new Parser(text).whole();
    }

    private Node whole() {
        if (token.kind() == Kind.END) {
            throw error("the expression is empty", 1);
        }
        Node tree = sum();
        if (token.kind() != Kind.END) {
            throw unexpected(token);
        }
        return tree;
    }

    private Node sum() {
        Node left = product();
        while (token.is('+') || token.is('-')) {
            Token operator = advance();
            left = binary(operator, left, product());
        }
        return left;
    }

    private Node product() {
        Node left = unary();
        while (true) {
            if (token.is('*') || token.is('/')) {
                Token operator = advance();
                left = binary(operator, left, unary());
            } else if (previous.kind() == Kind.NUMBER && (token.kind() == Kind.NAME || token.is('('))) {
                int column = token.column();
                left = node(new Binary(Operator.MULTIPLY, left, unary()), column);
            } else {
                return left;
            }
        }
    }

    private Node unary() {
        if (++nesting > MAX_DEPTH) {
            throw tooDeep(token.column());
        }
        try {
            if (token.is('-')) {
                Token minus = advance();
                return node(new Negation(unary()), minus.column());
            }
            if (token.is('+')) {
                advance();
                return unary();
            }
            return power();
        } finally {
            nesting--;
        }
    }

    private Node power() {
        Node base = primary();
        if (token.is('^')) {
            Token caret = advance();
            return binary(caret, base, unary());
        }
        return base;
    }

    private Node primary() {
        Token first = token;
        if (first.kind() == Kind.NUMBER) {
            advance();
            return new Literal(first.value());
        }
        if (first.kind() == Kind.NAME) {
            advance();
            return token.is('(') ? call(first) : name(first);
        }
        if (first.is('(')) {
            advance();
            Node inner = sum();
            close(first);
            return inner;
        }
        if (previous == null) {
            throw unexpected(first);
        }
        throw error(
                "expected " + OPERAND + " after " + previous.quoted() + " at column " + first.column(), first.column());
    }

    private Node name(Token name) {
        switch (name.text()) {
            case "x":
                return Variable.X;
            case "y":
                return Variable.Y;
            case "pi":
                return Constant.PI;
            case "e":
                return Constant.E;
            default:
                break;
        }
        if (MathFunction.named(name.text()).isPresent()) {
            throw error("expected '(' after " + name.quoted() + " at column " + token.column(), token.column());
        }
        String product = name.text().matches("[xy]{2,}")
                ? "; write " + String.join("*", name.text().split("")) + " to multiply"
                : "";
        throw error(
                "unknown name " + name.quoted() + " at column " + name.column() + " (the variables are x and y"
                        + product + ")",
                name.column());
    }

    private Node call(Token name) {
        MathFunction function = MathFunction.named(name.text()).orElseThrow(() -> unknownFunction(name));
        Token open = advance();
        List<Node> arguments = new ArrayList<>(2);
        if (token.is(')')) {
            advance();
        } else {
            while (true) {
                arguments.add(sum());
                if (token.is(',')) {
                    advance();
                } else {
                    close(open);
                    break;
                }
            }
        }
        if (arguments.size() != function.arity()) {
            throw error(
                    function.symbol() + " takes " + function.arity() + " argument"
                            + (function.arity() == 1 ? "" : "s") + ", got " + arguments.size() + " at column "
                            + name.column(),
                    name.column());
        }
        return node(new Call(function, arguments), name.column());
    }

    private ExpressionException unknownFunction(Token name) {
        if (name.text().matches("x|y|pi|e")) {
            return error(
                    name.quoted() + " is not a function at column " + name.column() + " (write " + name.text()
                            + "*(…) to multiply)",
                    name.column());
        }
        List<String> functions =
                Arrays.stream(MathFunction.values()).map(MathFunction::symbol).toList();
        return error(
                "unknown function " + name.quoted() + " at column " + name.column()
                        + Suggestions.didYouMean(Suggestions.closest(name.text(), functions)),
                name.column());
    }

    private void close(Token open) {
        if (token.is(')')) {
            advance();
            return;
        }
        if (token.kind() == Kind.END) {
            throw error("missing ')' for the '(' at column " + open.column(), open.column());
        }
        throw unexpected(token);
    }

    private Node binary(Token operator, Node left, Node right) {
        return node(new Binary(Operator.of(operator.text().charAt(0)), left, right), operator.column());
    }

    /**
     * Records the node's depth, refusing trees deeper than {@link #MAX_DEPTH}. A long sum or product is not deep:
     * {@code a + b + c} continues the chain of its left operand without a level more (the tree walkers follow
     * such chains with a loop, see {@link Node.Binary#chain}).
     */
    private Node node(Node node, int column) {
        int depth = 0;
        for (Node child : node.children()) {
            depth = Math.max(depth, depths.getOrDefault(child, 1));
        }
        if (node instanceof Binary binary && Binary.continuesChain(binary)) {
            depth = Math.max(depths.getOrDefault(binary.left(), 1) - 1, depths.getOrDefault(binary.right(), 1));
        }
        if (depth + 1 > MAX_DEPTH) {
            throw tooDeep(column);
        }
        depths.put(node, depth + 1);
        return node;
    }

    private Token advance() {
        previous = token;
        token = lexer.next();
        return previous;
    }

    private ExpressionException unexpected(Token found) {
        return error("unexpected " + found.quoted() + " at column " + found.column(), found.column());
    }

    private ExpressionException tooDeep(int column) {
        return error(
                "the expression nests too deeply (more than " + MAX_DEPTH + " levels) at column " + column, column);
    }

    private ExpressionException error(String message, int column) {
        return new ExpressionException(message, lexer.text(), column);
    }
}
