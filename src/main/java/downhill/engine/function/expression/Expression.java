package downhill.engine.function.expression;

/**
 * A parsed expression in x and y: its tree, the text it was parsed from, and its canonical form.
 *
 * <p>The language: numbers ({@code 3}, {@code 0.5}, {@code .5}, {@code 1e-3}, {@code 2.5E+2}); the variables
 * {@code x} and {@code y}; the constants {@code pi} and {@code e}; {@code + - * / ^} with the usual precedence,
 * {@code ^} right-associative and tighter than unary minus ({@code -x^2} is −(x²), {@code 2^3^2} is 512);
 * parentheses; a number directly followed by a name or {@code (} multiplies it ({@code 2x}, {@code 3(x+1)},
 * {@code 0.5x^2}) with the precedence of {@code *}; and the {@link MathFunction functions}, where {@code log} is
 * the natural logarithm like {@code ln}. Whitespace is free. See docs/expressions.md.
 */
public final class Expression {

    private final String text;
    private final Node tree;
    private final String canonical;

    private Expression(String text, Node tree) {
        this.text = text;
        this.tree = tree;
        this.canonical = tree.toString();
    }

    /**
     * Parses {@code text}.
     *
     * @throws ExpressionException at the leftmost mistake, with its column
     */
    public static Expression parse(String text) {
        return new Expression(text, Parser.parse(text));
    }

    /** The expression of an already built tree (its text is the canonical form). */
    public static Expression of(Node tree) {
        return new Expression(tree.toString(), tree);
    }

    /** The text as it was typed. */
    public String text() {
        return text;
    }

    public Node tree() {
        return tree;
    }

    /**
     * The value by walking the tree: the plain reference the compiled form ({@link ExpressionObjective}) is
     * measured and tested against. Slow; outside the domain it gives NaN or an infinity.
     */
    public double evaluate(double x, double y) {
        return tree.evaluate(x, y);
    }

    /**
     * The canonical form: minimal parentheses, explicit {@code *}, spaces around binary {@code +} and {@code -},
     * numbers in their shortest exact digits, e.g. {@code (1 - x)^2 + 100*(y - x^2)^2}. It parses back to the same
     * tree.
     */
    @Override
    public String toString() {
        return canonical;
    }

    /** Equal when the trees are: the same canonical form, however the texts were spaced. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Expression that && tree.equals(that.tree);
    }

    @Override
    public int hashCode() {
        return tree.hashCode();
    }
}
