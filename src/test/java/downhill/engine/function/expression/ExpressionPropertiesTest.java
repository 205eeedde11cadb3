package downhill.engine.function.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.expression.Node.Binary;
import downhill.engine.function.expression.Node.Call;
import downhill.engine.function.expression.Node.Constant;
import downhill.engine.function.expression.Node.Literal;
import downhill.engine.function.expression.Node.Negation;
import downhill.engine.function.expression.Node.Variable;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Random trees and random text: printing, parsing, compiling and differentiating agree with each other. */
class ExpressionPropertiesTest {

    // ---- random trees

    private static Arbitrary<Node> literals() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 12).map(i -> new Literal(i)),
                Arbitraries.doubles().between(0, 100).ofScale(3).map(Literal::new),
                Arbitraries.of(0.5, 0.001, 250.0, 1.5e-7, 3.25).map(Literal::new));
    }

    private static Arbitrary<Node> leaves() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, literals()),
                Tuple.of(4, Arbitraries.of(Variable.X, Variable.Y)),
                Tuple.of(1, Arbitraries.of(Constant.PI, Constant.E)));
    }

    private static Arbitrary<Node> trees(int depth, List<MathFunction> functions) {
        if (depth == 0) {
            return leaves();
        }
        Arbitrary<Node> sub = Arbitraries.lazy(() -> trees(depth - 1, functions));
        return Arbitraries.frequencyOf(
                Tuple.of(2, leaves()),
                Tuple.of(1, sub.map(Negation::new)),
                Tuple.of(
                        4,
                        Combinators.combine(Arbitraries.of(Operator.class), sub, sub)
                                .as(Binary::new)),
                Tuple.of(
                        3,
                        Combinators.combine(Arbitraries.of(functions), sub, sub)
                                .as((f, a, b) -> new Call(f, f.arity() == 1 ? List.of(a) : List.of(a, b)))));
    }

    @Provide
    Arbitrary<Node> trees() {
        return trees(4, List.of(MathFunction.values()));
    }

    /** Trees of smooth-almost-everywhere pieces, shallow enough that most are finite at most points. */
    @Provide
    Arbitrary<Node> smoothTrees() {
        return trees(
                3,
                List.of(
                        MathFunction.SIN,
                        MathFunction.COS,
                        MathFunction.ATAN,
                        MathFunction.TANH,
                        MathFunction.EXP,
                        MathFunction.LOG,
                        MathFunction.SQRT,
                        MathFunction.HYPOT,
                        MathFunction.ATAN2,
                        MathFunction.ABS,
                        MathFunction.MAX,
                        MathFunction.POW,
                        MathFunction.COSH,
                        MathFunction.ASIN));
    }

    private static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }

    /**
     * The largest magnitude of any value inside the tree at (x, y). Rounding differences (x³ as x·x·x or as pow)
     * scale with it, not with the result, which cancellation can make small.
     */
    private static double largestIntermediate(Node tree, double x, double y) {
        double largest = Math.abs(tree.evaluate(x, y));
        for (Node child : tree.children()) {
            largest = Math.max(largest, largestIntermediate(child, x, y));
        }
        return largest;
    }

    private static boolean close(double expected, double actual, double scale) {
        return same(expected, actual) || Math.abs(expected - actual) <= 1e-9 * Math.max(Math.abs(expected), scale);
    }

    // ---- properties

    @Property(tries = 500)
    void printingThenParsingGivesTheSameTreeAndTheSameValues(
            @ForAll("trees") Node tree,
            @ForAll @DoubleRange(min = -3, max = 3) double x,
            @ForAll @DoubleRange(min = -3, max = 3) double y) {
        String printed = tree.toString();
        Expression reparsed = Expression.parse(printed);
        assertEquals(tree, reparsed.tree(), printed);
        assertEquals(printed, reparsed.toString());
        assertTrue(same(tree.evaluate(x, y), reparsed.evaluate(x, y)), printed);
    }

    @Property(tries = 500)
    void compiledEqualsTheTreeWalker(
            @ForAll("trees") Node tree,
            @ForAll @DoubleRange(min = -3, max = 3) double x,
            @ForAll @DoubleRange(min = -3, max = 3) double y) {
        ExpressionObjective f = new ExpressionObjective(Expression.of(tree));
        double walked = tree.evaluate(x, y);
        double[] gradient = new double[2];
        assertTrue(
                close(walked, f.value(x, y), largestIntermediate(tree, x, y)),
                tree + ": " + walked + " vs " + f.value(x, y));
        assertTrue(same(f.value(x, y), f.valueAndGradient(x, y, gradient)), tree.toString());
    }

    @Property(tries = 300)
    void aRowEqualsItsPoints(
            @ForAll("trees") Node tree,
            @ForAll @IntRange(min = 0, max = 600) int length,
            @ForAll @DoubleRange(min = -3, max = 3) double y) {
        ExpressionObjective f = new ExpressionObjective(Expression.of(tree));
        double[] xs = new double[length];
        for (int i = 0; i < length; i++) {
            xs[i] = -3 + 6.0 * i / Math.max(1, length - 1);
        }
        double[] out = new double[length];
        f.valueRow(xs, y, out);
        for (int i = 0; i < length; i++) {
            assertTrue(same(f.value(xs[i], y), out[i]), tree + " at " + xs[i] + "," + y);
        }
    }

    @Property(tries = 400, maxDiscardRatio = 20)
    void gradientsAgreeWithCentralDifferencesAtSmoothPoints(
            @ForAll("smoothTrees") Node tree,
            @ForAll @DoubleRange(min = -2, max = 2) double x,
            @ForAll @DoubleRange(min = -2, max = 2) double y) {
        ExpressionObjective f = new ExpressionObjective(Expression.of(tree));
        double[] gradient = new double[2];
        double value = f.valueAndGradient(x, y, gradient);
        Assume.that(Math.abs(value) < 1e6 && Math.abs(gradient[0]) < 1e6 && Math.abs(gradient[1]) < 1e6);
        // Where an inner value is huge (sin(x + exp(19.5))), rounding it swamps a finite difference of step 1e-3.
        Assume.that(largestIntermediate(tree, x, y) < 1e3);
        for (int variable = 0; variable < 2; variable++) {
            CentralDifferences.Estimate estimate = CentralDifferences.partial(f, x, y, variable);
            Assume.that(estimate.smooth());
            double exact = gradient[variable];
            assertEquals(
                    estimate.derivative(),
                    exact,
                    1e-5 * (1 + Math.abs(exact) + Math.abs(value)),
                    tree + " ∂/∂" + "xy".charAt(variable) + " at " + x + "," + y);
        }
    }

    // ---- fuzz: any text parses or fails with a located ExpressionException, nothing else

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of(
                "x", "y", "2", "0.5", ".5", "1e-3", "1e", "2E+", "1.2.", "+", "-", "*", "/", "^", "(", ")", ",", " ",
                "\t", "sin", "max", "pow", "pi", "e", "z", "sine", "log10", "xy", ".", "$", "π", "\n", "9e999",
                "atan2(");
        Arbitrary<String> tokens = pieces.list().ofMaxSize(14).map(list -> String.join("", list));
        Arbitrary<String> characters = Arbitraries.strings()
                .withChars("0123456789.eE+-*/^(),xyz sincolgtqrmaph_$")
                .ofMaxLength(20);
        // Valid text with one piece inserted or one character deleted: mistakes deep inside good expressions.
        Arbitrary<String> mutated = Combinators.combine(
                        trees(3, List.of(MathFunction.values())),
                        Arbitraries.integers().between(0, 1000),
                        pieces,
                        Arbitraries.of(true, false))
                .as((tree, at, piece, insert) -> {
                    String text = tree.toString();
                    int position = at % (text.length() + 1);
                    return insert
                            ? text.substring(0, position) + piece + text.substring(position)
                            : text.substring(0, Math.min(position, text.length() - 1))
                                    + text.substring(Math.min(position + 1, text.length()));
                });
        return Arbitraries.oneOf(
                tokens, characters, mutated, Arbitraries.strings().ofMaxLength(12));
    }

    @Property(tries = 3000)
    void anyTextParsesOrIsALocatedMistake(@ForAll("texts") String text) {
        Expression parsed;
        try {
            parsed = Expression.parse(text);
        } catch (ExpressionException e) {
            assertTrue(e.column() >= 1 && e.column() <= text.length() + 1, e.getMessage());
            assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
            assertTrue(
                    e.getMessage().endsWith("at column " + e.column())
                            || e.getMessage().contains("at column " + e.column() + " ")
                            || e.getMessage().equals("the expression is empty"),
                    e.getMessage());
            assertEquals(e.column(), e.caretLine().length());
            return;
        }
        assertEquals(parsed, Expression.parse(parsed.toString()), text);
        ExpressionObjective f = new ExpressionObjective(parsed);
        f.valueAndGradient(0.5, -0.5, new double[2]);
        f.valueRow(new double[] {0, 1}, 0.5, new double[2]);
    }
}
