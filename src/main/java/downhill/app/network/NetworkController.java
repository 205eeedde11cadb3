package downhill.app.network;

import downhill.app.FrameLoop;
import downhill.app.control.AutoFold;
import downhill.app.control.ChartStyle;
import downhill.app.control.DataPlot;
import downhill.app.control.DisplayNames;
import downhill.app.control.GridCells;
import downhill.app.control.LastFolder;
import downhill.app.control.NumberField;
import downhill.app.control.SeriesChart;
import downhill.app.control.SidebarDrawer;
import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerListController;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.Numbers;
import downhill.engine.data.DrawnPoints;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Initialization;
import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.Metric;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingState;
import downhill.experiment.NetworkSettings;
import downhill.experiment.NetworkSettings.BatchMode;
import downhill.experiment.NetworkSettings.Data;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;

/** Binds the neural network view to its view-model and draws the newest results once per frame. */
public final class NetworkController {

    /** One row of the results table, as text. */
    public record ResultRow(
            String optimizer,
            Color color,
            String status,
            String trainLoss,
            String testLoss,
            String trainAccuracy,
            String testAccuracy,
            String reached,
            String seconds) {

        static ResultRow of(RunResult r) {
            HistorySnapshot h = r.history();
            int reached = r.epochReaching(RunResult.TARGET_ACCURACY);
            return new ResultRow(
                    r.displayName(),
                    r.color(),
                    r.message(),
                    number(h.last(Metric.TRAIN_LOSS)),
                    number(h.last(Metric.TEST_LOSS)),
                    percent(h.last(Metric.TRAIN_ACCURACY)),
                    percent(h.last(Metric.TEST_ACCURACY)),
                    reached == 0
                            ? Messages.text(r.state().isFinal() ? "network.table.never" : "network.table.notYet")
                            : Messages.text("network.table.epoch", reached),
                    String.format("%.1f s", r.seconds()));
        }

        static ResultRow waiting(OptimizerSettings settings) {
            String none = "–";
            return new ResultRow(
                    settings.displayName(),
                    settings.color(),
                    Messages.text("network.table.notStarted"),
                    none,
                    none,
                    none,
                    none,
                    none,
                    none);
        }

        private static String number(double v) {
            return Double.isNaN(v) ? "–" : Numbers.compact(v);
        }

        private static String percent(double v) {
            return Double.isNaN(v) ? "–" : String.format("%.1f %%", 100 * v);
        }
    }

    private final NetworkViewModel viewModel;
    private final LastFolder lastFolder;
    private boolean missedFrames;
    private boolean slowPending;
    private final FrameLoop frameLoop = new FrameLoop(this::onFrame);
    private final SeriesChart lossChart = new SeriesChart();
    private final SeriesChart accuracyChart = new SeriesChart();
    private final SeriesChart gradientChart = new SeriesChart();
    private final DataPlot dataPlot = new DataPlot(false);
    private final List<DataPlot> boundaryPlots = new ArrayList<>();
    private List<String> panelNames;
    private int panelColumns;
    private List<String> drawnStates = List.of();
    private double sinceSlowParts;
    private static final double SLOW_PARTS_SECONDS = 0.25;
    /** Window height at 100 % below which the results table starts folded (1280×720 at 150 % is 480). */
    static final double SHORT_WINDOW = 560;

    @FXML
    private FlowPane testRow;

    @FXML
    private Label testLabel;

    @FXML
    private Button testFileButton;

    @FXML
    private Button testSplitButton;

    @FXML
    private ComboBox<Initialization> initPicker;

    @FXML
    private CheckBox likeSklearnBox;

    @FXML
    private TextField dropoutField;

    @FXML
    private TextField earlyStoppingField;

    @FXML
    private Label regularisationError;

    @FXML
    private BorderPane root;

    @FXML
    private SidebarDrawer drawer;

    @FXML
    private ToggleButton drawerToggle;

    @FXML
    private ToggleButton tableToggle;

    @FXML
    private Label samplesLabel;

    @FXML
    private Label noiseLabel;

    @FXML
    private ComboBox<String> generatorPicker;

    @FXML
    private StackPane samplesHost;

    @FXML
    private StackPane noiseHost;

    @FXML
    private StackPane seedHost;

    @FXML
    private Label dataInfo;

    @FXML
    private VBox drawingBox;

    @FXML
    private ComboBox<Integer> classPicker;

    @FXML
    private ComboBox<Integer> classesPicker;

    @FXML
    private Button undoDrawingButton;

    @FXML
    private Button clearDrawingButton;

    @FXML
    private Label drawingSummary;

    @FXML
    private Label dataError;

    @FXML
    private Label dataWarning;

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
    private StackPane optimizerHost;

    @FXML
    private Button trainButton;

    @FXML
    private Button pauseButton;

    @FXML
    private Button stepButton;

    @FXML
    private Label statusLabel;

    @FXML
    private CheckBox logScale;

    @FXML
    private StackPane lossHost;

    @FXML
    private StackPane accuracyHost;

    @FXML
    private GridPane panels;

    @FXML
    private ToggleButton boundariesToggle;

    @FXML
    private ToggleButton sliceToggle;

    @FXML
    private ToggleButton diagramToggle;

    @FXML
    private ToggleButton layersToggle;

    @FXML
    private StackPane layersHost;

    private LayerHistogramsController layers;

    @FXML
    private ToggleGroup panelView;

    @FXML
    private BorderPane diagram;

    @FXML
    private GridPane mainArea;

    @FXML
    private VBox chartColumn;

    @FXML
    private BorderPane slice;

    @FXML
    private VBox gradientColumn;

    @FXML
    private StackPane gradientHost;

    @FXML
    private Label gradientNote;

    @FXML
    private TableView<ResultRow> resultsTable;

    public NetworkController(NetworkViewModel viewModel, LastFolder lastFolder) {
        this.lastFolder = lastFolder;
        this.viewModel = viewModel;
    }

    public NetworkViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        bindData();
        bindNetwork();
        optimizerHost.getChildren().add(OptimizerListController.load(viewModel.optimizers()));
        trainButton
                .textProperty()
                .bind(Bindings.when(viewModel.phaseProperty().isEqualTo(NetworkViewModel.Phase.PAUSED))
                        .then(Messages.text("network.resume"))
                        .otherwise(Messages.text("network.train")));
        trainButton.disableProperty().bind(viewModel.phaseProperty().isEqualTo(NetworkViewModel.Phase.TRAINING));
        pauseButton.disableProperty().bind(viewModel.phaseProperty().isNotEqualTo(NetworkViewModel.Phase.TRAINING));
        statusLabel.textProperty().bind(viewModel.statusProperty());
        logScale.selectedProperty().bindBidirectional(viewModel.logScaleProperty());
        viewModel.logScaleProperty().addListener(o -> redraw());
        viewModel.optimizers().revisionProperty().addListener(o -> redraw());
        lossChart.setId("loss-chart");
        accuracyChart.setId("accuracy-chart");
        accuracyChart.setFixedRange(0, 1);
        gradientChart.setId("gradient-chart");
        gradientChart.setMarkers(true);
        lossHost.getChildren().add(lossChart);
        accuracyHost.getChildren().add(accuracyChart);
        gradientHost.getChildren().add(gradientChart);
        Tooltip gradientHelp = new Tooltip(Messages.text("network.gradientNote"));
        gradientHelp.setWrapText(true);
        gradientHelp.setMaxWidth(ChartStyle.current().size(460));
        gradientNote.setTooltip(gradientHelp);
        drawerToggle.selectedProperty().bindBidirectional(drawer.openProperty());
        // On a window short for its scale the table folds away (the toolbar brings it back): pictures first.
        resultsTable.visibleProperty().bind(tableToggle.selectedProperty());
        resultsTable.managedProperty().bind(tableToggle.selectedProperty());
        AutoFold.byHeight(root, tableToggle.selectedProperty(), SHORT_WINDOW);
        // Sizes in the table follow the UI scale: a change of scale fits it again.
        ChartStyle.currentProperty().addListener(o -> fitTable());
        dataPlot.setId("data-plot");
        layers = LayerHistogramsController.load(viewModel.layerHistograms());
        layersHost.getChildren().add(layers.root());
        bindPanelView();
        buildTable();
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                frameLoop.start();
            } else {
                frameLoop.stop();
            }
        });
        redraw();
    }

    /**
     * Decision boundaries, the loss landscape or the network diagram, one always chosen; the choice lives in the
     * view-models (neither selected: the boundaries).
     */
    private void bindPanelView() {
        BooleanProperty selected = viewModel.lossLandscape().selectedProperty();
        BooleanProperty diagramSelected = viewModel.diagram().selectedProperty();
        BooleanProperty layersSelected = viewModel.layerHistograms().selectedProperty();
        Runnable follow = () -> (selected.get()
                        ? sliceToggle
                        : diagramSelected.get()
                                ? diagramToggle
                                : layersSelected.get() ? layersToggle : boundariesToggle)
                .setSelected(true);
        follow.run();
        panelView.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                selected.set(now == sliceToggle);
                diagramSelected.set(now == diagramToggle);
                layersSelected.set(now == layersToggle);
            }
        });
        selected.addListener(o -> follow.run());
        diagramSelected.addListener(o -> follow.run());
        layersSelected.addListener(o -> follow.run());
        panels.visibleProperty().bind(boundariesToggle.selectedProperty());
        slice.visibleProperty().bind(sliceToggle.selectedProperty());
        diagram.visibleProperty().bind(diagramToggle.selectedProperty());
        // Hidden, its equations panel's width must not widen the pictures' column.
        diagram.managedProperty().bind(diagramToggle.selectedProperty());
        layersHost.visibleProperty().bind(layersToggle.selectedProperty());
        layersHost.managedProperty().bind(layersToggle.selectedProperty());
        // The diagram and its equations, or the layers beside the gradient flow, want the whole width: the curves
        // step aside while they show.
        var wideView = diagramToggle.selectedProperty().or(layersToggle.selectedProperty());
        chartColumn.visibleProperty().bind(wideView.not());
        chartColumn.managedProperty().bind(wideView.not());
        Runnable widths = () -> {
            boolean wide = wideView.get();
            mainArea.getColumnConstraints().get(0).setPercentWidth(wide ? 100 : 60);
            mainArea.getColumnConstraints().get(1).setPercentWidth(wide ? 0 : 40);
        };
        wideView.addListener(o -> widths.run());
        layersToggle.selectedProperty().addListener(o -> placeGradientFlow());
        placeGradientFlow();
        // The stepper's equations need the height: the table folds when the diagram is chosen (its button brings it
        // back).
        diagramToggle.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                tableToggle.setSelected(false);
            }
        });
        if (diagramToggle.isSelected()) {
            tableToggle.setSelected(false);
        }
        widths.run();
        // The gradient flow is a panel among the decision boundaries: the slice takes all their room.
        panels.widthProperty().addListener(o -> relayoutPanels());
        panels.heightProperty().addListener(o -> relayoutPanels());
    }

    /**
     * The gradient flow is a panel among the decision boundaries, and beside the histograms while the layers view
     * shows: one chart, moved.
     */
    private void placeGradientFlow() {
        if (layersToggle.isSelected()) {
            panels.getChildren().remove(gradientColumn);
            layers.gradientSlot().getChildren().setAll(gradientColumn);
        } else if (layers.gradientSlot().getChildren().remove(gradientColumn)) {
            panelColumns = 0;
            relayoutPanels();
        }
    }

    /** Shows the layers' histograms (true) or the decision boundaries. */
    public void showLayers(boolean shown) {
        viewModel.layerHistograms().selectedProperty().set(shown);
    }

    /** Shows the network diagram (true) or the decision boundaries. */
    public void showDiagram(boolean shown) {
        viewModel.diagram().selectedProperty().set(shown);
    }

    /** Shows the loss landscape (true) or the decision boundaries. */
    public void showLossLandscape(boolean shown) {
        viewModel.lossLandscape().selectedProperty().set(shown);
    }

    private void bindData() {
        generatorPicker.getItems().setAll(NetworkViewModel.GENERATORS);
        generatorPicker.getItems().add(NetworkViewModel.DRAWN);
        // A scenario may name a generator with parameters ("spiral:arms=3"): list it (before the drawn entry, which
        // stays last) before the picker shows it, which it cannot for an item not listed.
        Runnable listed = () -> {
            String spec = viewModel.dataChoiceProperty().get();
            if (spec != null && !generatorPicker.getItems().contains(spec)) {
                generatorPicker.getItems().add(generatorPicker.getItems().size() - 1, spec);
            }
        };
        viewModel.dataChoiceProperty().addListener(o -> listed.run());
        listed.run();
        generatorPicker.setConverter(
                DisplayNames.of(name -> NetworkViewModel.DRAWN.equals(name) ? Messages.text("network.drawn") : name));
        generatorPicker.valueProperty().bindBidirectional(viewModel.dataChoiceProperty());
        // After a CSV file the picker names the file; samples and noise belong to a generator only.
        generatorPicker.setButtonCell(new ListCell<>() {
            {
                textProperty().bind(viewModel.dataSettings().sourceNameProperty());
            }
        });
        for (Node n : List.of(samplesLabel, samplesHost, noiseLabel, noiseHost)) {
            n.visibleProperty().bind(viewModel.dataSettings().generatorFieldsProperty());
            n.managedProperty().bind(viewModel.dataSettings().generatorFieldsProperty());
        }
        samplesHost
                .getChildren()
                .add(field(
                        "samples-field",
                        viewModel.samplesProperty(),
                        v -> whole(v) && v >= Data.MIN_SAMPLES && v <= Data.MAX_SAMPLES
                                ? null
                                : Messages.text("network.samples.invalid")));
        noiseHost
                .getChildren()
                .add(field(
                        "noise-field",
                        viewModel.noiseProperty(),
                        v -> v >= 0 && v <= Data.MAX_NOISE ? null : Messages.text("network.noise.invalid")));
        seedHost.getChildren()
                .add(field(
                        "seed-field",
                        viewModel.seedProperty(),
                        v -> whole(v) && v >= 0 ? null : Messages.text("network.seed.invalid")));
        dataError.textProperty().bind(viewModel.dataErrorProperty());
        dataError.managedProperty().bind(viewModel.dataErrorProperty().isNotEmpty());
        dataWarning.textProperty().bind(viewModel.dataWarningProperty());
        dataWarning.managedProperty().bind(viewModel.dataWarningProperty().isNotEmpty());
        viewModel.dataProperty().addListener((obs, old, now) -> dataInfo.setText(describe(now)));
        dataInfo.setText(describe(viewModel.dataProperty().get()));
        bindDrawing();
    }

    /** The drawing's box, shown for the "Drawn" source, and the data plot in drawing mode then. */
    private void bindDrawing() {
        DrawingViewModel drawing = viewModel.drawing();
        drawingBox.visibleProperty().bind(viewModel.drawingOnProperty());
        drawingBox.managedProperty().bind(viewModel.drawingOnProperty());
        classesPicker
                .getItems()
                .setAll(IntStream.rangeClosed(DrawnPoints.MIN_CLASSES, DrawnPoints.MAX_CLASSES)
                        .boxed()
                        .toList());
        classesPicker.setId("classes-picker");
        classPicker.setId("class-picker");
        classPicker.setCellFactory(list -> new ClassCell(drawing));
        classPicker.setButtonCell(new ClassCell(drawing));
        Runnable classes = () -> {
            int count = drawing.classesProperty().get();
            classPicker.getItems().setAll(IntStream.range(0, count).boxed().toList());
            classPicker.setValue(drawing.chosenClassProperty().get());
            classesPicker.setValue(count);
        };
        drawing.classesProperty().addListener(o -> classes.run());
        drawing.chosenClassProperty()
                .addListener(
                        o -> classPicker.setValue(drawing.chosenClassProperty().get()));
        classes.run();
        classPicker.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                drawing.chosenClassProperty().set(now);
            }
        });
        classesPicker.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                drawing.classesProperty().set(now);
            }
        });
        undoDrawingButton.disableProperty().bind(drawing.canUndoProperty().not());
        drawingSummary.textProperty().bind(drawing.summaryProperty());
        DataPlot.Drawing pen = new DataPlot.Drawing() {
            @Override
            public void pressed(double x, double y, boolean erase, double reach) {
                drawing.press(x, y, erase, reach);
            }

            @Override
            public void dragged(double x, double y) {
                drawing.drag(x, y);
            }

            @Override
            public void released() {
                drawing.release();
            }
        };
        Runnable mode = () -> {
            dataPlot.setDrawing(viewModel.drawingOnProperty().get() ? pen : null);
            drawDataPlot();
        };
        viewModel.drawingOnProperty().addListener(o -> mode.run());
        // At once, not at the slow parts' next turn: the point appears under the pointer.
        drawing.pointsProperty().addListener(o -> drawDataPlot());
        mode.run();
    }

    /** A class in the class picker: its colour, as the plots draw it, and its number. */
    private static final class ClassCell extends ListCell<Integer> {
        private final DrawingViewModel drawing;

        ClassCell(DrawingViewModel drawing) {
            this.drawing = drawing;
        }

        @Override
        protected void updateItem(Integer k, boolean empty) {
            super.updateItem(k, empty);
            if (empty || k == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(Messages.text("network.drawn.classItem", k));
                Rectangle swatch = new Rectangle(
                        12, 12, DataPlot.classColor(k, drawing.classesProperty().get()));
                swatch.setStroke(Color.web("#111827"));
                setGraphic(swatch);
            }
        }
    }

    private static String describe(PreparedData prepared) {
        if (prepared == null) {
            return "";
        }
        TrainingData d = prepared.data();
        var train = d.train();
        if (prepared.source().drawn() != null) {
            return Messages.text(
                    "network.dataInfo.drawn",
                    prepared.source().drawn().size(),
                    train.classCount(),
                    train.sampleCount(),
                    d.test().sampleCount());
        }
        String target = train.isClassification()
                ? Messages.text("network.dataInfo.classes", train.classCount())
                : Messages.text("network.dataInfo.realValued");
        return Messages.text(
                "network.dataInfo",
                train.name(),
                train.sampleCount() + d.test().sampleCount(),
                train.featureCount(),
                target,
                train.sampleCount(),
                d.test().sampleCount());
    }

    private void bindNetwork() {
        hiddenField.textProperty().bindBidirectional(viewModel.hiddenTextProperty());
        Tooltip hiddenTip = new Tooltip(Messages.text("network.hidden.tooltip"));
        hiddenField.setTooltip(hiddenTip);
        viewModel.hiddenErrorProperty().addListener((obs, old, error) -> {
            hiddenField.getStyleClass().remove(NumberField.INVALID_STYLE_CLASS);
            if (!error.isEmpty()) {
                hiddenField.getStyleClass().add(NumberField.INVALID_STYLE_CLASS);
            }
            hiddenTip.setText(error.isEmpty() ? Messages.text("network.hidden.tooltip") : error);
        });
        activationPicker.getItems().setAll(Activation.values());
        activationPicker.setConverter(DisplayNames.of(Activation::label));
        activationPicker.valueProperty().bindBidirectional(viewModel.activationProperty());
        lossPicker.getItems().setAll(NetworkViewModel.LOSSES);
        lossPicker.setConverter(DisplayNames.of(name -> Messages.text("network.loss." + name)));
        lossPicker.valueProperty().bindBidirectional(viewModel.lossProperty());
        batchModePicker.getItems().setAll(BatchMode.values());
        batchModePicker.setConverter(DisplayNames.of(NetworkViewModel::label));
        batchModePicker.valueProperty().bindBidirectional(viewModel.batchModeProperty());
        NumberField batchSize = field(
                "batch-size-field",
                viewModel.batchSizeProperty(),
                v -> whole(v) && v >= 1 ? null : Messages.text("network.batchSize.invalid"));
        batchSize.setPrefColumnCount(4);
        // Never squeezed to nothing by the picker beside it, at any scale.
        batchSize.setMinWidth(Region.USE_PREF_SIZE);
        batchSize.visibleProperty().bind(viewModel.batchModeProperty().isEqualTo(BatchMode.MINI_BATCH));
        batchHost.getChildren().add(batchSize);
        epochsHost
                .getChildren()
                .add(field(
                        "epochs-field",
                        viewModel.epochsProperty(),
                        v -> whole(v) && v >= 1 && v <= NetworkSettings.MAX_EPOCHS
                                ? null
                                : Messages.text("network.epochs.invalid")));
        l2Host.getChildren()
                .add(field(
                        "l2-field",
                        viewModel.l2Property(),
                        v -> v >= 0 && Double.isFinite(v) ? null : Messages.text("network.l2.invalid")));
        bindLabSettings();
    }

    /** Initialisation, dropout, early stopping and the test file: the settings of #20's network lab. */
    private void bindLabSettings() {
        initPicker.setItems(viewModel.initializations());
        initPicker.setConverter(DisplayNames.of(Initialization::spec));
        initPicker.valueProperty().bindBidirectional(viewModel.initializationProperty());
        dropoutField.textProperty().bindBidirectional(viewModel.dropoutTextProperty());
        earlyStoppingField.textProperty().bindBidirectional(viewModel.earlyStoppingTextProperty());
        likeSklearnBox.selectedProperty().bindBidirectional(viewModel.likeSklearnProperty());
        // The rows "Like scikit-learn" sets show its values and wait until it is off.
        for (Node governed : List.of(batchHost, l2Host, initPicker, earlyStoppingField)) {
            governed.disableProperty().bind(viewModel.likeSklearnProperty());
        }
        regularisationError.textProperty().bind(viewModel.labSettingsErrorProperty());
        regularisationError
                .managedProperty()
                .bind(viewModel.labSettingsErrorProperty().isNotEmpty());
        regularisationError.visibleProperty().bind(regularisationError.managedProperty());
        testRow.visibleProperty().bind(viewModel.csvProperty().isNotNull());
        testRow.managedProperty().bind(testRow.visibleProperty());
        testLabel.textProperty().bind(viewModel.testTextProperty());
        testSplitButton.visibleProperty().bind(viewModel.testCsvProperty().isNotNull());
        testSplitButton.managedProperty().bind(testSplitButton.visibleProperty());
    }

    private static NumberField field(String id, DoubleProperty value, NumberField.Validator validator) {
        NumberField field = new NumberField(value, validator);
        field.setId(id);
        return field;
    }

    private static boolean whole(double v) {
        return v == Math.rint(v);
    }

    private void buildTable() {
        TableColumn<ResultRow, String> name = column("network.table.optimizer", ResultRow::optimizer);
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                ResultRow row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : item);
                setGraphic(row == null ? null : new Rectangle(12, 12, row.color()));
            }
        });
        TableColumn<ResultRow, String> status = column("network.table.status", ResultRow::status);
        resultsTable
                .getColumns()
                .setAll(List.of(
                        name,
                        status,
                        column("network.table.trainLoss", ResultRow::trainLoss),
                        column("network.table.testLoss", ResultRow::testLoss),
                        column("network.table.trainAccuracy", ResultRow::trainAccuracy),
                        column("network.table.testAccuracy", ResultRow::testAccuracy),
                        column("network.table.reached", ResultRow::reached),
                        column("network.table.time", ResultRow::seconds)));
        // Columns as wide as their text (see TableFit): a scroll bar on a narrow window, never "Test acc. ≥ 9…".
        resultsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        resultsTable.setPlaceholder(new Label(Messages.text("network.table.placeholder")));
    }

    private static final List<Function<ResultRow, String>> CELLS = List.of(
            ResultRow::optimizer,
            ResultRow::status,
            ResultRow::trainLoss,
            ResultRow::testLoss,
            ResultRow::trainAccuracy,
            ResultRow::testAccuracy,
            ResultRow::reached,
            ResultRow::seconds);

    private void fitTable() {
        TableFit.fit(resultsTable, CELLS);
        double height = TableFit.height(
                resultsTable, Math.max(2, resultsTable.getItems().size()));
        resultsTable.setPrefHeight(height);
        resultsTable.setMinHeight(height);
    }

    private static TableColumn<ResultRow, String> column(String titleKey, Function<ResultRow, String> value) {
        TableColumn<ResultRow, String> column = new TableColumn<>(Messages.text(titleKey));
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }

    @FXML
    private void chooseTestFile() {
        File file = openCsv("network.testFile.title");
        if (file != null) {
            viewModel.useTestCsv(file.toPath());
        }
    }

    /** A CSV file to read, chosen in the last folder used; null when the dialog is cancelled. */
    private File openCsv(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text(titleKey));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(Messages.text("network.loadCsv.filter"), "*.csv"));
        return lastFolder.remember(
                lastFolder.startIn(chooser).showOpenDialog(root.getScene().getWindow()));
    }

    @FXML
    private void splitTest() {
        viewModel.useTestCsv(null);
    }

    @FXML
    private void loadCsv() {
        File file = openCsv("network.loadCsv.title");
        if (file != null) {
            viewModel.loadCsv(file.toPath());
        }
    }

    @FXML
    private void undoDrawing() {
        viewModel.drawing().undo();
    }

    @FXML
    private void clearDrawing() {
        viewModel.drawing().clear();
    }

    @FXML
    private void drawFromGenerator() {
        viewModel.drawFromGenerator();
    }

    @FXML
    private void exportDrawing() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("network.drawn.export.title"));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(Messages.text("network.loadCsv.filter"), "*.csv"));
        chooser.setInitialFileName("drawn.csv");
        File file = lastFolder.remember(
                lastFolder.startIn(chooser).showSaveDialog(root.getScene().getWindow()));
        if (file != null) {
            viewModel.exportDrawing(file.toPath());
        }
    }

    @FXML
    private void addLayer() {
        viewModel.addLayer();
    }

    @FXML
    private void removeLayer() {
        viewModel.removeLayer();
    }

    @FXML
    private void train() {
        viewModel.train();
    }

    @FXML
    private void pause() {
        viewModel.pause();
    }

    @FXML
    private void step() {
        viewModel.step();
    }

    @FXML
    private void reset() {
        viewModel.reset();
    }

    @FXML
    private void vanishingGradients() {
        viewModel.toggleVanishingGradients();
    }

    // ----- drawing, once per frame

    private void onFrame(double elapsedSeconds) {
        sinceSlowParts += elapsedSeconds;
        boolean onScreen = onScreen();
        viewModel.shownProperty().set(onScreen);
        boolean changed = viewModel.onFrame(elapsedSeconds);
        if (!onScreen) {
            // A hidden tab draws nothing (its charts would cost the FX thread 30 times a second); it catches up
            // in full when it shows again.
            missedFrames |= changed;
            return;
        }
        // A change the slow parts have not drawn yet (e.g. the untrained boundaries arriving between two of their
        // turns) is drawn at their next turn, even when no later frame changes anything.
        slowPending |= changed;
        if (changed || missedFrames || slowPending && sinceSlowParts >= SLOW_PARTS_SECONDS) {
            boolean catchUp = missedFrames;
            missedFrames = false;
            // Scatter plots of a thousand points and the table cost far more to paint than the charts: they follow
            // a few times a second, and at once when a copy is added, ends or is cleared.
            List<String> states = viewModel.resultsProperty().get().stream()
                    .map(r -> r.name() + (r.state().isFinal() ? r.state() : ""))
                    .toList();
            boolean slowParts = catchUp || sinceSlowParts >= SLOW_PARTS_SECONDS || !states.equals(drawnStates);
            draw(slowParts);
            if (slowParts) {
                sinceSlowParts = 0;
                drawnStates = states;
                slowPending = false;
            }
        }
    }

    /** Whether this tab is showing: its root and every parent visible (an unselected tab hides its content). */
    private boolean onScreen() {
        if (root.getScene() == null) {
            return false;
        }
        for (Node node = root; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Draws the view-model's current results now (tests and snapshots call this after a frame). */
    public void redraw() {
        draw(true);
    }

    private void draw(boolean slowParts) {
        List<RunResult> results = viewModel.resultsProperty().get();
        int planned = (int) viewModel.epochsProperty().get();
        boolean log = viewModel.logScaleProperty().get();
        String epochAxis = Messages.text("network.chart.epoch");
        lossChart.show(
                Messages.text(log ? "network.chart.lossLog" : "network.chart.loss"),
                epochAxis,
                curves(results, Metric.TRAIN_LOSS, Metric.TEST_LOSS),
                overfittingMarks(results, Metric.TEST_LOSS, true),
                1,
                planned,
                log);
        accuracyChart.show(
                Messages.text("network.chart.accuracy"),
                epochAxis,
                curves(results, Metric.TRAIN_ACCURACY, Metric.TEST_ACCURACY),
                overfittingMarks(results, Metric.TEST_ACCURACY, false),
                1,
                planned,
                false);
        drawGradientFlow(results);
        if (!slowParts) {
            return;
        }
        drawPanels(results);
        // Before training, a row per ticked optimizer, so the table keeps its shape when training starts.
        List<ResultRow> rows = results.isEmpty()
                ? viewModel.optimizers().racing().stream()
                        .map(ResultRow::waiting)
                        .toList()
                : results.stream().map(ResultRow::of).toList();
        if (!rows.equals(resultsTable.getItems())) {
            resultsTable.getItems().setAll(rows);
            fitTable();
        }
    }

    private static List<SeriesChart.Series> curves(List<RunResult> results, Metric train, Metric test) {
        List<SeriesChart.Series> lines = new ArrayList<>();
        for (RunResult r : results) {
            lines.add(new SeriesChart.Series(
                    Messages.text("network.series.train", r.displayName()),
                    r.color(),
                    false,
                    r.history().series(train)));
            lines.add(new SeriesChart.Series(
                    Messages.text("network.series.test", r.displayName()),
                    r.color(),
                    true,
                    r.history().series(test)));
        }
        return lines;
    }

    /**
     * On each run's dashed test line of {@code metric}, the epoch its test loss was least once it turned up: a
     * dashed line in its colour through both charts, a dot and, on the loss chart, its name.
     */
    private static List<SeriesChart.Mark> overfittingMarks(List<RunResult> results, Metric metric, boolean named) {
        List<SeriesChart.Mark> marks = new ArrayList<>();
        for (RunResult r : results) {
            int epoch = r.overfittingEpoch();
            if (epoch > 0) {
                marks.add(new SeriesChart.Mark(
                        epoch - 1,
                        r.history().value(metric, epoch - 1),
                        r.color(),
                        named ? Messages.text("network.chart.best", epoch) : "",
                        true,
                        true));
            }
        }
        return marks;
    }

    private void drawGradientFlow(List<RunResult> results) {
        List<SeriesChart.Series> lines = new ArrayList<>();
        // Before training, the layers the settings describe: the hidden ones and the output.
        int layers = viewModel.hiddenSizesProperty().get().size() + 1;
        int epoch = 0;
        for (RunResult r : results) {
            HistorySnapshot h = r.history();
            layers = h.layerCount();
            if (h.epochs() == 0) {
                continue;
            }
            epoch = Math.max(epoch, h.epochs());
            double[] norms = new double[layers];
            for (int l = 0; l < layers; l++) {
                norms[l] = h.gradientNorm(h.epochs() - 1, l);
            }
            lines.add(new SeriesChart.Series(r.displayName(), r.color(), false, norms));
        }
        gradientChart.show(
                epoch > 0
                        ? Messages.text("network.chart.gradientEpoch", epoch)
                        : Messages.text("network.chart.gradient"),
                layerAxis(layers),
                lines,
                1,
                Math.max(2, layers),
                true);
    }

    /** "layer (1 = first hidden, 3 = output)"; a network without hidden layers has only its output. */
    static String layerAxis(int layers) {
        return layers <= 1
                ? Messages.text("network.chart.layerOutputOnly")
                : Messages.text("network.chart.layer", layers);
    }

    private void drawPanels(List<RunResult> results) {
        // Before training, a panel per ticked optimizer, so that starting adds no panels to paint.
        List<String> names = results.isEmpty()
                ? viewModel.optimizers().racing().stream()
                        .map(OptimizerSettings::name)
                        .toList()
                : results.stream().map(RunResult::name).toList();
        if (!names.equals(panelNames)) {
            layoutPanels(names);
        }
        PreparedData prepared = viewModel.dataProperty().get();
        TrainingData data = prepared == null ? null : prepared.data();
        var window = prepared == null ? null : prepared.window();
        drawDataPlot();
        List<LandscapeImage> pictures = viewModel.boundariesProperty().get();
        for (int i = results.size(); i < names.size(); i++) {
            boundaryPlots
                    .get(i)
                    .draw(
                            Messages.text(
                                    "network.plot.untrained",
                                    viewModel.optimizers().get(names.get(i)).displayName()),
                            viewModel.optimizers().get(names.get(i)).color().darker(),
                            data,
                            window,
                            i < pictures.size() ? pictures.get(i) : null);
        }
        for (int i = 0; i < results.size(); i++) {
            RunResult r = results.get(i);
            double accuracy = r.history().last(Metric.TEST_ACCURACY);
            String heading = r.displayName()
                    + (Double.isNaN(accuracy)
                            ? ""
                            : "  " + Messages.text("network.plot.testAccuracy", String.format("%.1f", 100 * accuracy)))
                    + (r.state().isFinal() && r.state() != TrainingState.FINISHED ? "  " + r.message() : "");
            boundaryPlots
                    .get(i)
                    .draw(heading, r.color().darker(), data, window, i < pictures.size() ? pictures.get(i) : null);
        }
    }

    /** The data panel: the data trained on, or the drawing while the data is drawn. */
    private void drawDataPlot() {
        if (viewModel.drawingOnProperty().get()) {
            dataPlot.draw(
                    Messages.text("network.drawn.title"),
                    DataPlot.TEXT,
                    viewModel.drawing().picture(),
                    DrawingViewModel.PLANE,
                    null);
            return;
        }
        PreparedData prepared = viewModel.dataProperty().get();
        dataPlot.draw(
                Messages.text("network.plot.data"),
                DataPlot.TEXT,
                prepared == null ? null : prepared.data(),
                prepared == null ? null : prepared.window(),
                null);
    }

    private void layoutPanels(List<String> names) {
        panelNames = names;
        fitTable();
        boundaryPlots.clear();
        for (String name : names) {
            DataPlot plot = new DataPlot(true);
            plot.setId("boundary-" + name);
            boundaryPlots.add(plot);
        }
        panelColumns = 0;
        relayoutPanels();
    }

    /** The data, a boundary per optimizer and the gradient flow, in the grid whose cells are the most square. */
    private void relayoutPanels() {
        if (panelNames == null) {
            return;
        }
        List<Node> cells = new ArrayList<>();
        cells.add(dataPlot);
        cells.addAll(boundaryPlots);
        cells.add(layersToggle.isSelected() ? new Region() : gradientColumn);
        int columns = PanelGrid.columns(cells.size(), panels.getWidth(), panels.getHeight());
        if (columns == panelColumns) {
            return;
        }
        panelColumns = columns;
        GridCells.fill(panels, cells, columns);
    }
}
