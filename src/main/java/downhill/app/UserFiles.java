package downhill.app;

import downhill.engine.Reasons;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one reader of the files Downhill keeps in the user folder (the session, the preferences). Whatever is found
 * there, the window comes up: only a regular file is opened (a pipe, a device, a folder or a link is refused at
 * once, before anything could block), it is read up to a size cap, decoded as strict UTF-8 (a leading byte order
 * mark is dropped) and handed to a parser that checks it like an experiment file. On any problem the file is kept
 * aside under a name of its own, {@code session.json.broken-20261203-141502} (with {@code -2}, {@code -3}… if that
 * is taken, so an earlier copy is never overwritten), and the caller starts from its defaults and says so.
 */
public final class UserFiles {

    /** Preferences are a handful of lines. */
    public static final long PREFERENCES_LIMIT = 1L << 20;
    /** A session is a few kilobytes; the largest legal one (every optimizer, long lists) is far below this. */
    public static final long SESSION_LIMIT = 4L << 20;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int MOST_COPIES = 1000;

    /**
     * What reading found.
     *
     * @param value the parsed content; empty when the file is missing or had a problem
     * @param problem what was wrong, in words, or empty
     * @param keptAs where the broken file now is; null when nothing was wrong or it could not be moved
     */
    public record Read<T>(Optional<T> value, String problem, Path keptAs) {

        public boolean failed() {
            return !problem.isEmpty();
        }
    }

    private final Clock clock;

    public UserFiles(Clock clock) {
        this.clock = clock;
    }

    /** The reader on the system clock (it only names the copies of broken files). */
    public static UserFiles system() {
        return new UserFiles(Clock.systemDefaultZone());
    }

    /**
     * Reads {@code file} (at most {@code limit} bytes) and parses its text. A missing file is no problem: the
     * result is empty. Any other problem, including an exception of {@code parse}, keeps the file aside.
     */
    public <T> Read<T> read(Path file, long limit, Function<String, T> parse) {
        String problem;
        try {
            Optional<String> text = text(file, limit);
            if (text.isEmpty()) {
                return new Read<>(Optional.empty(), "", null);
            }
            return new Read<>(Optional.of(parse.apply(text.get())), "", null);
        } catch (Unreadable e) {
            problem = e.getMessage();
        } catch (RuntimeException e) {
            problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return failed(file, problem);
    }

    /** Keeps {@code file} aside after a problem found later (e.g. while applying what was read). */
    public <T> Read<T> failed(Path file, String problem) {
        try {
            return new Read<>(Optional.empty(), problem, keepAside(file));
        } catch (IOException e) {
            return new Read<>(
                    Optional.empty(), problem + "; it could not be moved aside: " + Reasons.of(file, e), null);
        }
    }

    /** The text of {@code file}, or empty when there is no such file. */
    static Optional<String> text(Path file, long limit) throws Unreadable {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new Unreadable(file.getFileName() + " cannot be read: " + Reasons.of(file, e));
        }
        if (!attributes.isRegularFile()) {
            throw new Unreadable(file.getFileName() + " is "
                    + (attributes.isDirectory()
                            ? "a folder"
                            : attributes.isSymbolicLink()
                                    ? "a symbolic link"
                                    : "not a regular file (a pipe or a device)")
                    + ", not a file Downhill wrote");
        }
        if (attributes.size() > limit) {
            throw tooLarge(file, attributes.size(), limit);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes((int) limit + 1);
        } catch (IOException e) {
            throw new Unreadable(file.getFileName() + " cannot be read: " + Reasons.of(file, e));
        }
        if (bytes.length > limit) {
            throw tooLarge(file, bytes.length, limit);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(file.getFileName() + " is not UTF-8 text");
        }
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static Unreadable tooLarge(Path file, long size, long limit) {
        return new Unreadable(file.getFileName() + " is larger than " + (limit >> 20) + " MB (" + size
                + " bytes or more), far more than Downhill writes");
    }

    /** Moves {@code file} to a name no other file has, e.g. {@code session.json.broken-20261203-141502-2}. */
    Path keepAside(Path file) throws IOException {
        String base = file.getFileName() + ".broken-" + LocalDateTime.now(clock).format(STAMP);
        for (int copy = 1; copy <= MOST_COPIES; copy++) {
            Path aside = file.resolveSibling(copy == 1 ? base : base + "-" + copy);
            if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                // Without REPLACE_EXISTING: a copy that appeared meanwhile is never overwritten.
                Files.move(file, aside);
                return aside;
            } catch (FileAlreadyExistsException e) {
                // taken since we looked: try the next number
            }
        }
        throw new IOException("more than " + MOST_COPIES + " broken copies named " + base);
    }

    /** A file that could not be read, with the reason in words. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }
}
