package downhill.app.optimizers;

import downhill.app.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

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

    /**
     * The optimizer list view bound to {@code viewModel}: how a tab whose FXML does not include the list (because
     * the window's controller factory would hand it another tab's list) gets the one component with its own list.
     */
    public static Parent load(OptimizerListViewModel viewModel) {
        FXMLLoader loader =
                new FXMLLoader(OptimizerListController.class.getResource("OptimizerList.fxml"), Messages.bundle());
        loader.setControllerFactory(type -> new OptimizerListController(viewModel));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the optimizer list's FXML could not be loaded", e);
        }
    }

    /**
     * The scene of the window the list is in, whose stylesheets (theme, UI scale) a dialog takes: the list may be
     * in a popup, or out of any scene while a narrow window's drawer is closed; then the main window's.
     */
    private Scene windowScene() {
        Window window = scroll.getScene() == null ? null : scroll.getScene().getWindow();
        while (window instanceof PopupWindow popup) {
            window = popup.getOwnerWindow();
        }
        if (window == null) {
            window = Window.getWindows().stream()
                    .filter(w -> w instanceof Stage && w.isShowing())
                    .findFirst()
                    .orElse(null);
        }
        return window == null ? null : window.getScene();
    }

    @FXML
    private void initialize() {
        RangeTestViewModel rangeTest = viewModel.rangeTest();
        for (OptimizerSettings settings : viewModel.all()) {
            rows.getChildren()
                    .add(new OptimizerRow(
                            settings,
                            viewModel.selectedProperty(),
                            viewModel.stepsShownProperty(),
                            viewModel.countsEpochsProperty(),
                            viewModel.mapAction(),
                            rangeTest == null ? null : rangeTest::open));
        }
        if (rangeTest != null) {
            rangeTest.openProperty().addListener((obs, was, open) -> {
                if (open) {
                    RangeTestController.show(rangeTest, windowScene());
                }
            });
        }
    }
}
