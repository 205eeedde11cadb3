package downhill.engine.function.expression;

/**
 * A mistake in an expression's text, located at a 1-based column. The message is one line (for an {@code error:}
 * line or a status bar); {@link #caretLine()} is the line to show under {@link #sourceLine()} to point at the spot.
 */
public final class ExpressionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final int column;

    /**
     * @param message one line, usually ending {@code at column N}
     * @param text    the whole expression as typed
     * @param column  1-based; at most one past the last character, for a mistake at the end
     */
    public ExpressionException(String message, String text, int column) {
        super(message);
        if (column < 1 || column > text.length() + 1) {
            throw new IllegalArgumentException("column " + column + " is outside '" + text + "'");
        }
        this.text = text;
        this.column = column;
    }

    /** The expression as typed. */
    public String text() {
        return text;
    }

    /** The 1-based column of the mistake; {@code text().length() + 1} means just past the end. */
    public int column() {
        return column;
    }

    /** The text on one line: line breaks become spaces, so the caret line still lines up under it. */
    public String sourceLine() {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * Spaces then {@code ^} under the column. Tabs before the column are kept as tabs, so the caret lines up
     * under {@link #sourceLine()} however wide a terminal draws a tab.
     */
    public String caretLine() {
        StringBuilder line = new StringBuilder(column);
        for (int i = 0; i < column - 1; i++) {
            line.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        return line.append('^').toString();
    }
}
