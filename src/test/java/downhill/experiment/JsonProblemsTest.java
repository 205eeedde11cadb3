package downhill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Jackson's failures in the project's words, located; one case per kind of JSON mistake. */
class JsonProblemsTest {

    private static ExperimentException failure(String json) {
        return assertThrows(ExperimentException.class, () -> ExperimentCodec.read(json));
    }

    private static void noInternals(String message) {
        for (String leak : new String[] {
            "Feature", "`", "com.fasterxml", "JsonNode", "StreamReadConstraints", "code 47", "CTRL-CHAR"
        }) {
            assertFalse(message.contains(leak), message);
        }
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(
                        "{ // a note\n \"schemaVersion\": 1}",
                        1,
                        3,
                        "malformed JSON: comments are not allowed in an experiment file"),
                Arguments.of(
                        "{\"schemaVersion\": NaN}",
                        1,
                        22,
                        "malformed JSON: NaN is not a number here (an experiment file holds finite numbers only)"),
                Arguments.of(
                        "{\"schemaVersion\": -Infinity}",
                        1,
                        28,
                        "malformed JSON: -Infinity is not a number here (an experiment file holds finite numbers only)"),
                Arguments.of(
                        "{\"schemaVersion\": 1} {}",
                        1,
                        22,
                        "malformed JSON: there is more text after the experiment's closing '}'"),
                Arguments.of(
                        "{\"schemaVersion\": 1, \"schemaVersion\": 1}",
                        1,
                        37,
                        "malformed JSON: the field 'schemaVersion' is given twice"),
                Arguments.of(
                        "{'schemaVersion': 1}",
                        1,
                        2,
                        "malformed JSON: unexpected character ''' (names and texts take double quotes \"…\")"),
                Arguments.of(
                        "{\"schemaVersion\": 01}",
                        1,
                        20,
                        "malformed JSON: a number cannot begin with 0 (write 1, not 01)"),
                Arguments.of(
                        "{\"schemaVersion\": 1",
                        1,
                        20,
                        "malformed JSON: the text ends too early (is the file cut short?)"),
                Arguments.of(
                        "{\"schemaVersion\": tru}",
                        1,
                        22,
                        "malformed JSON: unexpected 'tru' (a value is \"text\", a number, true, false, null, [...] or {...})"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void eachKindOfMistakeIsSaidInWords(String json, int line, int column, String problem) {
        ExperimentException e = failure(json);
        assertEquals(problem, e.problem());
        assertEquals(line, e.line());
        assertEquals(column, e.column());
        noInternals(e.getMessage());
    }

    @Test
    void limitsAreSaidAsLimits() {
        ExperimentException digits = failure("{\"schemaVersion\": 1" + "0".repeat(1200) + "}");
        assertEquals("malformed JSON: a number with more than 1000 digits", digits.problem());
        noInternals(digits.getMessage());
        ExperimentException deep = failure("{\"a\":" + "[".repeat(1500) + "]".repeat(1500) + "}");
        assertEquals("malformed JSON: the values nest more than 1000 levels deep", deep.problem());
        noInternals(deep.getMessage());
    }

    @Test
    void aByteOrderMarkAtTheStartIsAccepted() {
        String json = ExperimentCodec.write(Experiment.defaults());
        assertEquals(Experiment.defaults(), ExperimentCodec.read("\uFEFF" + json));
    }

    @Test
    void aStartOutsideTheDomainAndAnOverflowingWindowAreRefused() {
        ExperimentException start = failure("{\"schemaVersion\": 1, \"landscape\": {\"function\": \"log(x)\","
                + " \"start\": {\"x\": -1, \"y\": 0}}}");
        assertEquals("landscape.start", start.path());
        assertEquals("the start (-1.0, 0.0) is outside the function's domain", start.problem());
        ExperimentException window = failure("{\"schemaVersion\": 1, \"landscape\": {\"function\": \"rosenbrock\","
                + " \"window\": {\"xMin\": -1e308, \"xMax\": 1e308, \"yMin\": 0, \"yMax\": 1}}}");
        assertEquals("landscape.window", window.path());
        assertTrue(window.problem().contains("width and height must be finite"), window.problem());
    }

    @Provide
    Arbitrary<Character> invisible() {
        return Arbitraries.of('\uFEFF', '\u200B', '\u00A0', '\u2060', '\u200E');
    }

    /** An invisible character between a good file's values is named, at its line and column. */
    @Property(tries = 200)
    void anInvisibleCharacterIsNamedWhereItIs(
            @ForAll("invisible") char c, @ForAll @IntRange(min = 1, max = 400) int at) {
        String json = ExperimentCodec.write(Experiment.defaults());
        // Only between tokens (after a comma or a colon and before a blank): inside a text it would be part of it.
        int place = json.indexOf(": ", at) + 1;
        String text = json.substring(0, place) + c + json.substring(place);
        ExperimentException e = failure(text);
        assertTrue(e.problem().contains(String.format("U+%04X", (int) c)), e.getMessage());
        String before = text.substring(0, place);
        assertEquals(before.split("\n", -1).length, e.line(), e.getMessage());
        assertEquals(place - before.lastIndexOf('\n'), e.column(), e.getMessage());
        noInternals(e.getMessage());
    }
}
