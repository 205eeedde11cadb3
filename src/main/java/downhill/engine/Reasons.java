package downhill.engine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place where a library's failure becomes words for people: file-system errors of java.nio and of
 * ImageIO (which wraps them in "I/O error writing PNG file!") become the reason ("permission denied", "the disk is
 * full"), and characters nobody can see are named ("U+200B ZERO WIDTH SPACE"). JSON errors are translated by
 * {@code experiment.JsonProblems}, command-line errors by {@code cli.Cli}; both build on this.
 */
public final class Reasons {

    private Reasons() {}

    /** "cannot write ro/x.csv: permission denied" ({@code verb} is "read", "write", ...). */
    public static String cannot(String verb, Path file, IOException e) {
        return "cannot " + verb + " " + file + ": " + of(file, e);
    }

    /** Why an operation on {@code file} failed, without the library's class names or the path repeated. */
    public static String of(Path file, IOException failure) {
        IOException e = innermost(failure);
        String message = String.valueOf(
                        e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage())
                .toLowerCase(Locale.ROOT);
        if (message.contains("no space left") || message.contains("disk full") || message.contains("quota")) {
            return "the disk is full";
        }
        if (e instanceof FileSystemLoopException
                || message.contains("too many levels of symbolic links")
                || message.contains("too many symbolic links")) {
            return "too many symbolic links (a link that points to itself?)";
        }
        if (message.contains("read-only file system")) {
            return "the file system is read-only";
        }
        if (file != null && file.toString().isEmpty()) {
            return "the file name is empty";
        }
        if (file != null) {
            Path absolute = file.toAbsolutePath();
            Path parent = absolute.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                return Files.exists(parent, LinkOption.NOFOLLOW_LINKS)
                        ? "the folder " + parent + " is not a folder"
                        : "the folder " + parent + " does not exist";
            }
            if (Files.isDirectory(absolute)) {
                return file + " is a folder";
            }
        }
        if (message.contains("is a directory")) {
            return "it is a folder";
        }
        if (e instanceof AccessDeniedException
                || message.contains("permission denied")
                || message.contains("operation not permitted")) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof NotDirectoryException || message.contains("not a directory")) {
            return "a part of the path is not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (message.contains("file name too long")) {
            return "the file name is too long";
        }
        String plain = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return plain == null
                        || plain.isBlank()
                        || (file != null && plain.strip().equals(file.toString()))
                ? "an input/output error"
                : plain.strip();
    }

    /** ImageIO and stream wrappers put the real failure inside; the innermost IOException says what happened. */
    private static IOException innermost(IOException e) {
        IOException found = e;
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                found = io;
            }
        }
        return found;
    }

    // ----- invisible characters

    /**
     * Whether {@code codePoint} cannot be seen or looks like a plain space: format characters (zero-width
     * space, BOM, joiners, direction marks), space separators other than U+0020 (no-break space, thin space),
     * line and paragraph separators and control characters.
     */
    public static boolean isInvisible(int codePoint) {
        if (codePoint == ' ') {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.FORMAT
                || type == Character.SPACE_SEPARATOR
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.CONTROL;
    }

    /** "U+200B ZERO WIDTH SPACE". */
    public static String name(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format("U+%04X", codePoint) + (name == null ? "" : " " + name);
    }

    /** The first invisible character of {@code text} with its 1-based column, e.g. "U+200B ZERO WIDTH SPACE at column 2". */
    public static Optional<String> invisible(String text) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            if (isInvisible(codePoint) && codePoint != '\t') {
                return Optional.of(name(codePoint) + " at column " + (i + 1));
            }
        }
        return Optional.empty();
    }
}
