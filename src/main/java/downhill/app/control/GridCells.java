package downhill.app.control;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/** Small multiples: equal cells in a grid, filled row by row, for any tab that shows one picture per run. */
public final class GridCells {

    private GridCells() {}

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
