package downhill.app.sweep;

import downhill.app.control.DisplayNames;
import downhill.app.control.NumberField;
import downhill.app.i18n.Messages;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.sweep.MapPicture;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** Binds the hyperparameter map to its view-model; the landscape tab calls {@link #refresh} each frame it shows. */
public final class MapController {

    private final MapViewModel viewModel;
    private final MapAxes axes;
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

    @FXML
    private HBox xRange;

    @FXML
    private HBox yRange;
    /** Theory's line is drawn only on a quadratic for η against μ: a legend for a line not there would mislead. */
    private final Label theoryKey = plain("map.legend.theory");

    @FXML
    private CheckBox stepsCheck;

    @FXML
    private Label info;

    public MapController(MapViewModel viewModel) {
        this.viewModel = viewModel;
        this.axes = viewModel.axes();
        this.canvas = new MapCanvas(viewModel::choose, viewModel::hover);
    }

    @FXML
    private void initialize() {
        canvasHost.getChildren().add(canvas);
        optimizerPicker.valueProperty().bindBidirectional(axes.optimizerProperty());
        optimizerPicker.setConverter(DisplayNames.of(name -> Optimizers.all().stream()
                .filter(t -> t.name().equals(name))
                .map(t -> t.displayName())
                .findFirst()
                .orElse(name)));
        optimizerPicker.setOnShowing(
                e -> optimizerPicker.setItems(FXCollections.observableArrayList(axes.racingNames())));
        for (ComboBox<String> picker : List.of(xPicker, yPicker)) {
            picker.setConverter(DisplayNames.of(MapAxes::symbolOf));
            picker.setOnShowing(e -> picker.setItems(FXCollections.observableArrayList(axes.axisChoices())));
        }
        xPicker.valueProperty().bindBidirectional(axes.xKeyProperty());
        yPicker.valueProperty().bindBidirectional(axes.yKeyProperty());
        rangeFields(xRange, "map-x", axes.xKeyProperty(), axes.xFromProperty(), axes.xToProperty());
        rangeFields(yRange, "map-y", axes.yKeyProperty(), axes.yFromProperty(), axes.yToProperty());
        info.textProperty()
                .bind(Bindings.when(viewModel.hover().textProperty().isEmpty())
                        .then(viewModel.statusProperty())
                        .otherwise(viewModel.hover().textProperty()));
        stepsCheck.selectedProperty().bindBidirectional(viewModel.byStepsProperty());
        legend.getChildren()
                .addAll(
                        key(MapPicture.DIVERGED, "map.legend.diverged"),
                        key(MapPicture.UNBOUNDED, "map.legend.unbounded"),
                        key(MapPicture.LEFT_DOMAIN, "map.legend.leftDomain"),
                        plain("map.legend.marker"),
                        theoryKey);
        theoryKey.setId("map-theory-key");
        // Rows wrap to the view's width, not to a fixed length: at 200 % nothing is cut.
        controls.prefWrapLengthProperty().bind(root.widthProperty().subtract(16));
        legend.prefWrapLengthProperty().bind(root.widthProperty().subtract(16));
    }

    /** "from – to" for one axis; a value the hyperparameter does not take is marked in its field. */
    private void rangeFields(HBox host, String id, StringProperty key, DoubleProperty from, DoubleProperty to) {
        NumberField first = new NumberField(from, v -> axes.rangeProblem(key.get(), v));
        NumberField last = new NumberField(to, v -> axes.rangeProblem(key.get(), v));
        first.setId(id + "-from");
        last.setId(id + "-to");
        for (NumberField f : List.of(first, last)) {
            f.setPrefColumnCount(5);
            f.setMinWidth(Region.USE_PREF_SIZE);
        }
        first.setAccessibleText(Messages.text("map.range.from"));
        last.setAccessibleText(Messages.text("map.range.to"));
        host.getChildren().setAll(first, new Label("–"), last);
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
        canvas.show(
                viewModel.spec(),
                viewModel.imageProperty().get(),
                viewModel.marker(),
                theory,
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
