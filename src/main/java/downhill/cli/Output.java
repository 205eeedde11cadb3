package downhill.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's table goes: standard output, or the file of {@code --out}; a failed write is a user error. */
final class Output {

    /** Writes a table's text to a writer. */
    @FunctionalInterface
    interface Table {
        void writeTo(Writer writer) throws IOException;
    }

    private Output() {
    }

    /** Writes {@code table} to {@code file}, or to {@code stdout} when no file is given. */
    static void write(Path file, PrintWriter stdout, Table table) {
        try {
            if (file == null) {
                table.writeTo(stdout);
                stdout.flush();
            } else {
                try (Writer writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                    table.writeTo(writer);
                }
            }
        } catch (IOException e) {
            throw new UserError(file == null ? "cannot write to standard output: " + e.getMessage()
                    : downhill.engine.Reasons.cannot("write", file, e));
        }
    }
}
