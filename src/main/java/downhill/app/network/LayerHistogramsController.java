package downhill.app.network;

import downhill.app.control.ChartStyle;
import downhill.app.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** Binds the "Layers" view to its view-model and draws the histograms when they change. */
public final class LayerHistogramsController {

    private final LayerHistogramsViewModel viewModel;
    private final LayerHistogramsCanvas canvas = new LayerHistogramsCanvas();

    @FXML
    private BorderPane root;

    @FXML
    private ComboBox<String> runPicker;

    @FXML
    private Slider epochSlider;

    @FXML
    private Label epochLabel;

    @FXML
    private CheckBox latestBox;

    @FXML
    private Label layersNote;

    @FXML
    private StackPane canvasHost;

    @FXML
    private StackPane gradientSlot;

    public LayerHistogramsController(LayerHistogramsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** The view bound to {@code viewModel}, loaded with the current language's texts. */
    static LayerHistogramsController load(LayerHistogramsViewModel viewModel) {
        LayerHistogramsController controller = new LayerHistogramsController(viewModel);
        FXMLLoader loader = new FXMLLoader(
                LayerHistogramsController.class.getResource("LayerHistogramsView.fxml"), Messages.bundle());
        loader.setControllerFactory(type -> controller);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the layers view's FXML could not be loaded", e);
        }
        return controller;
    }

    @FXML
    private void initialize() {
        runPicker.setId("layers-run-picker");
        epochSlider.setId("layers-epoch-slider");
        runPicker.setItems(viewModel.runNames());
        Runnable chosen = () -> {
            int run = viewModel.runProperty().get();
            runPicker.setValue(
                    run < viewModel.runNames().size() ? viewModel.runNames().get(run) : null);
        };
        viewModel.runProperty().addListener(o -> chosen.run());
        // After the pulse's other listeners: the picker's skin clears the value when the items are replaced.
        viewModel.runNames().addListener((ListChangeListener<String>) c -> Platform.runLater(chosen));
        chosen.run();
        runPicker.valueProperty().addListener((obs, old, now) -> {
            int index = viewModel.runNames().indexOf(now);
            if (index >= 0) {
                viewModel.runProperty().set(index);
            }
        });
        // One step per measured epoch: the slider's values are the indices of the epochs measured.
        epochSlider.setMin(0);
        epochSlider.setBlockIncrement(1);
        epochSlider.setMajorTickUnit(1);
        epochSlider.setMinorTickCount(0);
        epochSlider.setSnapToTicks(true);
        Runnable range = () -> {
            int count = viewModel.epochCountProperty().get();
            epochSlider.setMax(Math.max(0, count - 1));
            epochSlider.setDisable(count < 2);
            epochSlider.setValue(viewModel.epochIndexProperty().get());
        };
        viewModel.epochCountProperty().addListener(o -> range.run());
        viewModel
                .epochIndexProperty()
                .addListener(
                        o -> epochSlider.setValue(viewModel.epochIndexProperty().get()));
        range.run();
        epochSlider.valueProperty().addListener((obs, old, now) -> {
            int index = (int) Math.round(now.doubleValue());
            if (index != viewModel.epochIndexProperty().get()
                    && index < viewModel.epochCountProperty().get()) {
                viewModel.epochIndexProperty().set(index);
            }
        });
        epochLabel.textProperty().bind(viewModel.epochTextProperty());
        latestBox.selectedProperty().bindBidirectional(viewModel.latestProperty());
        Tooltip note = new Tooltip(Messages.text("layers.note"));
        note.setWrapText(true);
        note.setMaxWidth(ChartStyle.current().size(460));
        layersNote.setTooltip(note);
        BorderPane.setMargin(root.getCenter(), new Insets(4, 0, 0, 0));
        canvasHost.getChildren().add(canvas);
        viewModel
                .panelsProperty()
                .addListener((obs, old, now) ->
                        canvas.show(now, viewModel.activationsTitleProperty().get()));
        canvas.show(
                viewModel.panelsProperty().get(),
                viewModel.activationsTitleProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** Where the network tab puts its gradient-flow panel while this view shows. */
    StackPane gradientSlot() {
        return gradientSlot;
    }

    /** The histograms' canvas (tests read its text). */
    LayerHistogramsCanvas canvas() {
        return canvas;
    }
}
