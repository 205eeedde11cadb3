package downhill.engine.function.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A long sum or product is long, not deep: parsed, printed, evaluated and compiled with loops. Real nesting keeps
 * its limit. And a character nobody can see is named where it is.
 */
class FlatChainsTest {

    @Test
    void aSumOfFiveThousandTermsParsesEvaluatesAndCompiles() {
        StringBuilder text = new StringBuilder("x");
        double expected = 0.5;
        for (int i = 1; i < 5000; i++) {
            text.append(i % 2 == 0 ? " + " : " - ").append(i).append("*y");
            expected = i % 2 == 0 ? expected + i * 0.25 : expected - i * 0.25;
        }
        Expression sum = Expression.parse(text.toString());
        assertEquals(text.toString(), sum.toString(), "the canonical form keeps the chain flat");
        assertEquals(expected, sum.evaluate(0.5, 0.25));
        ExpressionObjective compiled = ExpressionObjective.parse(text.toString());
        double[] gradient = new double[2];
        assertEquals(expected, compiled.valueAndGradient(0.5, 0.25, gradient));
        assertEquals(1, gradient[0]);
    }

    @Test
    void aProductOfFiveThousandFactorsParses() {
        String text = "x" + "*1".repeat(2500) + "/1".repeat(2499);
        assertEquals(3, Expression.parse(text).evaluate(3, 0));
        assertEquals(3, ExpressionObjective.parse(text).valueAndGradient(3, 0, new double[2]));
    }

    @Test
    void realNestingKeepsItsLimit() {
        String deep = "(".repeat(Parser.MAX_DEPTH + 1) + "x" + ")".repeat(Parser.MAX_DEPTH + 1);
        assertEquals(
                "the expression nests too deeply (more than 200 levels) at column 201",
                assertThrows(ExpressionException.class, () -> Expression.parse(deep))
                        .getMessage());
        String nestedSums = "(x+".repeat(Parser.MAX_DEPTH + 1) + "x" + ")".repeat(Parser.MAX_DEPTH + 1);
        assertThrows(ExpressionException.class, () -> Expression.parse(nestedSums));
    }

    @Test
    void anInvisibleCharacterIsNamed() {
        assertEquals(
                "unexpected invisible character U+200B ZERO WIDTH SPACE at column 2",
                assertThrows(ExpressionException.class, () -> Expression.parse("x\u200B+y"))
                        .getMessage());
        assertEquals(
                "unexpected invisible character U+00A0 NO-BREAK SPACE at column 2",
                assertThrows(ExpressionException.class, () -> Expression.parse("x\u00A0+ y"))
                        .getMessage());
    }

    @Provide
    Arbitrary<Character> invisible() {
        return Arbitraries.of(
                '\u200B', '\u00A0', '\uFEFF', '\u2009', '\u202F', '\u200E', '\u2060', '\u3000', '\u200C', '\u2028');
    }

    /** Wherever an invisible character lands in a good expression, the message names it at its column. */
    @Property(tries = 300)
    void anInvisibleCharacterAnywhereIsNamedAtItsColumn(
            @ForAll("invisible") char c, @ForAll @IntRange(min = 0, max = 27) int at) {
        String good = "(1 - x)^2 + 100*(y - x^2)^2";
        String text = good.substring(0, at) + c + good.substring(at);
        ExpressionException e = assertThrows(ExpressionException.class, () -> Expression.parse(text));
        assertTrue(e.getMessage().contains(String.format("U+%04X", (int) c)), e.getMessage());
        assertEquals(at + 1, e.column(), e.getMessage());
    }
}
