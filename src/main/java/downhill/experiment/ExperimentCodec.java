package downhill.experiment;

import downhill.engine.WholeFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Experiment files: JSON, schema {@value Experiment#SCHEMA_VERSION} (see docs/experiments.md). Reading checks
 * everything and fails with an {@link ExperimentException} that names the line, the column and the JSON path
 * ({@link ExperimentReader}); writing is pretty-printed and canonical ({@link ExperimentWriter}), and saving replaces
 * the file atomically.
 */
public final class ExperimentCodec {

    /** The largest experiment file read: a real one is a few kilobytes. */
    public static final long MAX_FILE_BYTES = 1 << 20;

    private ExperimentCodec() {}

    /**
     * Reads an experiment file; any problem is an {@link ExperimentException} saying what and where. A relative
     * {@code csv} or {@code testCsv} path names a file beside the experiment file (in its folder or below).
     */
    public static Experiment read(Path file) {
        return ExperimentReader.read(file);
    }

    /** Reads an experiment from JSON text; relative CSV paths are taken from the working folder. */
    public static Experiment read(String json) {
        return ExperimentReader.read(json);
    }

    /** Parses JSON text, remembering where each value starts (scenario files wrap an experiment). */
    static JsonValue parse(String text) {
        return JsonText.parse(text);
    }

    /** The experiment in a parsed JSON value; {@code files} says how its CSV paths are found. */
    static Experiment experiment(JsonValue root, CsvFiles files) {
        return ExperimentReader.experiment(root, files);
    }

    /** The experiment as pretty-printed JSON in canonical form (every field, fixed order), ending in a newline. */
    public static String write(Experiment experiment) {
        return ExperimentWriter.write(experiment);
    }

    /**
     * Writes the experiment to {@code file} atomically: into a temporary file in the same folder, flushed to disk,
     * then moved over the old one, so a crash leaves the old file or the new one, never half of one.
     */
    public static void save(Experiment experiment, Path file) throws IOException {
        WholeFiles.writeText(file, write(experiment));
    }
}
