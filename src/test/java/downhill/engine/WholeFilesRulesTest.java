package downhill.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of the one writer: read-only, links, permissions, folders, inputs, and reasons in words. */
class WholeFilesRulesTest {

    private static List<Path> folder(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static WholeFiles.Content text(String text, AtomicBoolean ran) {
        return out -> {
            ran.set(true);
            out.write(text.getBytes(StandardCharsets.UTF_8));
            return true;
        };
    }

    @Test
    void aReadOnlyFileIsRefusedByItsPermissionsEvenForRoot(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("kept.csv");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        AtomicBoolean ran = new AtomicBoolean();

        WholeFiles.Unwritable e =
                assertThrows(WholeFiles.Unwritable.class, () -> WholeFiles.write(file, text("new", ran)));
        assertEquals(file + " is read-only", e.getMessage());
        assertFalse(ran.get(), "refused before any content is made");
        assertEquals("old", Files.readString(file));
        assertEquals(List.of(file), folder(dir));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("data.csv");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real", "data.csv"));

        WholeFiles.writeText(link, "new");

        assertTrue(Files.isSymbolicLink(link), "the link is not replaced by a file");
        assertEquals("new", Files.readString(real), "the file it points to has the new content");
        assertEquals(List.of(real), folder(real.getParent()), "the temporary file was beside the real file");
    }

    @Test
    void aDanglingLinkGetsItsFileMade(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), dir.resolve("made.csv"));
        WholeFiles.writeText(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(dir.resolve("made.csv")));
    }

    @Test
    void aLoopOfLinksIsNamed(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        WholeFiles.Unwritable e = assertThrows(WholeFiles.Unwritable.class, () -> WholeFiles.check(a));
        assertEquals(a + " is a loop of symbolic links", e.getMessage());
    }

    @Test
    void anExistingFileKeepsItsPermissionsAndANewOneGetsTheUmasks(@TempDir Path dir) throws IOException {
        Path kept = dir.resolve("kept.csv");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
        WholeFiles.writeText(kept, "new");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));

        // What any program's new file gets here (0666 less the umask), not createTempFile's 0600.
        Path plain = dir.resolve("plain");
        Files.newOutputStream(plain, StandardOpenOption.CREATE_NEW).close();
        Path made = dir.resolve("made.png");
        WholeFiles.writeText(made, "new");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(made));
    }

    @Test
    void aFolderThatIsMissingOrATargetThatIsAFolderIsRefusedInWords(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("no").resolve("x.csv");
        assertEquals(
                "the folder " + missing.getParent() + " does not exist",
                assertThrows(WholeFiles.Unwritable.class, () -> WholeFiles.check(missing))
                        .getMessage());
        assertEquals(
                dir + " is a directory",
                assertThrows(WholeFiles.Unwritable.class, () -> WholeFiles.check(dir))
                        .getMessage());
        Path file = Files.writeString(dir.resolve("file"), "");
        assertEquals(
                file + " is a file, not a folder",
                assertThrows(
                                WholeFiles.Unwritable.class,
                                () -> WholeFiles.writeText(file.resolve("session.json"), "{}"))
                        .getMessage());
    }

    @Test
    void theSameFileIsFoundThroughAnyPath(@TempDir Path dir) throws IOException {
        Path data = Files.writeString(dir.resolve("d.csv"), "x,y\n");
        Path link = Files.createSymbolicLink(dir.resolve("l.csv"), data);
        assertTrue(WholeFiles.isSameFile(dir.resolve(".").resolve("d.csv"), data));
        assertTrue(WholeFiles.isSameFile(link, data));
        assertFalse(WholeFiles.isSameFile(dir.resolve("new.csv"), data), "a file not yet made is no input");
    }

    @Test
    void reasonsAreWordsNotExceptionNames(@TempDir Path dir) {
        Path file = dir.resolve("x.csv");
        assertEquals(
                "the disk is full",
                WholeFiles.reason(file, new FileSystemException(file.toString(), null, "No space left on device")));
        assertEquals("permission denied", WholeFiles.reason(file, new AccessDeniedException(file.toString())));
    }

    @Test
    void twoWritersOfOneFileEachReplaceItWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shared.csv");
        byte[] a = "a\n".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        byte[] b = "b\n".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        CountDownLatch bothWriting = new CountDownLatch(2);
        WholeFiles.Content[] contents = new WholeFiles.Content[2];
        byte[][] bytes = {a, b};
        for (int i = 0; i < 2; i++) {
            byte[] mine = bytes[i];
            contents[i] = out -> {
                out.write(mine, 0, mine.length / 2);
                bothWriting.countDown();
                try {
                    bothWriting.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                out.write(mine, mine.length / 2, mine.length - mine.length / 2);
                return true;
            };
        }
        Thread other = new Thread(() -> {
            try {
                WholeFiles.write(file, contents[1]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        other.start();
        WholeFiles.write(file, contents[0]);
        other.join();
        byte[] result = Files.readAllBytes(file);
        assertTrue(Arrays.equals(result, a) || Arrays.equals(result, b), "one writer's whole file, never rows of both");
        assertArrayEquals(new Object[] {file}, folder(dir).toArray());
    }

    @Test
    void aPartFileAKilledWriterLeftIsRemovedByTheNextWriteButALiveOneIsNot(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("trajectory.csv");
        Path dead = Files.writeString(dir.resolve(".trajectory.csv.killed.part"), "half a row");
        Files.setLastModifiedTime(dead, FileTime.fromMillis(System.currentTimeMillis() - 2 * PartFiles.STALE_MILLIS));
        Path live = Files.writeString(dir.resolve(".trajectory.csv.writing.part"), "rows so far");
        WholeFiles.writeText(file, "new");
        assertEquals(List.of(live, file), folder(dir), "the dead writer's part file is gone, the live one stays");
    }
}
