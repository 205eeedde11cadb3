package downhill.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files {@link WholeFiles} streams into, {@code .NAME.RANDOM.part} beside the target: each is made and
 * registered at once, so that a shutdown hook removes it if the program stops mid-write (Ctrl-C); its writer holds a
 * lock on it; and a part file that a killed process left (SIGKILL runs no hook) is removed by the next write of the
 * target.
 */
final class PartFiles {

    /** A part file unchanged for this long and locked by nobody was left by a killed process. */
    static final long STALE_MILLIS = 10_000;

    /** Temporary files being written, removed by the shutdown hook if the JVM stops mid-write (Ctrl-C). */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();
    /**
     * Guards making a temporary file together with registering it, against the shutdown hook: a SIGTERM between
     * the two once left a part file behind (the hook had run before the name was registered).
     */
    private static final Object REGISTRY = new Object();

    private static boolean stopping;

    static {
        Thread cleaner = new Thread(
                () -> {
                    synchronized (REGISTRY) {
                        stopping = true;
                        WRITING.forEach(PartFiles::deleteQuietly);
                    }
                },
                "remove-part-files");
        try {
            Runtime.getRuntime().addShutdownHook(cleaner);
        } catch (IllegalStateException alreadyStopping) {
            // A write started during shutdown keeps its finally block only.
        }
    }

    private PartFiles() {}

    /**
     * A new empty part file beside {@code target}, registered for removal at shutdown.
     *
     * @throws IOException when the program is stopping, or the file cannot be made
     */
    static Path create(Path target) throws IOException {
        synchronized (REGISTRY) {
            if (stopping) {
                throw new IOException("the program is stopping");
            }
            Path temporary = createTemporary(target);
            WRITING.add(temporary);
            return temporary;
        }
    }

    /** Removes a part file (renamed away already, or given up) and forgets it. */
    static void remove(Path temporary) {
        deleteQuietly(temporary);
        WRITING.remove(temporary);
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

    /**
     * A new empty file beside {@code target}, made with {@code CREATE_NEW} (so the umask decides its mode, not the
     * 600 of {@link Files#createTempFile}). A long name is shortened, so that the temporary name stays legal.
     */
    private static Path createTemporary(Path target) throws IOException {
        String stem = stem(target);
        for (int attempt = 0; ; attempt++) {
            Path temporary = target.resolveSibling(
                    "." + stem + "." + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36) + ".part");
            try {
                Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
                return temporary;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** The lock that tells other writers this temporary file is alive; the system drops it when a process dies. */
    static FileLock lockQuietly(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Removes the part files of {@code target} that a killed process left (SIGKILL runs no shutdown hook): those
     * nobody holds a lock on and that have not changed for {@link #STALE_MILLIS}, so a live writer's file is never
     * taken.
     */
    static void removeStale(Path target, Path mine) {
        String prefix = "." + stem(target) + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(
                target.getParent(),
                entry -> entry.getFileName().toString().startsWith(prefix)
                        && entry.getFileName().toString().endsWith(".part"))) {
            long now = System.currentTimeMillis();
            for (Path part : siblings) {
                if (part.equals(mine) || now - Files.getLastModifiedTime(part).toMillis() < STALE_MILLIS) {
                    continue;
                }
                try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE);
                        FileLock lock = channel.tryLock()) {
                    if (lock != null) {
                        Files.deleteIfExists(part);
                    }
                } catch (IOException | RuntimeException inUse) {
                    // Locked by this JVM, or gone already.
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy; the write goes on.
        }
    }

    /** The target's name cut to a length that leaves room for the random part within the system's name limit. */
    private static String stem(Path target) {
        return temporaryPrefix(target).substring(1);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing more can be done; the name starts with a dot and ends in .part.
        }
    }
}
