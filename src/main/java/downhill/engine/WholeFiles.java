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
        Path temporary = Files.createTempFile(target.getParent(), temporaryPrefix(target), ".part");
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

    /** The most UTF-8 bytes of the target's name a temporary file's name repeats. */
    static final int TEMPORARY_NAME_BYTES = 100;

    /**
     * "." and the target's name, cut short: a file system allows 255 bytes per name, and the temporary name adds
     * about 25 to the prefix, so a legal 240-character target name must not be repeated whole.
     */
    static String temporaryPrefix(Path target) {
        String name = target.getFileName().toString();
        StringBuilder prefix = new StringBuilder(".");
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            bytes += new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > TEMPORARY_NAME_BYTES) {
                break;
            }
            prefix.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        return prefix.toString();
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
