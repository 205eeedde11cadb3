package downhill.app.landscape;

import downhill.app.control.DisplayNames;
import downhill.engine.data.BatchSize;
import downhill.engine.function.Objective;
import downhill.engine.landscape.Colormap;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/**
 * Binds the top of the landscape tab's sidebar (LandscapeFunctionPane.fxml): the function picker, the typed
 * expression with its error and caret, the batch size of a model on data, the colours and the fit button.
 */
public final class LandscapeFunctionController {

    private final LandscapeViewModel viewModel;

    @FXML
    private ComboBox<Objective> functionPicker;

    @FXML
    private TextField expressionField;

    @FXML
    private Label expressionError;

    @FXML
    private Label expressionCaret;

    @FXML
    private HBox batchRow;

    @FXML
    private ComboBox<String> batchSizePicker;

    @FXML
    private Label batchHint;

    @FXML
    private CheckBox batchSurfaceBox;

    @FXML
    private ComboBox<Colormap> colormapPicker;

    @FXML
    private CheckBox logScale;

    public LandscapeFunctionController(LandscapeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        functionPicker.getItems().setAll(viewModel.builtins());
        functionPicker.setConverter(DisplayNames.of(Objective::displayName));
        functionPicker.setValue(viewModel.objective());
        functionPicker.valueProperty().addListener((obs, old, chosen) -> viewModel.choose(chosen));
        viewModel
                .objectiveProperty()
                .addListener((obs, old, now) ->
                        functionPicker.setValue(viewModel.builtins().contains(now) ? now : null));
        bindBatchSize();
        bindExpression();
        colormapPicker.getItems().setAll(Colormap.values());
        colormapPicker.setConverter(DisplayNames.of(Colormap::displayName));
        colormapPicker.valueProperty().bindBidirectional(viewModel.colormapProperty());
        logScale.selectedProperty().bindBidirectional(viewModel.logScaleProperty());
    }

    /** The field shows the function's formula; a bad one turns it red and shows the message and its caret. */
    private void bindExpression() {
        expressionField.textProperty().bindBidirectional(viewModel.expressionProperty());
        expressionField.setOnAction(e -> applyExpression());
        expressionError.textProperty().bind(viewModel.expressionErrorProperty());
        expressionCaret.textProperty().bind(viewModel.expressionCaretProperty());
        expressionError
                .managedProperty()
                .bind(viewModel.expressionErrorProperty().isNotEmpty());
        expressionCaret
                .managedProperty()
                .bind(viewModel.expressionCaretProperty().isNotEmpty());
        viewModel.expressionErrorProperty().addListener((obs, old, error) -> {
            expressionField.getStyleClass().remove("invalid");
            if (!error.isEmpty()) {
                expressionField.getStyleClass().add("invalid");
            }
        });
    }

    /** Shown for a model on data: "all" is batch gradient descent, 1 stochastic, anything between mini-batches. */
    private void bindBatchSize() {
        batchSizePicker.getItems().setAll(LandscapeTexts.BATCH_SIZES);
        batchSizePicker.setValue(
                LandscapeTexts.batchSize(viewModel.batchSizeProperty().get()));
        batchSizePicker.valueProperty().addListener((obs, old, typed) -> {
            if (!viewModel.chooseBatchSize(typed)) {
                batchSizePicker.setValue(old);
            }
        });
        viewModel.batchSizeProperty().addListener((obs, old, now) -> {
            if (!LandscapeTexts.saysBatchSize(batchSizePicker.getValue(), now.intValue())) {
                batchSizePicker.setValue(LandscapeTexts.batchSize(now.intValue()));
            }
        });
        batchSurfaceBox.selectedProperty().bindBidirectional(viewModel.batchSurfaceProperty());
        batchSurfaceBox.disableProperty().bind(viewModel.batchSizeProperty().isEqualTo(BatchSize.ALL));
        batchHint.textProperty().bind(viewModel.texts().batchHint());
        Runnable show = () -> {
            boolean onData = viewModel.onData();
            batchRow.setVisible(onData);
            batchRow.setManaged(onData);
            batchSurfaceBox.setVisible(onData);
            batchSurfaceBox.setManaged(onData);
        };
        viewModel.objectiveProperty().addListener((obs, old, now) -> show.run());
        show.run();
    }

    @FXML
    private void applyExpression() {
        viewModel.applyExpression();
    }

    @FXML
    private void fit() {
        viewModel.fit();
    }
}
