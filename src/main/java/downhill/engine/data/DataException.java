package downhill.engine.data;

/**
 * Data that cannot be used, with a message that says where: the file, and the row and column when there is one,
 * e.g. {@code data.csv, row 12, column 'x2': 'abc' is not a number}. Rows count lines of the file from 1 (the
 * header is row 1), as an editor numbers them.
 */
public final class DataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int row;
    private final String column;

    private DataException(String message, String source, int row, String column) {
        super(message);
        this.source = source;
        this.row = row;
        this.column = column;
    }

    /** A problem with the whole source: {@code data.csv: the file is empty}. */
    public static DataException of(String source, String problem) {
        return new DataException(source + ": " + problem, source, 0, null);
    }

    /** A problem with one row as a whole: {@code data.csv: row 7 has 3 columns, the header has 4}. */
    public static DataException inRow(String source, int row, String problem) {
        return new DataException(source + ": row " + row + " " + problem, source, row, null);
    }

    /** A problem with one cell: {@code data.csv, row 12, column 'x2': 'abc' is not a number}. */
    public static DataException inCell(String source, int row, String column, String problem) {
        return new DataException(
                source + ", row " + row + ", column '" + column + "': " + problem, source, row, column);
    }

    public String source() {
        return source;
    }

    /** The 1-based row, or 0 when the problem is not in one row. */
    public int row() {
        return row;
    }

    /** The column's name, or null when the problem is not in one column. */
    public String column() {
        return column;
    }
}
