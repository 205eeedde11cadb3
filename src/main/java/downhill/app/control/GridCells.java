package downhill.app.control;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/**
 * Small multiples: equal cells in a grid, filled row by row, in the number of columns that shows each largest, for
 * both tabs' one picture per run.
 */
public final class GridCells {

    private GridCells() {}

    /**
     * The column count (1 to {@code cells}) whose cells have the largest smaller side in a {@code width} ×
     * {@code height} area; fewer empty cells win a tie. Before the area is laid out (zero size), one row of four at
     * most.
     */
    public static int columns(int cells, double width, double height) {
        if (cells <= 0) {
            return 1;
        }
        if (!(width > 0 && height > 0)) {
            return Math.min(cells, 4);
        }
        int best = cells;
        double bestSide = -1;
        int bestEmpty = 0;
        for (int columns = cells; columns >= 1; columns--) {
            int rows = (cells + columns - 1) / columns;
            double side = Math.min(width / columns, height / rows);
            int empty = rows * columns - cells;
            if (side > bestSide + 1e-9 || Math.abs(side - bestSide) <= 1e-9 && empty < bestEmpty) {
                bestSide = side;
                best = columns;
                bestEmpty = empty;
            }
        }
        return best;
    }

    /** Puts {@code cells} into {@code grid} in {@code columns} equal columns and as many equal rows (one at least). */
    public static void fill(GridPane grid, List<? extends Node> cells, int columns) {
        int rows = Math.max(1, (cells.size() + columns - 1) / columns);
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < cells.size(); i++) {
            grid.add(cells.get(i), i % columns, i / columns);
        }
    }
}
