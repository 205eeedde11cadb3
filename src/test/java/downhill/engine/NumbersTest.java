package downhill.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource({
        "1.0, 1.0",
        "100.0, 100.0",
        "0.001, 0.001",
        "0.0001, 0.0001",
        "0.00001, 1e-05",
        "-1.5, -1.5",
        "1e16, 1e+16",
        "1.5e16, 1.5e+16",
        "123456789012345.0, 123456789012345.0",
        "0.1, 0.1",
        "-0.0, -0.0",
        "0.0, 0.0",
        "2e-3, 0.002",
        "1.2345e-7, 1.2345e-07",
        "5e-324, 5e-324",
        "1.7976931348623157e308, 1.7976931348623157e+308"
    })
    void writesAsPythonRepr(double value, String expected) {
        assertEquals(expected, Numbers.format(value));
    }

    @Test
    void nonFiniteValuesHaveNames() {
        assertEquals("nan", Numbers.format(Double.NaN));
        assertEquals("inf", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("-inf", Numbers.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void trimsTheDigitJava17AddsWhereRoundingItsOwnDigitsWouldPickTheWrongNeighbour() {
        // Java 17 prints -5.2606055254724065E18; rounding those digits half-even gives ...406, which is another
        // double; the shortest form of this value is ...407.
        double value = -5.2606055254724065e18;
        assertEquals("-5.260605525472407e+18", Numbers.format(value));
        assertEquals("2e+23", Numbers.format(2e23));
    }

    // Compiled once: 200,000 numbers each went through four regex compilations.
    private static final Pattern EXPONENT = Pattern.compile("e.*$");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+");
    private static final Pattern TRAILING_ZEROS = Pattern.compile("0+$");

    @Test
    void everyFormattedNumberReadsBackExactlyAndIsShortest() {
        SplittableRandom random = new SplittableRandom(7);
        // 30,000 random bit patterns: every exponent range many times over (200,000 took 6 s of the suite).
        for (int i = 0; i < 30_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(value)) {
                continue;
            }
            String text = Numbers.format(value);
            assertEquals(value, Double.parseDouble(text), text);
            String digits = trimmed(text);
            assertEqualsOrShorter(value, digits.length(), text);
        }
    }

    /** Sign, exponent and point gone, leading and trailing zeros too: the significant digits of {@code text}. */
    private static String trimmed(String text) {
        String mantissa = EXPONENT.matcher(text.startsWith("-") ? text.substring(1) : text)
                .replaceFirst("")
                .replace(".", "");
        return TRAILING_ZEROS
                .matcher(LEADING_ZEROS.matcher(mantissa).replaceFirst(""))
                .replaceFirst("");
    }

    /** No decimal with fewer significant digits reads back to the same double. */
    private static void assertEqualsOrShorter(double value, int digits, String text) {
        if (digits <= 1) {
            return;
        }
        String shorter = String.format("%." + (digits - 2) + "e", value);
        if (Double.parseDouble(shorter) == value) {
            throw new AssertionError(text + " is not shortest: " + shorter + " reads back too");
        }
    }
}
