package downhill.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFilesTest {

    private static List<Path> folder(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void aFileIsReplacedWholeOrLeftAsItWas(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub").resolve("lesson.json");
        WholeFiles.writeText(file, "first");
        assertEquals("first", Files.readString(file), "the folder is made, the text written");
        WholeFiles.writeText(file, "second");
        assertEquals("second", Files.readString(file));

        assertFalse(WholeFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            return false; // given up, e.g. a cancelled GIF
        }));
        assertEquals("second", Files.readString(file), "a write given up leaves the old file");

        assertThrows(
                IOException.class,
                () -> WholeFiles.write(file, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }));
        assertEquals("second", Files.readString(file), "a failed write leaves the old file");
        assertEquals(List.of(file), folder(file.getParent()), "and no temporary file behind");
    }

    @Test
    void aMissingFolderIsAnErrorForWriteButNotForWriteText(@TempDir Path dir) {
        assertThrows(IOException.class, () -> WholeFiles.write(dir.resolve("no/such/x.png"), out -> true));
        assertTrue(Files.notExists(dir.resolve("no")));
    }
}
