package downhill.app.network;

import downhill.app.control.ChartStyle;
import downhill.app.i18n.Messages;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.shape.Rectangle;

/**
 * The network tab's results table: a row per copy (or per optimizer before training), its columns as wide as their
 * text and its height as tall as its rows, at every UI scale.
 */
public final class ResultsTable extends TableView<ResultRow> {

    public ResultsTable() {
        TableColumn<ResultRow, String> name = column("network.table.optimizer", ResultRow::optimizer);
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                ResultRow row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : item);
                setGraphic(row == null ? null : new Rectangle(12, 12, row.color()));
            }
        });
        getColumns()
                .setAll(List.of(
                        name,
                        column("network.table.status", ResultRow::status),
                        column("network.table.trainLoss", ResultRow::trainLoss),
                        column("network.table.testLoss", ResultRow::testLoss),
                        column("network.table.trainAccuracy", ResultRow::trainAccuracy),
                        column("network.table.testAccuracy", ResultRow::testAccuracy),
                        column("network.table.reached", ResultRow::reached),
                        column("network.table.time", ResultRow::seconds)));
        // Columns as wide as their text (see TableFit): a scroll bar on a narrow window, never "Test acc. ≥ 9…".
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label(Messages.text("network.table.placeholder")));
        // Sizes in the table follow the UI scale: a change of scale fits it again.
        ChartStyle.onChange(this, this::fit);
        fit();
    }

    /** Shows {@code rows}, fitting the table to them when they differ from the rows shown. */
    void show(List<ResultRow> rows) {
        if (!rows.equals(getItems())) {
            getItems().setAll(rows);
            fit();
        }
    }

    /** Fits the columns to the rows' texts and the height to the rows (at least two, so it keeps a shape). */
    private void fit() {
        TableFit.fit(this, ResultRow.CELLS);
        double height = TableFit.height(this, Math.max(2, getItems().size()));
        setPrefHeight(height);
        setMinHeight(height);
    }

    private static TableColumn<ResultRow, String> column(String titleKey, Function<ResultRow, String> value) {
        TableColumn<ResultRow, String> column = new TableColumn<>(Messages.text(titleKey));
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }
}
