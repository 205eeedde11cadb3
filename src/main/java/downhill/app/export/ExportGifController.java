package downhill.app.export;

import downhill.app.control.NumberField;
import javafx.beans.property.DoubleProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;

/** The Export GIF dialog: binds its fields, progress and buttons to the {@link ExportViewModel}. */
public final class ExportGifController {

    private final ExportViewModel exports;

    @FXML
    private StackPane fpsHost;

    @FXML
    private StackPane lastStepHost;

    @FXML
    private StackPane framesHost;

    @FXML
    private StackPane widthHost;

    @FXML
    private StackPane heightHost;

    @FXML
    private ProgressBar progress;

    @FXML
    private Label status;

    @FXML
    private Button exportButton;

    @FXML
    private Button cancelButton;

    @FXML
    private Button closeButton;

    public ExportGifController(ExportViewModel exports) {
        this.exports = exports;
    }

    @FXML
    private void initialize() {
        field(fpsHost, "gif-fps", exports.gifFpsProperty());
        field(lastStepHost, "gif-last-step", exports.gifLastStepProperty());
        field(framesHost, "gif-frames", exports.gifFramesProperty());
        field(widthHost, "gif-width", exports.gifWidthProperty());
        field(heightHost, "gif-height", exports.gifHeightProperty());
        progress.progressProperty().bind(exports.gifProgressProperty());
        status.textProperty().bind(exports.messageProperty());
        exportButton.disableProperty().bind(exports.gifRunningProperty());
        cancelButton.disableProperty().bind(exports.gifRunningProperty().not());
    }

    private void field(StackPane host, String id, DoubleProperty value) {
        NumberField field = new NumberField(value, exports.gifValidator(value)::apply);
        field.setId(id);
        host.getChildren().add(field);
    }

    @FXML
    private void export() {
        exports.exportGif();
    }

    @FXML
    private void cancel() {
        exports.cancelGif();
    }

    @FXML
    private void close() {
        exports.cancelGif();
        exports.gifDialogOpenProperty().set(false);
    }
}
