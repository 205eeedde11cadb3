package downhill.experiment;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How an experiment's {@code csv} and {@code testCsv} paths become files, each checked to exist with an error
 * located at its field: relative to the experiment file's folder, to the working folder for text without a file,
 * or, in a built-in preset, to the CSV files shipped with the presets ({@link PresetData}).
 */
@FunctionalInterface
interface CsvFiles {

    /** The path to keep for {@code path}, which {@code value} holds; throws {@code value.error(...)} if none. */
    String resolve(String path, JsonValue value);

    /** Relative paths against {@code folder}, or against the working folder when it is null; absolute ones as given. */
    static CsvFiles besides(Path folder) {
        return (path, value) -> {
            Path given = Path.of(path);
            Path file = folder == null || given.isAbsolute()
                    ? given
                    : folder.resolve(given).normalize();
            if (!Files.isRegularFile(file)) {
                throw value.error("no such file: " + path + (file.equals(given) ? "" : " (looked for " + file + ")"));
            }
            return file.toString();
        };
    }
}
