package downhill.engine;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files whole or not at all: into a temporary file beside the target, flushed to the disk, then moved over
 * it, so a crash or a failed write leaves the old file or the new one, never half of one. Experiments, preferences
 * and pictures are all written this way.
 */
public final class WholeFiles {

    /** What goes into a file; returns false to give the write up (nothing is left behind). */
    @FunctionalInterface
    public interface Content {
        boolean writeTo(OutputStream out) throws IOException;
    }

    private WholeFiles() {
    }

    /**
     * Writes {@code content} to {@code file} (whose folder must exist).
     *
     * @return false when the content gave up; the temporary file is removed and {@code file} is untouched
     */
    public static boolean write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (FileOutputStream out = new FileOutputStream(temporary.toFile())) {
                if (!content.writeTo(out)) {
                    return false;
                }
                out.flush();
                out.getFD().sync();
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes {@code text} as UTF-8, creating the folder if need be. */
    public static void writeText(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        write(file, out -> {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            return true;
        });
    }
}
