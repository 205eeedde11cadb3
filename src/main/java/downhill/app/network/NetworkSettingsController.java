package downhill.app.network;

import downhill.app.control.DisplayNames;
import downhill.app.control.NumberField;
import downhill.app.i18n.Messages;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Initialization;
import downhill.experiment.NetworkSettings.BatchMode;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Binds the network tab's network box (NetworkSettingsPane.fxml) to the view-model: the layers, activation, loss,
 * batches, epochs and L2, and the lab's initialisation, dropout, early stopping and "like scikit-learn".
 */
public final class NetworkSettingsController {

    private final NetworkShape shape;
    private final TrainingSettings settings;

    @FXML
    private TextField hiddenField;

    @FXML
    private ComboBox<Activation> activationPicker;

    @FXML
    private ComboBox<String> lossPicker;

    @FXML
    private HBox batchHost;

    @FXML
    private ComboBox<BatchMode> batchModePicker;

    @FXML
    private StackPane epochsHost;

    @FXML
    private StackPane l2Host;

    @FXML
    private ComboBox<Initialization> initPicker;

    @FXML
    private TextField dropoutField;

    @FXML
    private TextField earlyStoppingField;

    @FXML
    private CheckBox likeSklearnBox;

    @FXML
    private Label regularisationError;

    public NetworkSettingsController(NetworkViewModel viewModel) {
        this.shape = viewModel.shape();
        this.settings = viewModel.trainingSettings();
    }

    @FXML
    private void initialize() {
        bindHiddenLayers();
        activationPicker.getItems().setAll(Activation.values());
        activationPicker.setConverter(DisplayNames.of(Activation::label));
        activationPicker.valueProperty().bindBidirectional(shape.activationProperty());
        lossPicker.getItems().setAll(NetworkShape.LOSSES);
        lossPicker.setConverter(DisplayNames.of(name -> Messages.text("network.loss." + name)));
        lossPicker.valueProperty().bindBidirectional(shape.lossProperty());
        batchModePicker.getItems().setAll(BatchMode.values());
        batchModePicker.setConverter(DisplayNames.of(TrainingSettings::label));
        batchModePicker.valueProperty().bindBidirectional(settings.batchModeProperty());
        NumberField batchSize =
                new NumberField(settings.batchSizeProperty(), FieldChecks::batchSize).withId("batch-size-field");
        batchSize.setPrefColumnCount(4);
        // Never squeezed to nothing by the picker beside it, at any scale.
        batchSize.setMinWidth(Region.USE_PREF_SIZE);
        batchSize.visibleProperty().bind(settings.batchModeProperty().isEqualTo(BatchMode.MINI_BATCH));
        batchHost.getChildren().add(batchSize);
        epochsHost
                .getChildren()
                .add(new NumberField(settings.epochsProperty(), FieldChecks::epochs).withId("epochs-field"));
        l2Host.getChildren().add(new NumberField(settings.l2Property(), FieldChecks::l2).withId("l2-field"));
        bindLabSettings();
    }

    /** The hidden layers as typed; a mistake turns the field red and its tooltip says what is wrong. */
    private void bindHiddenLayers() {
        hiddenField.textProperty().bindBidirectional(shape.hiddenTextProperty());
        Tooltip hiddenTip = new Tooltip(Messages.text("network.hidden.tooltip"));
        hiddenField.setTooltip(hiddenTip);
        shape.hiddenErrorProperty().addListener((obs, old, error) -> {
            hiddenField.getStyleClass().remove(NumberField.INVALID_STYLE_CLASS);
            if (!error.isEmpty()) {
                hiddenField.getStyleClass().add(NumberField.INVALID_STYLE_CLASS);
            }
            hiddenTip.setText(error.isEmpty() ? Messages.text("network.hidden.tooltip") : error);
        });
    }

    /** Initialisation, dropout, early stopping and "like scikit-learn": the settings of #20's network lab. */
    private void bindLabSettings() {
        initPicker.setItems(shape.initializations());
        initPicker.setConverter(DisplayNames.of(Initialization::spec));
        initPicker.valueProperty().bindBidirectional(shape.initializationProperty());
        dropoutField.textProperty().bindBidirectional(shape.dropoutTextProperty());
        earlyStoppingField.textProperty().bindBidirectional(settings.earlyStoppingTextProperty());
        likeSklearnBox.selectedProperty().bindBidirectional(settings.likeSklearnProperty());
        // The rows "Like scikit-learn" sets show its values and wait until it is off.
        for (Node governed : List.of(batchHost, l2Host, initPicker, earlyStoppingField)) {
            governed.disableProperty().bind(settings.likeSklearnProperty());
        }
        regularisationError.textProperty().bind(settings.labSettingsErrorProperty());
        regularisationError
                .managedProperty()
                .bind(settings.labSettingsErrorProperty().isNotEmpty());
        regularisationError.visibleProperty().bind(regularisationError.managedProperty());
    }

    @FXML
    private void addLayer() {
        shape.addLayer();
    }

    @FXML
    private void removeLayer() {
        shape.removeLayer();
    }
}
