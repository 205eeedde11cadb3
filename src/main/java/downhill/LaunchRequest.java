package downhill;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a start of the program asks for, from its arguments alone: the window (perhaps opening a file), or a CLI
 * command. A desktop double-click runs {@code downhill /home/ann/lesson.json}; a terminal runs
 * {@code downhill trace …}; both go through here.
 *
 * @param mode the window, the command line, or a usage mistake
 * @param arguments the arguments as given (what the CLI runs)
 * @param file the absolute file the window should open; null when none
 * @param problem for {@link Mode#MISTAKE}, what is wrong in words; empty otherwise
 */
public record LaunchRequest(Mode mode, List<String> arguments, Path file, String problem) {

    /** Where a start goes. */
    public enum Mode {
        /** The window; {@link #file()} says whether it opens a file. */
        WINDOW,
        /** A command, an option such as {@code --version}, or a mistyped command word the CLI can correct. */
        CLI,
        /** More than one file: said in one line, as the CLI says a mistake. */
        MISTAKE
    }

    public LaunchRequest {
        Objects.requireNonNull(mode);
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(problem);
    }

    /**
     * Reads {@code args}. No arguments: the window. A first argument that is an option ({@code -V}) or one of
     * {@code commandWords}: the CLI, even when a file of that name exists (a command word beats a file). Otherwise a
     * path, relative to {@code workingFolder}, or a {@code file:} URI as some file managers pass: the window opening
     * it, whether it exists or not (the window then says what is wrong). One exception: a bare word with no dot and
     * no folder in it that names no file is taken as a mistyped command, so {@code downhill trian} still gets the
     * CLI's "did you mean 'train'?" rather than a window complaining about a file called "trian".
     */
    public static LaunchRequest parse(List<String> args, Set<String> commandWords, Path workingFolder) {
        if (args.isEmpty()) {
            return new LaunchRequest(Mode.WINDOW, args, null, "");
        }
        String first = args.get(0);
        if (first.isBlank() || first.startsWith("-") || commandWords.contains(first)) {
            return new LaunchRequest(Mode.CLI, args, null, "");
        }
        Path file = path(first, workingFolder);
        if (file == null || !Files.exists(file) && looksLikeACommand(first)) {
            return new LaunchRequest(Mode.CLI, args, null, "");
        }
        if (args.size() > 1) {
            return new LaunchRequest(
                    Mode.MISTAKE,
                    args,
                    null,
                    "the window opens one file at a time, got " + args.size() + " arguments: "
                            + String.join(" ", args));
        }
        return new LaunchRequest(Mode.WINDOW, args, file, "");
    }

    /** {@link #parse(List, Set, Path)} for {@code main}'s array. */
    public static LaunchRequest parse(String[] args, Set<String> commandWords, Path workingFolder) {
        return parse(List.of(args), commandWords, workingFolder);
    }

    /** Whether the window should open a file. */
    public boolean opensFile() {
        return file != null;
    }

    /** The absolute, normalised path {@code text} names; null when it cannot be a path here. */
    private static Path path(String text, Path workingFolder) {
        try {
            if (text.regionMatches(true, 0, "file:", 0, 5)) {
                return Path.of(URI.create(text)).toAbsolutePath().normalize();
            }
            return workingFolder.resolve(text).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            // InvalidPathException (a NUL byte), a URI that is no file URI, or one of another file system
            return null;
        }
    }

    private static boolean looksLikeACommand(String word) {
        return !word.contains(".")
                && !word.contains("/")
                && !word.contains("\\")
                && word.equals(word.toLowerCase(Locale.ROOT));
    }
}
