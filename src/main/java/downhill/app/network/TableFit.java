package downhill.app.network;

import downhill.app.control.ChartStyle;
import downhill.app.control.SeriesChart;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Sizes the results table for the UI scale: every column as wide as its header and its widest cell (nothing
 * elided; a horizontal scroll bar rather than "Test acc. ≥ 9…" when the window is narrow) and the rows as tall as
 * the text.
 */
final class TableFit {

    /** Room for a cell's padding and the optimizer's colour square, in ems. */
    private static final double PADDING_EM = 2.2;

    private static final double SWATCH_EM = 1.4;
    /** The window's font size at 100 % (Appearance.BASE_FONT). */
    private static final double ROOT_FONT = 14;

    private TableFit() {}

    /**
     * @param cells per column, its cells' texts in the current rows
     */
    static <S> void fit(TableView<S> table, List<Function<S, String>> cells) {
        double em = ChartStyle.current().size(ROOT_FONT);
        Font headerFont = Font.font("System", FontWeight.BOLD, em);
        Font body = Font.font("System", em);
        List<TableColumn<S, ?>> columns = table.getColumns();
        for (int c = 0; c < columns.size(); c++) {
            TableColumn<S, ?> column = columns.get(c);
            double content = 0;
            for (S row : table.getItems()) {
                content = Math.max(
                        content, SeriesChart.textWidth(cells.get(c).apply(row), body) + (c == 0 ? SWATCH_EM * em : 0));
            }
            // A header wider than its cells breaks onto a second line rather than widening the table.
            String title = title(column);
            String header = twoLines(title, headerFont, content);
            column.setText(header);
            double width = Math.max(content, widest(header, headerFont));
            double fitted = Math.ceil(width + PADDING_EM * em);
            column.setMinWidth(fitted);
            column.setPrefWidth(fitted);
        }
        table.setFixedCellSize(Math.ceil(2.15 * em));
    }

    /** The column's one-line title, kept in its user data the first time (its text may get a line break). */
    private static String title(TableColumn<?, ?> column) {
        if (column.getUserData() == null) {
            column.setUserData(column.getText());
        }
        return (String) column.getUserData();
    }

    /** {@code title} as is if its cells are as wide, else split at the space that makes it narrowest. */
    static String twoLines(String title, Font font, double content) {
        double best = SeriesChart.textWidth(title, font);
        String chosen = title;
        if (best <= content) {
            return title;
        }
        for (int i = title.indexOf(' '); i > 0; i = title.indexOf(' ', i + 1)) {
            String split = title.substring(0, i) + "\n" + title.substring(i + 1);
            double width = widest(split, font);
            if (width < best) {
                best = width;
                chosen = split;
            }
        }
        return chosen;
    }

    private static double widest(String lines, Font font) {
        double width = 0;
        for (String line : lines.split("\n")) {
            width = Math.max(width, SeriesChart.textWidth(line, font));
        }
        return width;
    }

    /** The table's height for {@code rows} rows: the header and the rows, no empty filler. */
    static double height(TableView<?> table, int rows) {
        double em = ChartStyle.current().size(ROOT_FONT);
        return Math.ceil(3.4 * em + table.getFixedCellSize() * rows + 4);
    }
}
