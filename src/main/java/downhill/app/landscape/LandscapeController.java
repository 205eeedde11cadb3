package downhill.app.landscape;

import downhill.app.FrameLoop;
import downhill.app.control.DisplayNames;
import downhill.app.control.HeatmapImages;
import downhill.app.control.PlaybackClock;
import downhill.app.control.SeriesChart;
import downhill.app.i18n.Messages;
import downhill.app.layout.ProjectorLayout;
import downhill.app.sweep.MapController;
import downhill.engine.data.BatchSize;
import downhill.engine.explain.StepExplanation;
import downhill.engine.function.Objective;
import downhill.engine.function.Window;
import downhill.engine.function.data.DataObjective;
import downhill.engine.landscape.Colormap;
import downhill.engine.scene.PathResult;
import downhill.experiment.LandscapeSettings.Layout;
import downhill.render.Viewport;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Binds the landscape view to its view-model and forwards gestures and keys. Drawing happens once per frame from
 * the view-model's newest state. Its length is the view's forty-odd controls, each bound in a line or two; what it
 * draws is the canvases' ({@link LandscapeCanvas}, {@link LandscapePanels}), what it says the view-models'.
 */
public final class LandscapeController {

    /** How far the step limit's arrows move it. */
    private static final int STEP_LIMIT_INCREMENT = 100;
    /** The side of the heatmap that textures the 3-D surface, in pixels. */
    private static final int SURFACE_TEXTURE = 800;

    private final LandscapeViewModel viewModel;
    private final LandscapeCanvas.Interaction gestures;
    private final HeatmapImages images = new HeatmapImages();
    private final FrameLoop frameLoop = new FrameLoop(this::onFrame);
    private final LossChart lossChart = new LossChart();
    private final SeriesChart logitChart = new SeriesChart();
    private LandscapeCanvas overlay;
    private SurfaceView surfaceView;
    private final LandscapePanels panels;
    private static final String CONTROLS_HIDDEN = "controls-hidden";
    private final LegendStrip legend = new LegendStrip();
    private final VBox overlayBox = new VBox();
    private ProjectorLayout projector;

    @FXML
    private BorderPane root;

    @FXML
    private VBox sidebar;

    @FXML
    private Node inspector;

    @FXML
    private SplitPane split;

    @FXML
    private FlowPane settingsRow;

    @FXML
    private Button drawerButton;

    @FXML
    private VBox lossPane;

    @FXML
    private FontIcon playIcon;

    @FXML
    private Button rewindButton;

    @FXML
    private Button backButton;

    @FXML
    private Button forwardButton;

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

    @FXML
    private StackPane landscapeHost;

    @FXML
    private StackPane lossHost;

    @FXML
    private StackPane logitHost;

    @FXML
    private Button playButton;

    @FXML
    private ToggleButton loopToggle;

    @FXML
    private Slider timeline;

    @FXML
    private Label stepLabel;

    @FXML
    private Slider speedSlider;

    @FXML
    private Label speedLabel;

    @FXML
    private Spinner<Integer> stepLimitSpinner;

    @FXML
    private ToggleButton inspectToggle;

    @FXML
    private ToggleButton threeDToggle;

    @FXML
    private ToggleButton overlayToggle;

    @FXML
    private ToggleButton gridToggle;

    @FXML
    private ToggleButton mapToggle;

    @FXML
    private BorderPane map;

    @FXML
    private MapController mapController;

    @FXML
    private CheckBox lossLog;

    @FXML
    private Label readout;

    public LandscapeController(LandscapeViewModel viewModel) {
        this.viewModel = viewModel;
        this.gestures = new RaceGestures(viewModel);
        this.panels = new LandscapePanels(images, gestures);
    }

    public LandscapeViewModel viewModel() {
        return viewModel;
    }

    /** The step inspector's widest, in em (as downhill.css gives it): the room it may take from the picture. */
    private static final double INSPECTOR_EM = 31;

    @FXML
    private void initialize() {
        bindFunction();
        bindPicture();
        bindTransport();
        overlay = new LandscapeCanvas(images, gestures, false);
        overlay.setId("overlay-canvas");
        VBox.setVgrow(overlay, Priority.ALWAYS);
        overlayBox.getChildren().setAll(legend, overlay);
        projector = new ProjectorLayout(root, sidebar, split, viewModel.drawer());
        projector.besidePicture((Region) inspector, viewModel.inspector().openProperty(), INSPECTOR_EM);
        showLayout(viewModel.layoutProperty().get());
        lossChart.setId("loss-chart");
        lossHost.getChildren().add(lossChart);
        logitChart.setId("logit-chart");
        VBox logitLegend = new VBox(2);
        logitLegend.getStyleClass().add("hint");
        VBox.setVgrow(logitChart, Priority.ALWAYS);
        // The two charts share the pane: neither squeezes the other out on a short window.
        logitChart.setMinHeight(90);
        logitChart.setPrefHeight(120);
        logitHost.getChildren().add(new VBox(2, logitChart, logitLegend));
        Runnable logit = () -> {
            boolean shown = LogitGradientPlot.show(logitChart, logitLegend, viewModel.objective());
            logitHost.setVisible(shown);
            logitHost.setManaged(shown);
            lossHost.setMinHeight(shown ? 110 : Region.USE_COMPUTED_SIZE);
        };
        viewModel.objectiveProperty().addListener(o -> logit.run());
        logit.run();
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                frameLoop.start();
            } else {
                frameLoop.stop();
            }
        });
    }

    private void bindFunction() {
        functionPicker.getItems().setAll(viewModel.builtins());
        functionPicker.setConverter(DisplayNames.of(Objective::displayName));
        functionPicker.setValue(viewModel.objective());
        functionPicker.valueProperty().addListener((obs, old, chosen) -> viewModel.choose(chosen));
        viewModel
                .objectiveProperty()
                .addListener((obs, old, now) ->
                        functionPicker.setValue(viewModel.builtins().contains(now) ? now : null));
        bindBatchSize();
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
        batchSizePicker.getItems().setAll("all", "1", "10", "50");
        batchSizePicker.setValue(BatchSize.format(viewModel.batchSizeProperty().get()));
        batchSizePicker.valueProperty().addListener((obs, old, typed) -> {
            if (!viewModel.chooseBatchSize(typed)) {
                batchSizePicker.setValue(old);
            }
        });
        viewModel.batchSizeProperty().addListener((obs, old, now) -> {
            String shown = BatchSize.format(now.intValue());
            if (BatchSize.parse(batchSizePicker.getValue()).orElse(-1) != now.intValue()) {
                batchSizePicker.setValue(shown);
            }
        });
        batchSurfaceBox.selectedProperty().bindBidirectional(viewModel.batchSurfaceProperty());
        batchSurfaceBox.disableProperty().bind(viewModel.batchSizeProperty().isEqualTo(BatchSize.ALL));
        Runnable show = () -> {
            boolean onData = viewModel.onData();
            batchRow.setVisible(onData);
            batchRow.setManaged(onData);
            batchSurfaceBox.setVisible(onData);
            batchSurfaceBox.setManaged(onData);
            if (onData && viewModel.objective() instanceof DataObjective model) {
                batchHint.setText(Messages.text("landscape.batchHint", model.sampleCount()));
            }
        };
        viewModel.objectiveProperty().addListener((obs, old, now) -> show.run());
        show.run();
    }

    private void bindPicture() {
        colormapPicker.getItems().setAll(Colormap.values());
        colormapPicker.setConverter(DisplayNames.of(Colormap::displayName));
        colormapPicker.valueProperty().bindBidirectional(viewModel.colormapProperty());
        logScale.selectedProperty().bindBidirectional(viewModel.logScaleProperty());
        ToggleGroup layouts = new ToggleGroup();
        overlayToggle.setToggleGroup(layouts);
        gridToggle.setToggleGroup(layouts);
        mapToggle.setToggleGroup(layouts);
        overlayToggle.setSelected(viewModel.layoutProperty().get() == Layout.OVERLAY);
        gridToggle.setSelected(viewModel.layoutProperty().get() == Layout.GRID);
        mapToggle.setSelected(viewModel.layoutProperty().get() == Layout.MAP);
        layouts.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel
                        .layoutProperty()
                        .set(now == gridToggle ? Layout.GRID : now == mapToggle ? Layout.MAP : Layout.OVERLAY);
            }
        });
        viewModel.layoutProperty().addListener((obs, old, now) -> showLayout(now));
        inspectToggle.selectedProperty().bindBidirectional(viewModel.inspector().openProperty());
        threeDToggle.selectedProperty().bindBidirectional(viewModel.surface().shownProperty());
        threeDToggle.disableProperty().bind(viewModel.layoutProperty().isNotEqualTo(Layout.OVERLAY));
        viewModel
                .surface()
                .shownProperty()
                .addListener(
                        (obs, old, now) -> showLayout(viewModel.layoutProperty().get()));
        lossLog.selectedProperty().bindBidirectional(viewModel.lossLogScaleProperty());
        readout.textProperty().bind(viewModel.readoutProperty());
    }

    private void showLayout(Layout layout) {
        overlayToggle.setSelected(layout == Layout.OVERLAY);
        gridToggle.setSelected(layout == Layout.GRID);
        mapToggle.setSelected(layout == Layout.MAP);
        landscapeHost
                .getChildren()
                .setAll(
                        layout == Layout.GRID
                                ? panels.node()
                                : layout == Layout.MAP
                                        ? map
                                        : viewModel.surface().shownProperty().get() ? surfaceView() : overlayBox);
        viewModel.invalidate();
    }

    /** Made when first shown: a 3-D scene costs memory and warns on pipelines without 3-D. */
    private SurfaceView surfaceView() {
        if (surfaceView == null) {
            surfaceView = new SurfaceView(viewModel.surface(), images);
            surfaceView.setId("surface-view");
        }
        return surfaceView;
    }

    private void bindTransport() {
        playButton
                .accessibleTextProperty()
                .bind(Bindings.when(viewModel.playingProperty())
                        .then(Messages.text("layout.pause"))
                        .otherwise(Messages.text("layout.play")));
        playIcon.iconCodeProperty()
                .bind(Bindings.when(viewModel.playingProperty())
                        .<Ikon>then(MaterialDesignP.PAUSE)
                        .otherwise(MaterialDesignP.PLAY));
        loopToggle.selectedProperty().bindBidirectional(viewModel.loopProperty());
        timeline.maxProperty().bind(viewModel.stepLimitProperty());
        timeline.setValue(viewModel.currentStepProperty().get());
        timeline.valueProperty().addListener((obs, old, now) -> {
            int step = (int) Math.round(now.doubleValue());
            if (step != viewModel.currentStepProperty().get()) {
                viewModel.currentStepProperty().set(step);
            }
        });
        viewModel.currentStepProperty().addListener((obs, old, now) -> timeline.setValue(now.intValue()));
        stepLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Messages.text(
                                "landscape.stepLabel",
                                viewModel.currentStepProperty().get(),
                                viewModel.stepLimitProperty().get()),
                        viewModel.currentStepProperty(),
                        viewModel.stepLimitProperty()));
        // The slider is logarithmic: its ends are the clock's slowest and fastest speeds.
        speedSlider.setMin(Math.log10(PlaybackClock.MIN_SPEED));
        speedSlider.setMax(Math.log10(PlaybackClock.MAX_SPEED));
        speedSlider.setValue(Math.log10(viewModel.speedProperty().get()));
        speedSlider
                .valueProperty()
                .addListener(
                        (obs, old, now) -> viewModel.speedProperty().set(Math.round(Math.pow(10, now.doubleValue()))));
        // An opened experiment sets the speed: the slider follows it.
        viewModel.speedProperty().addListener((obs, old, now) -> speedSlider.setValue(Math.log10(now.doubleValue())));
        speedLabel
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Messages.text(
                                "landscape.speedLabel",
                                Math.round(viewModel.speedProperty().get())),
                        viewModel.speedProperty()));
        SpinnerValueFactory.IntegerSpinnerValueFactory limits = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                LandscapeViewModel.MIN_STEP_LIMIT,
                LandscapeViewModel.MAX_STEP_LIMIT,
                viewModel.stepLimitProperty().get(),
                STEP_LIMIT_INCREMENT);
        stepLimitSpinner.setValueFactory(limits);
        limits.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.stepLimitProperty().set(now);
            }
        });
        viewModel.stepLimitProperty().addListener((obs, old, now) -> limits.setValue(now.intValue()));
    }

    /**
     * With {@code shown} false only the landscape, the timeline and the play button stay: for a projector, where
     * the picture should fill the room's view. The split's divider goes back where it was when they return.
     */
    public void showControls(boolean shown) {
        // The side panels leave the border pane: the inspector's own visibility is bound to whether it is open.
        root.setRight(shown ? inspector : null);
        for (var node : List.of(
                settingsRow, lossHost, readout, rewindButton, backButton, forwardButton, drawerButton, lossLog)) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
        root.getStyleClass().remove(CONTROLS_HIDDEN);
        if (!shown) {
            // The chart's pane may then shrink to nothing (see the CSS).
            root.getStyleClass().add(CONTROLS_HIDDEN);
        }
        projector.showControls(shown);
    }

    @FXML
    private void toggleDrawer() {
        viewModel.drawer().toggle();
    }

    @FXML
    private void applyExpression() {
        viewModel.applyExpression();
    }

    @FXML
    private void fit() {
        viewModel.fit();
    }

    @FXML
    private void togglePlay() {
        viewModel.togglePlay();
    }

    @FXML
    private void stepForward() {
        viewModel.stepForward();
    }

    @FXML
    private void stepBack() {
        viewModel.stepBack();
    }

    @FXML
    private void rewind() {
        viewModel.rewind();
    }

    // ----- drawing, once per frame

    private void onFrame(double elapsedSeconds) {
        if (viewModel.onFrame(elapsedSeconds)) {
            redraw();
        }
    }

    /** Draws the current state now (tests call this after changing the view-model). */
    public void redraw() {
        RaceSnapshot race = viewModel.raceProperty().get();
        int step = viewModel.currentStepProperty().get();
        Window window = viewModel.viewWindowProperty().get();
        StepExplanation explained = viewModel.inspector().shownOnLandscape();
        if (explained != null && explained.step() != step) {
            explained = null;
        }
        if (viewModel.layoutProperty().get() == Layout.OVERLAY
                && viewModel.surface().shownProperty().get()) {
            surfaceView().show(viewModel.surface().builtProperty().get(), race, step);
            if (window != null) {
                // The surface is textured with the heatmap: ask for one of a fixed size, whatever the canvas.
                Viewport v = Viewport.fit(window, 0, 0, SURFACE_TEXTURE, SURFACE_TEXTURE);
                viewModel.requestImage(v.shown(), (int) Math.round(v.width()), (int) Math.round(v.height()));
            }
        } else if (viewModel.layoutProperty().get() == Layout.MAP) {
            mapController.refresh();
        } else if (viewModel.layoutProperty().get() == Layout.OVERLAY) {
            legend.show(race.paths(), step);
            overlay.draw(frameOf(window)
                    .paths(race.paths(), step)
                    .explained(explained)
                    .build());
            viewModel.lessonMarksProperty().get().draw(overlay);
            requestImage(overlay, window);
        } else {
            List<LandscapeCanvas> shown =
                    panels.show(race.paths().stream().map(PathResult::name).toList());
            for (int i = 0; i < shown.size(); i++) {
                PathResult path = race.paths().get(i);
                shown.get(i)
                        .draw(frameOf(window)
                                .paths(List.of(path), step)
                                .title(PathStatus.title(path), PathStatus.line(path, step))
                                .explained(
                                        explained != null
                                                        && explained.optimizer().equals(path.name())
                                                ? explained
                                                : null)
                                .build());
            }
            if (!shown.isEmpty()) {
                requestImage(shown.get(0), window);
            }
        }
        lossChart.draw(
                race,
                step,
                viewModel.stepLimitProperty().get(),
                viewModel.lossLogScaleProperty().get());
    }

    /** A frame of the tab's function, picture, start and colours; the paths and the title are the caller's. */
    private LandscapeCanvas.Builder frameOf(Window window) {
        return LandscapeCanvas.Frame.of(window)
                .image(viewModel.imageProperty().get())
                .objective(viewModel.objective())
                .start(viewModel.startProperty().get())
                .colormap(viewModel.colormapProperty().get());
    }

    private void requestImage(LandscapeCanvas canvas, Window window) {
        if (canvas.canvas().getWidth() > 0 && window != null) {
            Viewport v = canvas.viewportFor(window);
            viewModel.requestImage(v.shown(), (int) Math.round(v.width()), (int) Math.round(v.height()));
        }
    }
}
