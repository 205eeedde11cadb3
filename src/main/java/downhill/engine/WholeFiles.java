package downhill.engine;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The one writer of every file the program writes (CSV tables, pictures, experiments, preferences, the session).
 * The content streams into a temporary file beside the target ({@code .NAME.RANDOM.part}), which is flushed to the
 * disk and then renamed over the target. So a failed, cancelled or interrupted write (Ctrl-C runs a shutdown hook
 * that removes the temporary file) leaves the old file exactly as it was, and two runs writing one file each
 * rename a whole file: the last one wins, rows never interleave. A writer holds a lock on its temporary file; a part
 * file that a killed process left (SIGKILL runs no hook) is unlocked and is removed by the next write of the target.
 * The temporary files' life is {@link PartFiles}'; the rules and the write are here.
 *
 * <p>The rules, checked by {@link #check} before any work starts and again when writing:
 * <ul>
 *   <li>the folder must exist and the target must not be a folder;</li>
 *   <li>a read-only target (no write permission bit for anyone, or the DOS read-only flag) is refused, even for root,
 *       who could otherwise replace it;</li>
 *   <li>a symbolic link is followed: the file it points to is replaced and the link stays a link;</li>
 *   <li>the new file keeps the old file's permissions; a new file gets the umask's default (as any program's);</li>
 *   <li>a target that exists but is not a regular file (/dev/null, a FIFO) is written directly, never replaced.</li>
 * </ul>
 */
public final class WholeFiles {

    /** What goes into a file; returns false to give the write up (nothing is left behind). */
    @FunctionalInterface
    public interface Content {
        boolean writeTo(OutputStream out) throws IOException;
    }

    /** A target that cannot be written; the message says why, in words ("the folder x does not exist"). */
    public static final class Unwritable extends IOException {
        private static final long serialVersionUID = 1L;

        Unwritable(String reason) {
            super(reason);
        }
    }

    /** Links followed at most, as the kernel's ELOOP limit. */
    private static final int MOST_LINKS = 40;

    private WholeFiles() {}

    /**
     * Finds out before any work whether {@code file} can be written. A command also asks {@link #isSameFile}
     * of each of its inputs, so that it never writes over its own data.
     *
     * @throws Unwritable saying why not, e.g. "permission denied", "x.csv is read-only"
     */
    public static void check(Path file) throws Unwritable {
        Path target = followLinks(file);
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw new Unwritable(
                    Files.exists(folder) ? folder + " is not a folder" : "the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new Unwritable(file + " is a directory");
        }
        if (Files.exists(target)) {
            if (!Files.isRegularFile(target)) {
                return; // a device or FIFO is written in place
            }
            if (isReadOnly(target)) {
                throw new Unwritable(file + " is read-only");
            }
        }
        if (!Files.isWritable(folder)) {
            throw new Unwritable("permission denied: the folder " + folder + " is not writable");
        }
    }

    /** Whether {@code a} and {@code b} are one file (both existing; links followed). */
    public static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes {@code content} to {@code file} (whose folder must exist) whole or not at all.
     *
     * @return false when the content gave up; the temporary file is removed and {@code file} is untouched
     * @throws IOException when it cannot be written; {@link #reason} says why in words
     */
    public static boolean write(Path file, Content content) throws IOException {
        check(file);
        Path target = followLinks(file);
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            try (OutputStream out = Files.newOutputStream(target)) {
                return content.writeTo(out);
            }
        }
        Path temporary = PartFiles.create(target);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    FileLock alive = PartFiles.lockQuietly(channel)) {
                PartFiles.removeStale(target, temporary);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                if (!content.writeTo(out)) {
                    return false;
                }
                out.flush();
                channel.force(true);
            }
            keepPermissions(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(target.getParent());
            return true;
        } finally {
            PartFiles.remove(temporary);
        }
    }

    /** Writes {@code text} as UTF-8, creating the folder if need be. */
    public static void writeText(Path file, String text) throws IOException {
        Path folder = followLinks(file).getParent();
        if (!Files.isDirectory(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (FileAlreadyExistsException e) {
                throw new Unwritable(e.getFile() + " is a file, not a folder");
            }
        }
        write(file, out -> {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            return true;
        });
    }

    /** Why writing {@code file} failed, in words for people: "the folder /x does not exist", "the disk is full". */
    public static String reason(Path file, IOException e) {
        if (e instanceof Unwritable) {
            return e.getMessage();
        }
        try {
            check(file);
        } catch (Unwritable unwritable) {
            return unwritable.getMessage();
        } catch (RuntimeException ignored) {
            // fall through to the exception's own words
        }
        // Everything else in the words the one translation layer uses for file errors.
        return Reasons.of(file, e);
    }

    /** The file a chain of symbolic links ends at (which need not exist yet), absolute. */
    static Path followLinks(Path file) throws Unwritable {
        Path path = file.toAbsolutePath().normalize();
        for (int i = 0; i < MOST_LINKS; i++) {
            if (!Files.isSymbolicLink(path)) {
                return path;
            }
            try {
                path = path.getParent().resolve(Files.readSymbolicLink(path)).normalize();
            } catch (IOException e) {
                throw new Unwritable("the symbolic link " + path + " cannot be read");
            }
        }
        throw new Unwritable(file + " is a loop of symbolic links");
    }

    /** Read-only by its permissions, not by whether this user may write it: root may, but should not. */
    private static boolean isReadOnly(Path file) {
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> mode =
                        Files.readAttributes(file, PosixFileAttributes.class).permissions();
                boolean anyWrite = mode.contains(PosixFilePermission.OWNER_WRITE)
                        || mode.contains(PosixFilePermission.GROUP_WRITE)
                        || mode.contains(PosixFilePermission.OTHERS_WRITE);
                return !anyWrite || !Files.isWritable(file);
            }
            if (Files.getFileStore(file).supportsFileAttributeView("dos")) {
                return Files.readAttributes(file, DosFileAttributes.class).isReadOnly() || !Files.isWritable(file);
            }
        } catch (IOException | UnsupportedOperationException e) {
            return !Files.isWritable(file);
        }
        return !Files.isWritable(file);
    }

    private static void keepPermissions(Path target, Path temporary) {
        try {
            if (Files.isRegularFile(target) && Files.getFileStore(target).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(
                        temporary,
                        Files.readAttributes(target, PosixFileAttributes.class).permissions());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // The umask's mode stays: the content matters more than the mode.
        }
    }

    /** Makes the rename itself durable where the system allows opening a folder (Linux, macOS). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder; the file itself is already on the disk.
        }
    }
}
