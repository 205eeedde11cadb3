package downhill.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever text the loader is given, it either loads an experiment or throws an {@link ExperimentException} that
 * names a line and a column: never another exception, never an unlocated message.
 */
class ExperimentFuzzTest {

    private static final List<String> VALID = List.of(
            ExperimentCodec.write(ExperimentCodecTestData.everythingChanged()),
            ExperimentCodec.write(Experiment.defaults()),
            ExperimentCodec.write(Presets.byName("schedules").experiment()),
            ExperimentCodec.write(Presets.byName("lecture-moons").experiment()));

    /** Tokens that make JSON wrong in interesting ways: types, names, numbers out of range, structure. */
    private static final List<String> TOKENS = List.of(
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"",
            "null",
            "true",
            "-1",
            "0",
            "1e999",
            "-1e999",
            "3.5",
            "9223372036854775808",
            "\"adamm\"",
            "\"rosenbrok\"",
            "\"x^\"",
            "\"\"",
            "\"all\"",
            "\"3d\"",
            "[]",
            "{}",
            "\"step:every=0\"",
            "\\u0000",
            "\n",
            "NaN",
            "\"schemaVersion\": 9",
            "//");

    private static void loadsOrFailsLocated(String text) {
        try {
            ExperimentCodec.read(text);
        } catch (ExperimentException e) {
            assertTrue(e.line() >= 1 && e.column() >= 1, "unlocated: " + e.getMessage());
            assertTrue(e.getMessage().startsWith("line " + e.line() + ", column " + e.column() + ": "), e.getMessage());
            assertTrue(!e.problem().isBlank() && !e.getMessage().contains("Source:"), e.getMessage());
        }
    }

    @Property(tries = 400)
    void truncatedFilesLoadOrFailLocated(
            @ForAll @IntRange(min = 0, max = 3) int which, @ForAll @IntRange(min = 0, max = 100_000) int cut) {
        String valid = VALID.get(which);
        loadsOrFailsLocated(valid.substring(0, cut % (valid.length() + 1)));
    }

    @Property(tries = 1500)
    void mutatedFilesLoadOrFailLocated(@ForAll("mutations") String text) {
        loadsOrFailsLocated(text);
    }

    @Property(tries = 500)
    void arbitraryTextLoadsOrFailsLocated(@ForAll String text) {
        loadsOrFailsLocated(text);
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<String> base = Arbitraries.of(VALID);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 100_000);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
        Arbitrary<String> token =
                Arbitraries.oneOf(Arbitraries.of(TOKENS), Arbitraries.strings().ofMaxLength(4));
        return Combinators.combine(
                        base, position, length, token, Arbitraries.integers().between(1, 3))
                .as((text, at, drop, insert, times) -> {
                    String mutated = text;
                    for (int i = 0; i < times; i++) {
                        int start = (at * (i + 1)) % (mutated.length() + 1);
                        int end = Math.min(mutated.length(), start + drop);
                        mutated = mutated.substring(0, start) + insert + mutated.substring(end);
                    }
                    return mutated;
                });
    }

    @Property(tries = 300)
    void valuesReplacedByOthersLoadOrFailLocated(@ForAll("valueSwaps") String text) {
        loadsOrFailsLocated(text);
    }

    /** A valid file with one value replaced by another token: a wrong type, a bad number, an unknown name. */
    @Provide
    Arbitrary<String> valueSwaps() {
        return Combinators.combine(
                        Arbitraries.of(VALID), Arbitraries.integers().between(0, 10_000), Arbitraries.of(TOKENS))
                .as((text, which, token) -> {
                    Matcher values = Pattern.compile(": ([^,\\n{\\[]+)").matcher(text);
                    List<int[]> spans = new ArrayList<>();
                    while (values.find()) {
                        spans.add(new int[] {values.start(1), values.end(1)});
                    }
                    int[] span = spans.get(which % spans.size());
                    return text.substring(0, span[0]) + token + text.substring(span[1]);
                });
    }
}
