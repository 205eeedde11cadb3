package downhill.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a file holds, the loader either loads it or throws a {@link DataException} that names the file and, when
 * it blames one row, that row — never another exception. Any other exception fails the property.
 */
class CsvLoaderPropertiesTest {

    private static Path dir;

    @BeforeContainer
    static void makeDirectory() throws IOException {
        dir = Files.createTempDirectory("csv-fuzz");
    }

    @AfterContainer
    static void removeDirectory() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 400)
    void anyBytesLoadOrFailWithALocatedMessage(@ForAll byte[] bytes) {
        check(bytes);
    }

    @Property(tries = 400)
    void anyTextLoadsOrFailsWithALocatedMessage(@ForAll String text) {
        check(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Text made of what CSV files hold, so that the fuzzing reaches past the header into rows and cells. */
    @Property(tries = 1500)
    void csvLikeTextLoadsOrFailsWithALocatedMessage(@ForAll("csvLike") String text) {
        Dataset loaded = check(text.getBytes(StandardCharsets.UTF_8));
        if (loaded != null) {
            for (double value : loaded.features()) {
                assertTrue(Double.isFinite(value), "features are finite");
            }
            for (double value : loaded.targets()) {
                assertTrue(Double.isFinite(value), "targets are finite");
            }
        }
    }

    @Provide
    Arbitrary<String> csvLike() {
        Arbitrary<String> header = Arbitraries.of("x,label\n", "a,b,c\n", "x1,x2,y\n", "\"p\",q\n", "x\n", "");
        Arbitrary<String> body = Arbitraries.strings()
                .withChars("0123456789.,-+eE\n\r \"aNInf\t\u0000\u00e9")
                .ofMaxLength(200);
        return header.flatMap(h -> body.map(b -> h + b));
    }

    /** Loads {@code bytes} from a file; returns the dataset, or null after checking the error's message. */
    private static Dataset check(byte[] bytes) {
        Path file = dir.resolve("fuzz.csv");
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return CsvLoader.load(file);
        } catch (DataException e) {
            String message = e.getMessage();
            assertTrue(message.startsWith(file.toString()), "names the file: " + message);
            assertEquals(file.toString(), e.source());
            if (e.row() > 0) {
                assertTrue(message.contains("row " + e.row()), "names the row: " + message);
                assertTrue(e.row() <= bytes.length + 1, "a row that exists: " + message);
            }
            assertTrue(message.length() < 400, "short enough to read: " + message);
            return null;
        }
    }
}
