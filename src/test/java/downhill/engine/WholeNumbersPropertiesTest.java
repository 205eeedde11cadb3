package downhill.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The whole-number reader over random text: it reads back every long exactly, and whatever it accepts is plain ASCII
 * digits with a sign whose value lies in the range asked for; everything else is an IllegalArgumentException with a
 * message, never another exception and never a wrapped value.
 */
class WholeNumbersPropertiesTest {

    @Property
    void everyLongReadsBack(@ForAll long value) {
        assertEquals(value, Numbers.parseWhole(Long.toString(value), Long.MIN_VALUE, Long.MAX_VALUE));
    }

    @Property(tries = 2000)
    void acceptedTextIsDigitsWithinTheRange(@ForAll("typed") String text) {
        long value;
        try {
            value = Numbers.parseInt(text);
        } catch (IllegalArgumentException refused) {
            assertTrue(
                    refused.getMessage().contains("whole number")
                            || refused.getMessage().contains("too "),
                    refused.getMessage());
            return;
        }
        String t = text.strip();
        assertTrue(t.matches("[+-]?[0-9]+"), t);
        assertEquals(new BigInteger(t), BigInteger.valueOf(value));
    }

    /** Digits mixed with what people and Java put near them: signs, points, exponents, hex, suffixes, other scripts. */
    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.strings()
                .withChars("0123456789+-.eExXdDfFL_ \u0663\u200B\u00A0")
                .ofMaxLength(14);
    }
}
