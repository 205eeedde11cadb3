package downhill.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The translation of library failures into reasons, one library error kind at a time. */
class ReasonsTest {

    @TempDir
    Path dir;

    @Test
    void javaNioFailuresBecomeTheReason() throws IOException {
        Path ro = dir.resolve("ro/x.csv");
        assertEquals(
                "cannot write " + ro + ": the folder " + ro.getParent() + " does not exist",
                Reasons.cannot("write", ro, new NoSuchFileException(ro.toString())));
        Files.createDirectories(ro.getParent());
        assertEquals("permission denied", Reasons.of(ro, new AccessDeniedException(ro.toString())));
        assertEquals("no such file", Reasons.of(ro, new NoSuchFileException(ro.toString())));
        assertEquals(
                dir + " is a folder", Reasons.of(dir, new FileSystemException(dir.toString(), null, "Is a directory")));
        assertEquals(
                "the file name is empty", Reasons.of(Path.of(""), new FileSystemException("", null, "Is a directory")));
        assertEquals(
                "the disk is full",
                Reasons.of(ro, new FileSystemException(ro.toString(), null, "No space left on device")));
        assertEquals("the disk is full", Reasons.of(ro, new IOException("No space left on device")));
        assertEquals(
                "the file system is read-only",
                Reasons.of(ro, new FileSystemException(ro.toString(), null, "Read-only file system")));
    }

    @Test
    void aSymbolicLinkLoopIsNamedNotAFileSystemException() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        IOException loop = assertThrows(IOException.class, () -> Files.readString(a));
        String reason = Reasons.of(a, loop);
        assertTrue(reason.startsWith("too many symbolic links"), reason);
    }

    @Test
    void imageIoSaysWhatWentWrongUnderneath() {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        IOException e = assertThrows(IOException.class, () -> ImageIO.write(image, "png", full));
        assertEquals("the disk is full", Reasons.of(dir.resolve("x.png"), e), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1\u200B2 | U+200B ZERO WIDTH SPACE at column 2",
                "1\u00A02 | U+00A0 NO-BREAK SPACE at column 2",
                "12\uFEFF | U+FEFF ZERO WIDTH NO-BREAK SPACE at column 3",
                "\u2009x | U+2009 THIN SPACE at column 1",
                "a\u200Db | U+200D ZERO WIDTH JOINER at column 2"
            })
    void invisibleCharactersAreNamedWithTheirColumn(String text, String expected) {
        assertEquals(Optional.of(expected), Reasons.invisible(text));
    }

    @Test
    void visibleTextHasNoInvisibleCharacter() {
        assertEquals(Optional.empty(), Reasons.invisible("x + y\t- 2"));
    }
}
