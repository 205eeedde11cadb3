package downhill.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The CSV files a built-in preset names ({@code "csv": "data/lecture_train.csv"}), shipped in the jar under
 * {@code presets/}: a preset's data are read from a file like any other, so each one is copied into a cache folder
 * (the app's: the user folder's {@code cache/presets}) and the preset uses that copy. A copy is written
 * atomically (a temporary file moved into place) and only when missing or different, so opening a preset again
 * rewrites nothing and a half-written file is never read.
 */
public final class PresetData {

    /** Names inside {@code presets/}: folders and files of letters, digits, '-', '_' and '.', no "..". */
    private static final Pattern NAME =
            Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private static final long MAX_BYTES = 16L << 20;
    private static volatile Path folder = fallback();

    private PresetData() {}

    /** Copies presets' files into {@code cache} from now on (the app: its user folder's cache). */
    public static void useFolder(Path cache) {
        folder = cache;
    }

    /** Where the copies go now. */
    public static Path folder() {
        return folder;
    }

    private static Path fallback() {
        return Path.of(
                System.getProperty("java.io.tmpdir"), "downhill-" + System.getProperty("user.name", "user"), "presets");
    }

    /** {@code path} inside {@code presets/}, copied to the cache folder; errors are located at {@code value}. */
    static String resolve(String path, JsonValue value) {
        if (!NAME.matcher(path).matches() || path.contains("..")) {
            throw value.error(
                    "a preset names its files inside presets/, e.g. \"data/lecture_train.csv\", got \"" + path + "\"");
        }
        byte[] bytes;
        try (InputStream in = PresetData.class.getResourceAsStream("/presets/" + path)) {
            if (in == null) {
                throw value.error("no such file among the presets' data: presets/" + path);
            }
            bytes = in.readNBytes((int) MAX_BYTES);
        } catch (IOException e) {
            throw value.error("cannot read presets/" + path + ": " + e.getMessage());
        }
        Path first = folder;
        try {
            return copy(bytes, first.resolve(path)).toString();
        } catch (IOException e) {
            // A user folder that cannot be written (read-only, full, a file in its place) still lets the preset open.
            Path second = fallback();
            if (!second.equals(first)) {
                try {
                    return copy(bytes, second.resolve(path)).toString();
                } catch (IOException ignored) {
                    // reported below, with the first folder's reason
                }
            }
            throw value.error("cannot copy presets/" + path + " to " + first + ": " + e);
        }
    }

    /** Writes {@code bytes} to {@code target} unless it holds them already; returns the target. */
    static Path copy(byte[] bytes, Path target) throws IOException {
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Files.size(target) == bytes.length
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return target;
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, target.getFileName().toString(), ".part");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }
}
