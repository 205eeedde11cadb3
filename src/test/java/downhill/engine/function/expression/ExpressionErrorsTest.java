package downhill.engine.function.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every mistake gives one exact line, located by column, and a caret under it. */
class ExpressionErrorsTest {

    private static ExpressionException mistake(String text) {
        return assertThrows(ExpressionException.class, () -> Expression.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "sin(x))     | 7 | unexpected ')' at column 7",
                "x+z         | 3 | unknown name 'z' at column 3 (the variables are x and y)",
                "sine(x)     | 1 | unknown function 'sine' at column 1 — did you mean 'sin'?",
                "foo(x)      | 1 | unknown function 'foo' at column 1",
                "Sin(x)      | 1 | unknown function 'Sin' at column 1 — did you mean 'sin'?",
                "sqr(x)      | 1 | unknown function 'sqr' at column 1 — did you mean 'sqrt'?",
                "hypt(x, y)  | 1 | unknown function 'hypt' at column 1 — did you mean 'hypot'?",
                "ata(x)      | 1 | unknown function 'ata' at column 1 — did you mean 'atan' or 'atan2'?",
                "2(x+1       | 2 | missing ')' for the '(' at column 2",
                "sin(x       | 4 | missing ')' for the '(' at column 4",
                "max(x, (y   | 8 | missing ')' for the '(' at column 8",
                "max(x)      | 1 | max takes 2 arguments, got 1 at column 1",
                "x*sin(x, y) | 3 | sin takes 1 argument, got 2 at column 3",
                "x +         | 4 | expected a number, x, y, a function or '(' after '+' at column 4",
                "x + * y     | 5 | expected a number, x, y, a function or '(' after '+' at column 5",
                "2^          | 3 | expected a number, x, y, a function or '(' after '^' at column 3",
                "()          | 2 | expected a number, x, y, a function or '(' after '(' at column 2",
                "max(x,)     | 7 | expected a number, x, y, a function or '(' after ',' at column 7",
                "-           | 2 | expected a number, x, y, a function or '(' after '-' at column 2",
                "1e          | 1 | malformed number '1e' at column 1",
                "x + 2e+     | 5 | malformed number '2e+' at column 5",
                "1.2.3       | 1 | malformed number '1.2.3' at column 1",
                ". + x       | 1 | malformed number '.' at column 1",
                "1e999       | 1 | number too large '1e999' at column 1",
                "*x          | 1 | unexpected '*' at column 1",
                ")           | 1 | unexpected ')' at column 1",
                "x y         | 3 | unexpected 'y' at column 3",
                "(x y)       | 4 | unexpected 'y' at column 4",
                "2 3         | 3 | unexpected '3' at column 3",
                "x $ y       | 3 | unexpected character '$' at column 3",
                "2×x         | 2 | unexpected character '×' at column 2 (write *)",
                "xy          | 1 | unknown name 'xy' at column 1 (the variables are x and y; write x*y to multiply)",
                "sin + x     | 5 | expected '(' after 'sin' at column 5",
                "x(y + 1)    | 1 | 'x' is not a function at column 1 (write x*(…) to multiply)",
            })
    void saysWhatIsWrongAndWhere(String text, int column, String message) {
        ExpressionException e = mistake(text);
        assertEquals(message, e.getMessage());
        assertEquals(column, e.column());
        assertEquals(text, e.text());
        assertEquals(" ".repeat(column - 1) + "^", e.caretLine());
    }

    @Test
    void emptyInput() {
        for (String text : List.of("", "   ", "\t\n")) {
            ExpressionException e = mistake(text);
            assertEquals("the expression is empty", e.getMessage());
            assertEquals(1, e.column());
            assertEquals("^", e.caretLine());
        }
    }

    @Test
    void theEndOfTheTextIsJustPastItsLastCharacterIgnoringTrailingBlanks() {
        assertEquals(4, mistake("x +   ").column());
        assertEquals("   ^", mistake("x +   ").caretLine());
    }

    @Test
    void theCaretLineKeepsTabsSoItLinesUp() {
        ExpressionException e = mistake("\tx +\tz");
        assertEquals(6, e.column());
        assertEquals("\t   \t^", e.caretLine());
    }

    @Test
    void theSourceLineHasNoLineBreaks() {
        ExpressionException e = mistake("x +\nz");
        assertEquals("x + z", e.sourceLine());
        assertEquals("    ^", e.caretLine());
    }

    @Test
    void theLeftmostMistakeIsReported() {
        assertEquals("unexpected ')' at column 1", mistake(") + 1e").getMessage());
        assertEquals(
                "unknown name 'z' at column 1 (the variables are x and y)",
                mistake("z + sine(x)").getMessage());
    }

    @Test
    void tooDeepNestingIsAMistakeNotACrash() {
        int depth = Parser.MAX_DEPTH + 1;
        assertEquals(depth, mistake("(".repeat(depth) + "x" + ")".repeat(depth)).column());
        assertEquals(
                "the expression nests too deeply (more than 200 levels) at column 201",
                mistake("-".repeat(100_000) + "x").getMessage());
        String nestedSum = "(".repeat(Parser.MAX_DEPTH) + "x" + "+x)".repeat(Parser.MAX_DEPTH);
        assertEquals(
                "the expression nests too deeply (more than 200 levels) at column 201",
                mistake(nestedSum).getMessage());
        mistake("2^".repeat(5000) + "2");
    }

    @Test
    void suggestionsComeOnlyWhenSomethingIsClose() {
        List<String> names = List.of("rosenbrock", "beale", "himmelblau");
        assertEquals(List.of("rosenbrock"), Suggestions.closest("rosenbrok", names));
        assertEquals(List.of("beale"), Suggestions.closest("Beal", names));
        assertEquals(List.of(), Suggestions.closest("foo", names));
        assertEquals(List.of(), Suggestions.closest("z", List.of("x", "y")));
        assertEquals("", Suggestions.didYouMean(List.of()));
        assertEquals(" — did you mean 'a', 'b' or 'c'?", Suggestions.didYouMean(List.of("a", "b", "c")));
        assertEquals(1, Suggestions.distance("sni", "sin"));
    }
}
