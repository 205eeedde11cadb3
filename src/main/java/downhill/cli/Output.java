package downhill.cli;

import downhill.engine.WholeFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a command's output goes: standard output, or the file of {@code --out}, written through {@link WholeFiles}
 * (streamed into a temporary file, renamed over the target at the end). Every command calls {@link #check} with its
 * --out before it computes anything; a write that fails anyway is a user error with the reason in words.
 */
final class Output {

    /** Writes a table's text to a writer. */
    @FunctionalInterface
    interface Table {
        void writeTo(Writer writer) throws IOException;
    }

    private Output() {}

    /**
     * Refuses, before any work, an output that cannot be written or that is one of the run's inputs.
     *
     * @param option what the user typed the file as, e.g. "--out"
     * @param file   the output, or null for standard output (nothing to check)
     * @param inputs the run's input files (null entries are ignored), each with the words naming it ("the input
     *               data"), alternating: path, words, path, words…
     */
    static void check(String option, Path file, Object... inputs) {
        if (file == null) {
            return;
        }
        if (file.toString().isBlank()) {
            // Path.of("") is the current folder: it would be reported as "cannot write :  is a directory".
            throw new UserError(option + " needs a file name, got an empty one");
        }
        for (int i = 0; i + 1 < inputs.length; i += 2) {
            if (inputs[i] instanceof Path input && WholeFiles.isSameFile(file, input)) {
                throw new UserError(option + " " + file + " is " + inputs[i + 1] + "; choose another file");
            }
        }
        try {
            WholeFiles.check(file);
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + WholeFiles.reason(file, e));
        }
    }

    /** Writes {@code table} to {@code file}, or to {@code stdout} when no file is given. */
    static void write(Path file, PrintWriter stdout, Table table) {
        try {
            if (file == null) {
                table.writeTo(stdout);
                stdout.flush();
            } else {
                WholeFiles.write(file, out -> {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    table.writeTo(writer);
                    writer.flush();
                    return true;
                });
            }
        } catch (IOException e) {
            throw new UserError(
                    "cannot write " + (file == null ? "to standard output" : file + ": " + WholeFiles.reason(file, e)));
        }
    }
}
