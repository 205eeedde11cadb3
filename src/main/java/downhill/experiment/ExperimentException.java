package downhill.experiment;

/**
 * An experiment file that cannot be read, saying what is wrong and where: the line and column in the text and the
 * JSON path of the value, e.g. {@code line 12, column 17: landscape.optimizers[2].name: unknown optimizer 'adamm'
 * — did you mean 'adam'?}. Line and column are 0 when the text could not be read at all.
 */
public final class ExperimentException extends IllegalArgumentException {

    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    public ExperimentException(int line, int column, String path, String problem) {
        super(located(line, column, path, problem));
        this.line = line;
        this.column = column;
        this.path = path;
        this.problem = problem;
    }

    private static String located(int line, int column, String path, String problem) {
        String place = line > 0 ? "line " + line + ", column " + column + ": " : "";
        return place + (path.isEmpty() ? "" : path + ": ") + problem;
    }

    /** The line in the text, counting from 1; 0 when unknown. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The JSON path of the value, e.g. {@code landscape.optimizers[2].name}; empty for the whole document. */
    public String path() {
        return path;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
