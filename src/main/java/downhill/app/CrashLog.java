package downhill.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The log of unexpected errors, {@code logs/downhill.log} in the user folder, with the whole stack trace of each.
 * Its size is bounded: past {@link #LIMIT} bytes it becomes {@code downhill.log.1} (replacing the older one) and a
 * new log starts, so an error repeated every frame cannot fill the disk.
 */
public final class CrashLog {

    public static final long LIMIT = 1_000_000;

    private final Path file;

    public CrashLog(Path file) {
        this.file = file;
    }

    public static CrashLog inUserFolder() {
        return new CrashLog(UserFolder.path().resolve("logs").resolve("downhill.log"));
    }

    public Path file() {
        return file;
    }

    public synchronized void write(Thread thread, Throwable error) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.exists(file) && Files.size(file) > LIMIT) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        String entry = OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " uncaught in thread \""
                + thread.getName() + "\"" + System.lineSeparator() + trace + System.lineSeparator();
        Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
