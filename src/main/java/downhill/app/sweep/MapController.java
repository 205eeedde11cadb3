package downhill.app.sweep;

import downhill.app.control.DisplayNames;
import downhill.app.i18n.Messages;
import downhill.engine.optimizer.Optimizers;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** Binds the hyperparameter map to its view-model; the landscape tab calls {@link #refresh} each frame it shows. */
public final class MapController {

    private final MapViewModel viewModel;
    private final MapCanvas canvas;

    @FXML
    private BorderPane root;
    @FXML
    private StackPane canvasHost;
    @FXML
    private ComboBox<String> optimizerPicker;
    @FXML
    private ComboBox<String> xPicker;
    @FXML
    private ComboBox<String> yPicker;
    @FXML
    private FlowPane controls;
    @FXML
    private FlowPane legend;
    /** Theory's line is drawn only on a quadratic for η against μ: a legend for a line not there would mislead. */
    private final Label theoryKey = plain("map.legend.theory");
    @FXML
    private CheckBox stepsCheck;
    @FXML
    private Label info;

    public MapController(MapViewModel viewModel) {
        this.viewModel = viewModel;
        this.canvas = new MapCanvas(viewModel::choose, viewModel::hover);
    }

    @FXML
    private void initialize() {
        canvasHost.getChildren().add(canvas);
        optimizerPicker.valueProperty().bindBidirectional(viewModel.optimizerProperty());
        optimizerPicker.setConverter(DisplayNames.of(name -> Optimizers.all().stream()
                .filter(t -> t.name().equals(name)).map(t -> t.displayName()).findFirst().orElse(name)));
        optimizerPicker.setOnShowing(e -> optimizerPicker.setItems(FXCollections.observableArrayList(
                viewModel.racingNames())));
        for (ComboBox<String> picker : List.of(xPicker, yPicker)) {
            picker.setConverter(DisplayNames.of(MapViewModel::symbolOf));
            picker.setOnShowing(e -> picker.setItems(FXCollections.observableArrayList(viewModel.axisChoices())));
        }
        xPicker.valueProperty().bindBidirectional(viewModel.xKeyProperty());
        yPicker.valueProperty().bindBidirectional(viewModel.yKeyProperty());
        info.textProperty().bind(Bindings.when(viewModel.hoverProperty().isEmpty())
                .then(viewModel.statusProperty()).otherwise(viewModel.hoverProperty()));
        stepsCheck.selectedProperty().bindBidirectional(viewModel.byStepsProperty());
        legend.getChildren().addAll(key(MapViewModel.DIVERGED, "map.legend.diverged"),
                key(MapViewModel.UNBOUNDED, "map.legend.unbounded"), key(MapViewModel.LEFT_DOMAIN,
                        "map.legend.leftDomain"), plain("map.legend.marker"), theoryKey);
        theoryKey.setId("map-theory-key");
        // Rows wrap to the view's width, not to a fixed length: at 200 % nothing is cut.
        controls.prefWrapLengthProperty().bind(root.widthProperty().subtract(16));
        legend.prefWrapLengthProperty().bind(root.widthProperty().subtract(16));
    }

    private static Label plain(String message) {
        Label label = new Label(Messages.text(message));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static Label key(int argb, String message) {
        Rectangle swatch = new Rectangle(14, 14, Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF));
        Label label = new Label(Messages.text(message), swatch);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** Draws the newest map, the marker and the theory line (named in the legend only when drawn). */
    public void refresh() {
        double[][] theory = viewModel.theoryLine();
        theoryKey.setVisible(theory != null);
        theoryKey.setManaged(theory != null);
        canvas.show(viewModel.spec(), viewModel.imageProperty().get(), viewModel.marker(), theory,
                viewModel.byStepsProperty().get());
    }

    public BorderPane root() {
        return root;
    }

    /** The view-model, for the tab. */
    public MapViewModel viewModel() {
        return viewModel;
    }
}
