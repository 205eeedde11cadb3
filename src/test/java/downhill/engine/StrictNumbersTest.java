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
        assertEquals(text.isEmpty() ? "a number is needed, got nothing" : "'" + text + "' is not a number",
                e.getMessage());
    }

    @Test
    void tooLargeAndInvisibleAreSaid() {
        assertEquals("'1e999' is too large to be a finite number",
                assertThrows(IllegalArgumentException.class, () -> Numbers.parse("1e999")).getMessage());
        assertEquals("'1\u200B5' is not a number (it contains U+200B ZERO WIDTH SPACE at column 2)",
                assertThrows(IllegalArgumentException.class, () -> Numbers.parse("1\u200B5")).getMessage());
    }
}
