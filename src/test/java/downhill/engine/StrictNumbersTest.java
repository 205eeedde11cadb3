package downhill.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one strict reader of typed numbers: decimal text only. */
class StrictNumbersTest {

    @Test
    void decimalTextIsRead() {
        assertEquals(-1.5, Numbers.parse(" -1.5 "));
        assertEquals(0.5, Numbers.parse(".5"));
        assertEquals(5, Numbers.parse("5."));
        assertEquals(2e-3, Numbers.parse("2E-3"));
        assertEquals(1e300, Numbers.parse("1e300"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1d", "2f", "0x1p3", "Infinity", "-Infinity", "NaN", "1_000", "1e", "--1", "1,5", ""})
    void javaExtrasAreRefused(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Numbers.parse(text));
        assertEquals(
                text.isEmpty() ? "a number is needed, got nothing" : "'" + text + "' is not a number", e.getMessage());
    }

    @Test
    void tooLargeAndInvisibleAreSaid() {
        assertEquals(
                "'1e999' is too large to be a finite number",
                assertThrows(IllegalArgumentException.class, () -> Numbers.parse("1e999"))
                        .getMessage());
        assertEquals(
                "'1\u200B5' is not a number (it contains U+200B ZERO WIDTH SPACE at column 2)",
                assertThrows(IllegalArgumentException.class, () -> Numbers.parse("1\u200B5"))
                        .getMessage());
    }

    @Test
    void wholeNumbersAreDigitsWithinTheirRange() {
        assertEquals(1000, Numbers.parseInt(" 1000 "));
        assertEquals(-3, Numbers.parseInt("-3"));
        assertEquals(Integer.MAX_VALUE, Numbers.parseInt("2147483647"));
        assertEquals(Long.MIN_VALUE, Numbers.parseWhole("-9223372036854775808", Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @ParameterizedTest
    // U+0663 is an Arabic-Indic 3, which Integer.parseInt would take.
    @ValueSource(strings = {"1e9", "2.5", "0x10", "1d", "12abc", "1_000", "\u0663", "3,4", "--1", "1L"})
    void wholeNumbersRefuseEverythingElse(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Numbers.parseInt(text));
        assertEquals("'" + text + "' is not a whole number (digits only, like 1000)", e.getMessage());
    }

    @Test
    void wholeNumbersPastTheirTypeAreSaidNotWrapped() {
        assertEquals(
                "'99999999999' is too large: at most 2147483647",
                assertThrows(IllegalArgumentException.class, () -> Numbers.parseInt("99999999999"))
                        .getMessage());
        assertEquals(
                "'-2147483649' is too small: at least -2147483648",
                assertThrows(IllegalArgumentException.class, () -> Numbers.parseInt("-2147483649"))
                        .getMessage());
        assertEquals(
                "'99999999999999999999' is too large: at most 9223372036854775807",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Numbers.parseWhole("99999999999999999999", Long.MIN_VALUE, Long.MAX_VALUE))
                        .getMessage());
        assertEquals(
                "a whole number is needed, got nothing",
                assertThrows(IllegalArgumentException.class, () -> Numbers.parseInt(" "))
                        .getMessage());
    }
}
