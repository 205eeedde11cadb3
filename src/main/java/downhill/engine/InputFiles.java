package downhill.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens the files a user names as inputs (experiments, CSV data). Only regular files: a FIFO would wait for a writer
 * forever and a device (/dev/zero, /dev/urandom) never ends, so both are refused at once, before anything is read.
 * A whole-file read is bounded in size; CSV files are streamed with bounded memory instead.
 */
public final class InputFiles {

    /** An input that cannot be read; the message says why in words. */
    public static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason);
        }
    }

    private InputFiles() {}

    /** Opens {@code file} after checking that it is a regular file that exists. */
    public static InputStream open(Path file) throws IOException {
        requireRegular(file);
        return Files.newInputStream(file);
    }

    /** Refuses a missing file, a folder, a FIFO or a device, without opening it. */
    public static void requireRegular(Path file) throws Unreadable {
        if (!Files.exists(file)) {
            try {
                // Files.exists says false for a link loop or a folder that cannot be searched too; ask why.
                file.toRealPath();
            } catch (IOException e) {
                throw new Unreadable(Reasons.cannot("read", file, e));
            }
            throw new Unreadable("cannot read " + file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new Unreadable(file + " is a directory");
        }
        if (!Files.isRegularFile(file)) {
            throw new Unreadable(file + " is not a regular file (a device or a pipe cannot be read as data)");
        }
    }

    /**
     * The bytes of {@code file}, at most {@code limit} of them; a larger file is refused without being read whole.
     *
     * @param what what the file is, for the message: "an experiment file"
     */
    public static byte[] readAll(Path file, long limit, String what) throws IOException {
        try (InputStream in = open(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new Unreadable(file + " is "
                        + (Files.size(file) > limit
                                ? MemoryBudget.bytes(Files.size(file))
                                : "larger than " + MemoryBudget.bytes(limit))
                        + "; " + what + " is at most "
                        + MemoryBudget.bytes(limit));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new Unreadable("cannot read " + file + ": no such file");
        }
    }
}
