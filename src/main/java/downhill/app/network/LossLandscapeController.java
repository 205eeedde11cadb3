package downhill.app.network;

import downhill.app.control.AutoFold;
import downhill.app.control.DisplayNames;
import downhill.app.control.HeatmapImages;
import downhill.app.control.NumberField;
import downhill.app.i18n.Messages;
import downhill.app.landscape.LandscapeCanvas;
import downhill.app.landscape.LegendStrip;
import downhill.app.landscape.RaceSnapshot;
import downhill.app.landscape.SurfaceView;
import downhill.engine.Numbers;
import downhill.engine.function.Window;
import downhill.engine.slice.DirectionKind;
import downhill.render.Viewport;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the loss landscape view to its view-model and draws the slice with the one landscape canvas. */
public final class LossLandscapeController {

    /** Below this width of the view at 100 %, the settings fold away and the slice takes the room. */
    static final double SETTINGS_BESIDE = 800;

    private final LossLandscapeViewModel viewModel;
    private final LandscapeCanvas canvas;
    private final HeatmapImages images = new HeatmapImages();
    /** The paths' names above the plot, never over the colour bar. */
    private final LegendStrip legend = new LegendStrip();
    /** Made on first use: building a 3-D scene where the pipeline has none logs warnings at every start. */
    private SurfaceView surfaceView;

    @FXML
    private BorderPane root;

    @FXML
    private ComboBox<DirectionKind> directionsPicker;

    @FXML
    private ComboBox<String> centrePicker;

    @FXML
    private TextField rangeField;

    @FXML
    private StackPane sliceSeedHost;

    @FXML
    private Button sliceNowButton;

    @FXML
    private Button slicePlayButton;

    @FXML
    private StackPane sliceCanvasHost;

    @FXML
    private ToggleButton slice3dToggle;

    @FXML
    private Label sliceStatus;

    @FXML
    private Label sliceReadout;

    @FXML
    private ToggleButton sliceSettingsToggle;

    @FXML
    private ScrollPane sliceSettings;

    @FXML
    private VBox sliceTop;

    @FXML
    private Label sliceInfo;

    public LossLandscapeController(LossLandscapeViewModel viewModel) {
        this.viewModel = viewModel;
        this.canvas = new LandscapeCanvas(images, new Hover(), false);
    }

    @FXML
    private void initialize() {
        directionsPicker.getItems().setAll(DirectionKind.values());
        directionsPicker.setConverter(DisplayNames.of(kind -> Messages.text("slice.directions." + kind.cliName())));
        directionsPicker.valueProperty().bindBidirectional(viewModel.directionsProperty());
        centrePicker
                .itemsProperty()
                .bind(Bindings.createObjectBinding(
                        () -> FXCollections.observableArrayList(
                                viewModel.centreChoicesProperty().get()),
                        viewModel.centreChoicesProperty()));
        centrePicker.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.centreProperty().set(now);
            }
        });
        viewModel.centreChoicesProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty() && !now.contains(centrePicker.getValue())) {
                centrePicker.setValue(
                        now.contains(viewModel.centreProperty().get())
                                ? viewModel.centreProperty().get()
                                : now.get(0));
            }
        });
        rangeField.textProperty().bindBidirectional(viewModel.rangeTextProperty());
        viewModel.rangeErrorProperty().addListener((obs, old, problem) -> {
            rangeField.getStyleClass().remove(NumberField.INVALID_STYLE_CLASS);
            rangeField.setTooltip(null);
            if (!problem.isEmpty()) {
                rangeField.getStyleClass().add(NumberField.INVALID_STYLE_CLASS);
                rangeField.setTooltip(new Tooltip(problem));
            }
        });
        NumberField seed = new NumberField(
                viewModel.seedProperty(),
                v -> v == Math.rint(v) && v >= 0 ? null : Messages.text("slice.seed.invalid"));
        seed.setId("slice-seed-field");
        sliceSeedHost.getChildren().add(seed);
        slicePlayButton
                .textProperty()
                .bind(Bindings.when(viewModel.playingProperty())
                        .then(Messages.text("slice.pause"))
                        .otherwise(Messages.text("slice.play")));
        slicePlayButton
                .graphicProperty()
                .bind(Bindings.when(viewModel.playingProperty())
                        .then(new FontIcon("mdi2p-pause"))
                        .otherwise(new FontIcon("mdi2p-play")));
        sliceSettings.visibleProperty().bind(sliceSettingsToggle.selectedProperty());
        sliceSettings.managedProperty().bind(sliceSettingsToggle.selectedProperty());
        AutoFold.byOwnWidth(root, sliceSettingsToggle.selectedProperty(), SETTINGS_BESIDE);
        legend.setId("slice-legend");
        sliceTop.getChildren().add(legend);
        legend.prefWrapLengthProperty().bind(root.widthProperty());
        Tooltip summary = new Tooltip();
        summary.setWrapText(true);
        summary.setMaxWidth(480);
        summary.textProperty().bind(viewModel.statusProperty());
        sliceInfo.setTooltip(summary);
        sliceInfo.accessibleTextProperty().bind(viewModel.statusProperty());
        sliceStatus.visibleProperty().bind(viewModel.doneProperty().not());
        sliceStatus.managedProperty().bind(sliceStatus.visibleProperty());
        slicePlayButton.disableProperty().bind(viewModel.resultProperty().isNull());
        sliceStatus.textProperty().bind(viewModel.statusProperty());
        canvas.setId("slice-canvas");
        sliceCanvasHost.getChildren().add(0, canvas);
        slice3dToggle.selectedProperty().bindBidirectional(viewModel.surface().shownProperty());
        canvas.visibleProperty().bind(slice3dToggle.selectedProperty().not());
        viewModel.surface().builtProperty().addListener(o -> draw());
        viewModel.surface().shownProperty().addListener(o -> draw());
        viewModel.resultProperty().addListener(o -> draw());
        viewModel.stepProperty().addListener(o -> draw());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
        draw();
    }

    private SurfaceView surfaceView() {
        if (surfaceView == null) {
            surfaceView = new SurfaceView(viewModel.surface(), images, "slice-");
            surfaceView.setId("slice-surface-view");
            surfaceView.visibleProperty().bind(slice3dToggle.selectedProperty());
            sliceCanvasHost.getChildren().add(1, surfaceView);
        }
        return surfaceView;
    }

    @FXML
    private void sliceNow() {
        viewModel.sliceNow();
    }

    @FXML
    private void togglePlay() {
        viewModel.togglePlay();
    }

    private void draw() {
        LossSliceComputation.Result result = viewModel.resultProperty().get();
        legend.show(
                result == null ? List.of() : result.paths(),
                viewModel.stepProperty().get());
        if (result == null) {
            canvas.draw(LandscapeCanvas.Frame.of(new Window(-1, 1, -1, 1))
                    .axes(List.of("α", "β"))
                    .build());
            return;
        }
        if (viewModel.surface().shownProperty().get()) {
            surfaceView()
                    .show(
                            viewModel.surface().builtProperty().get(),
                            new RaceSnapshot(null, null, viewModel.lastStep(), result.paths()),
                            viewModel.stepProperty().get());
            return;
        }
        canvas.draw(LandscapeCanvas.Frame.of(result.window())
                .image(result.image())
                .paths(result.paths(), viewModel.stepProperty().get())
                .axes(List.of("α", "β"))
                .build());
    }

    /** The slice cannot be zoomed or restarted; hovering reads the loss off the grid. */
    private final class Hover implements LandscapeCanvas.Interaction {
        @Override
        public void hover(double x, double y) {
            LossSliceComputation.Result result = viewModel.resultProperty().get();
            if (result == null) {
                return;
            }
            double[] value = new double[1];
            result.grid().valueRow(new double[] {x}, y, value);
            sliceReadout.setText(
                    Messages.text("slice.readout", Numbers.compact(x), Numbers.compact(y), Numbers.compact(value[0])));
            var plot = canvas.viewport();
            StackPane.setMargin(
                    sliceReadout, new Insets(plot == null ? 0 : plot.top(), 0, 0, plot == null ? 0 : plot.left()));
            sliceReadout.setVisible(true);
        }

        @Override
        public void hoverEnded() {
            sliceReadout.setVisible(false);
        }

        /** The plot as drawn (at the canvas's final size): the view-model shapes the next grid like it. */
        @Override
        public void viewportChanged(Viewport viewport) {
            if (viewport.width() > 1 && viewport.height() > 1) {
                viewModel.plotAspectProperty().set(viewport.width() / viewport.height());
            }
        }
    }
}
