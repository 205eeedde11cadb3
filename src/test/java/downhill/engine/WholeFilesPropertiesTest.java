package downhill.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * An I/O error at any byte of a write (a full disk, a pulled stick) leaves the old file byte for byte and no
 * temporary file behind; a write that gets through leaves exactly the new bytes.
 */
class WholeFilesPropertiesTest {

    private static Path dir;

    @BeforeContainer
    static void makeDirectory() throws IOException {
        dir = Files.createTempDirectory("whole-files");
    }

    @AfterContainer
    static void removeDirectory() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    /** Passes bytes on until byte {@code failAt}, then fails as a full disk does. */
    private static final class FailingAt extends FilterOutputStream {
        private long left;

        FailingAt(OutputStream out, long failAt) {
            super(out);
            left = failAt;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("No space left on device");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    @Property(tries = 200)
    void aFailureAtAnyByteLeavesTheOldFileWhole(
            @ForAll @IntRange(max = 4000) int oldSize,
            @ForAll @IntRange(min = 1, max = 4000) int newSize,
            @ForAll @IntRange(max = 4000) int failAt,
            @ForAll long seed)
            throws IOException {
        Random random = new Random(seed);
        byte[] old = new byte[oldSize];
        random.nextBytes(old);
        byte[] fresh = new byte[newSize];
        random.nextBytes(fresh);
        Path file = dir.resolve("target.bin");
        Files.write(file, old);
        int position = failAt % (newSize + 1);
        // Written in uneven pieces, as a CSV stream writes rows.
        WholeFiles.Content content = out -> {
            OutputStream failing = new FailingAt(out, position);
            int at = 0;
            while (at < fresh.length) {
                int piece = Math.min(fresh.length - at, 1 + random.nextInt(300));
                failing.write(fresh, at, piece);
                at += piece;
            }
            return true;
        };
        if (position < newSize) {
            assertThrows(IOException.class, () -> WholeFiles.write(file, content));
            assertArrayEquals(old, Files.readAllBytes(file), "the old file, byte for byte");
        } else {
            WholeFiles.write(file, content);
            assertArrayEquals(fresh, Files.readAllBytes(file));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file remains");
        }
    }
}
