package downhill.app.optimizers;

import downhill.app.control.OptimizerRow;
import javafx.fxml.FXML;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** Binds the optimizer list view to its view-model: one row per optimizer. */
public final class OptimizerListController {

    private final OptimizerListViewModel viewModel;

    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox rows;

    public OptimizerListController(OptimizerListViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        for (OptimizerSettings settings : viewModel.all()) {
            rows.getChildren().add(new OptimizerRow(settings, viewModel.selectedProperty(), 500));
        }
    }
}
