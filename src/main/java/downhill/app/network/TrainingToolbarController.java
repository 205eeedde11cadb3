package downhill.app.network;

import downhill.app.i18n.Messages;
import downhill.app.network.PictureChoice.Picture;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;

/**
 * Binds the network tab's toolbar (TrainingToolbar.fxml): training's buttons and status, the loss chart's scale, the
 * switch between the pictures, and the toggles of the settings drawer and the table (which the tab connects).
 */
public final class TrainingToolbarController {

    private final NetworkViewModel viewModel;
    private final TrainingSession session;
    private final LiveTraining training;

    @FXML
    private ToggleButton drawerToggle;

    @FXML
    private Button trainButton;

    @FXML
    private Button pauseButton;

    @FXML
    private Label statusLabel;

    @FXML
    private CheckBox logScale;

    @FXML
    private ToggleGroup panelView;

    @FXML
    private ToggleButton boundariesToggle;

    @FXML
    private ToggleButton sliceToggle;

    @FXML
    private ToggleButton diagramToggle;

    @FXML
    private ToggleButton layersToggle;

    @FXML
    private ToggleButton tableToggle;

    public TrainingToolbarController(NetworkViewModel viewModel) {
        this.viewModel = viewModel;
        this.session = viewModel.session();
        this.training = viewModel.training();
    }

    @FXML
    private void initialize() {
        trainButton
                .textProperty()
                .bind(Bindings.when(session.phaseProperty().isEqualTo(TrainingSession.Phase.PAUSED))
                        .then(Messages.text("network.resume"))
                        .otherwise(Messages.text("network.train")));
        trainButton.disableProperty().bind(session.phaseProperty().isEqualTo(TrainingSession.Phase.TRAINING));
        pauseButton.disableProperty().bind(session.phaseProperty().isNotEqualTo(TrainingSession.Phase.TRAINING));
        statusLabel.textProperty().bind(session.statusProperty());
        logScale.selectedProperty().bindBidirectional(viewModel.logScaleProperty());
        bindPictureSwitch();
    }

    /** The switch shows the view-model's choice and sets it; one button always stays pressed. */
    private void bindPictureSwitch() {
        Map<Picture, ToggleButton> buttons = Map.of(
                Picture.BOUNDARIES, boundariesToggle,
                Picture.SLICE, sliceToggle,
                Picture.DIAGRAM, diagramToggle,
                Picture.LAYERS, layersToggle);
        var chosen = viewModel.pictureChoice().chosenProperty();
        buttons.get(chosen.get()).setSelected(true);
        chosen.addListener((obs, old, now) -> buttons.get(now).setSelected(true));
        panelView.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                chosen.set(pictureOf(buttons, now));
            }
        });
    }

    private static Picture pictureOf(Map<Picture, ToggleButton> buttons, Toggle toggle) {
        return buttons.entrySet().stream()
                .filter(e -> e.getValue() == toggle)
                .findFirst()
                .orElseThrow()
                .getKey();
    }

    /** Whether the settings drawer is open, as the toolbar's toggle says and sets. */
    BooleanProperty drawerShownProperty() {
        return drawerToggle.selectedProperty();
    }

    /** Whether the results table shows, as the toolbar's toggle says and sets. */
    BooleanProperty tableShownProperty() {
        return tableToggle.selectedProperty();
    }

    @FXML
    private void train() {
        training.train();
    }

    @FXML
    private void pause() {
        training.pause();
    }

    @FXML
    private void step() {
        training.step();
    }

    @FXML
    private void reset() {
        training.reset();
    }

    @FXML
    private void vanishingGradients() {
        viewModel.shape().toggleVanishingGradients();
    }
}
