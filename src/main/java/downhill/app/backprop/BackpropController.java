package downhill.app.backprop;

import downhill.app.control.DataPlot;
import downhill.app.control.DisplayNames;
import downhill.app.i18n.Messages;
import downhill.app.landscape.RaceKeys;
import downhill.app.presentation.Shortcuts;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds the network diagram and the backprop stepper to their view-model; ←/→ step while the diagram shows. */
public final class BackpropController {

    private final DiagramViewModel viewModel;
    private final DiagramCanvas canvas;
    /** The training data beside the sample's buttons: the pass's rows ringed, a click on a point chooses it. */
    private final DataPlot dataPanel = new DataPlot(false);

    private final EventHandler<KeyEvent> keys = this::key;

    @FXML
    private BorderPane root;

    @FXML
    private StackPane diagramHost;

    @FXML
    private ComboBox<String> copyPicker;

    @FXML
    private Button nextSampleButton;

    @FXML
    private ToggleButton batchToggle;

    @FXML
    private HBox sampleRow;

    @FXML
    private Label sampleLabel;

    @FXML
    private Button backButton;

    @FXML
    private Button forwardButton;

    @FXML
    private Label stageCount;

    @FXML
    private CheckBox gradientCheck;

    @FXML
    private VBox content;

    public BackpropController(DiagramViewModel viewModel) {
        this.viewModel = viewModel;
        this.canvas = new DiagramCanvas(viewModel.edges().hoveredProperty()::set, edge -> {
            if (edge != null) {
                viewModel.edges().selectedProperty().set(edge);
            }
        });
    }

    public DiagramViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        diagramHost.getChildren().add(canvas);
        dataPanel.setId("backprop-data");
        dataPanel.getStyleClass().add("backprop-data");
        dataPanel.setTestShown(false);
        dataPanel.setOnTrainingSamplePicked(viewModel::chooseSample);
        sampleRow.getChildren().add(dataPanel);
        copyPicker
                .itemsProperty()
                .bind(Bindings.createObjectBinding(
                        () -> FXCollections.observableArrayList(
                                viewModel.copyNamesProperty().get()),
                        viewModel.copyNamesProperty()));
        copyPicker.valueProperty().bindBidirectional(viewModel.chosenProperty());
        // Named as the rest of the window names them ("SGD + momentum"), the id kept as the value.
        copyPicker.setConverter(DisplayNames.of(name -> Optimizers.all().stream()
                .filter(t -> t.name().equals(name))
                .map(OptimizerType::displayName)
                .findFirst()
                .orElse(name)));
        batchToggle.selectedProperty().bindBidirectional(viewModel.batchProperty());
        gradientCheck.selectedProperty().bindBidirectional(viewModel.gradientColoursProperty());
        for (Observable o : List.<Observable>of(
                viewModel.resultProperty(),
                viewModel.stageProperty(),
                viewModel.gradientColoursProperty(),
                viewModel.edges().selectedProperty(),
                viewModel.edges().hoveredProperty())) {
            o.addListener(x -> refresh());
        }
        // Keys for the whole window while the diagram shows; the listener leaves with this view (a language switch).
        root.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        refresh();
    }

    private void refresh() {
        Stages.Stage stage = viewModel.currentStage();
        // The update stage marks the weight it writes out, clicked or not.
        canvas.show(
                viewModel.resultProperty().get(),
                stage,
                viewModel.gradientColoursProperty().get(),
                stage != null && stage.kind() == Stages.Kind.UPDATE
                        ? viewModel.updateEdge()
                        : viewModel.edges().selectedProperty().get());
        sampleLabel.setText(viewModel.sampleText());
        showData();
        stageCount.setText((viewModel.stageProperty().get() + 1) + " / " + viewModel.stageCount());
        backButton.setDisable(viewModel.stageProperty().get() == 0);
        forwardButton.setDisable(viewModel.stageProperty().get() >= viewModel.stageCount() - 1);
        List<Node> shown = new ArrayList<>();
        if (stage != null) {
            shown.add(label(stage.title(), "section-title"));
            stage.lines().forEach(line -> shown.add(label(line, "backprop-line")));
        }
        List<String> edge = new ArrayList<>(viewModel.edgeLines());
        edge.addAll(viewModel.chainRuleLines());
        if (!edge.isEmpty()) {
            shown.add(label(Messages.text("backprop.edge"), "section-title"));
            edge.forEach(line -> shown.add(label(line, "backprop-line")));
        }
        content.getChildren().setAll(shown);
    }

    /** Hidden when there is no plane to draw the data on (more than two features), rather than saying so. */
    private void showData() {
        var plane = viewModel.shownPlane();
        dataPanel.setVisible(plane != null);
        dataPanel.setManaged(plane != null);
        if (plane != null) {
            dataPanel.draw(Messages.text("backprop.data"), DataPlot.TEXT, viewModel.shownData(), plane, null);
            dataPanel.mark(viewModel.shownRows());
        }
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        // Room on the right: a wrapped line's text may measure a few pixels wider than the label it wraps in.
        label.getStyleClass().addAll("backprop-line", styleClass);
        return label;
    }

    /** ←/→ step, Home/End go to the first and last stage, while the diagram shows and no text is being typed. */
    private void key(KeyEvent e) {
        Scene scene = root.getScene();
        if (scene == null
                || !viewModel.shownProperty().get()
                || !root.isVisible()
                || RaceKeys.typing(scene.getFocusOwner())) {
            return;
        }
        if (Shortcuts.STEP_FORWARD.matches(e)) {
            viewModel.stepForward();
        } else if (Shortcuts.STEP_BACK.matches(e)) {
            viewModel.stepBack();
        } else if (Shortcuts.TO_END.matches(e)) {
            viewModel.toEnd();
        } else if (Shortcuts.REWIND.matches(e)) {
            viewModel.toStart();
        } else {
            return;
        }
        e.consume();
    }

    @FXML
    private void nextSample() {
        viewModel.nextSample();
    }

    @FXML
    private void mostWrong() {
        viewModel.mostWrongSample();
    }

    @FXML
    private void stepForward() {
        viewModel.stepForward();
    }

    @FXML
    private void stepBack() {
        viewModel.stepBack();
    }
}
