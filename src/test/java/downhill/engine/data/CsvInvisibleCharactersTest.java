package downhill.engine.data;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A number cell with a character nobody can see in it is refused naming the character, its row and column. */
class CsvInvisibleCharactersTest {

    @Provide
    Arbitrary<Character> invisible() {
        return Arbitraries.of('\u200B', '\u00A0', '\uFEFF', '\u2060', '\u200E', '\u202F');
    }

    @Property(tries = 60)
    void anInvisibleCharacterInANumberIsNamed(@ForAll("invisible") char c, @ForAll @IntRange(min = 1, max = 3) int at)
            throws IOException {
        String cell = "1.25";
        String bad = cell.substring(0, at) + c + cell.substring(at);
        Path file = Files.createTempFile("invisible", ".csv");
        try {
            Files.writeString(file, "x1,x2,label\n0.5,1,0\n" + bad + ",2,1\n3,4,0\n", StandardCharsets.UTF_8);
            DataException e = assertThrows(DataException.class, () -> CsvLoader.load(file));
            String name = String.format("U+%04X", (int) c);
            assertTrue(
                    e.getMessage().contains(name + " ")
                            && e.getMessage().contains("at column " + (at + 1) + " of the value"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("row 3"), e.getMessage());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void theMessageReadsWell() throws IOException {
        Path file = Files.createTempFile("nbsp", ".csv");
        try {
            Files.writeString(file, "x,label\n1\u00A0000,1\n2,0\n", StandardCharsets.UTF_8);
            String message = assertThrows(DataException.class, () -> CsvLoader.load(file))
                    .getMessage();
            assertTrue(
                    message.endsWith("'1\u00A0000' is not a number (it contains U+00A0 NO-BREAK SPACE at column 2"
                            + " of the value)"),
                    message);
        } finally {
            Files.delete(file);
        }
    }
}
