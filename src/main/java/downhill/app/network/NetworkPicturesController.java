package downhill.app.network;

import downhill.app.control.ChartStyle;
import downhill.app.control.DataPlot;
import downhill.app.control.GridCells;
import downhill.app.control.SeriesChart;
import downhill.app.i18n.Messages;
import downhill.app.network.PictureChoice.Picture;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.train.TrainingData;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Binds the network tab's pictures (NetworkPictures.fxml) and draws them when the tab asks: the data and a decision
 * boundary per copy in a grid with the gradient flow, or the loss landscape, the diagram or the layers instead, and
 * the loss and accuracy curves beside them.
 */
public final class NetworkPicturesController {

    private final NetworkViewModel viewModel;
    private final SeriesChart lossChart = new SeriesChart();
    private final SeriesChart accuracyChart = new SeriesChart();
    private final SeriesChart gradientChart = new SeriesChart();
    private final DataPlot dataPlot = new DataPlot(false);
    private final List<DataPlot> boundaryPlots = new ArrayList<>();
    private List<String> panelNames;
    private int panelColumns;
    private LayerHistogramsController layers;
    private BooleanBinding layersShown;

    @FXML
    private GridPane mainArea;

    @FXML
    private GridPane panels;

    @FXML
    private BorderPane slice;

    @FXML
    private BorderPane diagram;

    @FXML
    private StackPane layersHost;

    @FXML
    private VBox chartColumn;

    @FXML
    private StackPane lossHost;

    @FXML
    private StackPane accuracyHost;

    @FXML
    private VBox gradientColumn;

    @FXML
    private StackPane gradientHost;

    @FXML
    private Label gradientNote;

    public NetworkPicturesController(NetworkViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
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
        dataPlot.setId("data-plot");
        layers = LayerHistogramsController.load(viewModel.layerHistograms());
        layersHost.getChildren().add(layers.root());
        bindChoice();
        bindDrawing();
    }

    /** Shows the pictures the view-model's choice names; the diagram and the layers take the curves' room too. */
    private void bindChoice() {
        PictureChoice choice = viewModel.pictureChoice();
        layersShown = choice.shows(Picture.LAYERS);
        panels.visibleProperty().bind(choice.shows(Picture.BOUNDARIES));
        slice.visibleProperty().bind(choice.shows(Picture.SLICE));
        diagram.visibleProperty().bind(choice.shows(Picture.DIAGRAM));
        // Hidden, its equations panel's width must not widen the pictures' column.
        diagram.managedProperty().bind(choice.shows(Picture.DIAGRAM));
        layersHost.visibleProperty().bind(layersShown);
        layersHost.managedProperty().bind(layersShown);
        BooleanBinding wide = choice.wideProperty();
        chartColumn.visibleProperty().bind(wide.not());
        chartColumn.managedProperty().bind(wide.not());
        Runnable widths = () -> {
            mainArea.getColumnConstraints().get(0).setPercentWidth(wide.get() ? 100 : 60);
            mainArea.getColumnConstraints().get(1).setPercentWidth(wide.get() ? 0 : 40);
        };
        wide.addListener(o -> widths.run());
        layersShown.addListener(o -> placeGradientFlow());
        placeGradientFlow();
        widths.run();
        // The gradient flow is a panel among the decision boundaries: the slice takes all their room.
        panels.widthProperty().addListener(o -> relayoutPanels());
        panels.heightProperty().addListener(o -> relayoutPanels());
    }

    /** While the data is drawn, the data panel takes the pen; each point appears under the pointer at once. */
    private void bindDrawing() {
        DrawingViewModel drawing = viewModel.data().drawing();
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
            dataPlot.setDrawing(viewModel.data().drawingOnProperty().get() ? pen : null);
            drawDataPlot();
        };
        viewModel.data().drawingOnProperty().addListener(o -> mode.run());
        // At once, not at the slow parts' next turn: the point appears under the pointer.
        drawing.pointsProperty().addListener(o -> drawDataPlot());
        mode.run();
    }

    /**
     * The gradient flow is a panel among the decision boundaries, and beside the histograms while the layers view
     * shows: one chart, moved.
     */
    private void placeGradientFlow() {
        if (layersShown.get()) {
            panels.getChildren().remove(gradientColumn);
            layers.gradientSlot().getChildren().setAll(gradientColumn);
        } else if (layers.gradientSlot().getChildren().remove(gradientColumn)) {
            panelColumns = 0;
            relayoutPanels();
        }
    }

    /** Draws the charts, and with {@code slowParts} the scatter plots too. */
    void draw(List<RunProgress> results, boolean slowParts) {
        int planned = (int) viewModel.trainingSettings().epochsProperty().get();
        show(
                lossChart,
                NetworkCharts.loss(
                        results, planned, viewModel.logScaleProperty().get()));
        show(accuracyChart, NetworkCharts.accuracy(results, planned));
        show(
                gradientChart,
                NetworkCharts.gradientFlow(
                        results, viewModel.shape().hiddenSizesProperty().get().size()));
        if (slowParts) {
            drawPanels(results);
        }
    }

    private static void show(SeriesChart chart, NetworkCharts.Chart c) {
        chart.show(c.title(), c.xAxis(), c.lines(), c.marks(), c.firstX(), c.lastX(), c.logScale());
    }

    private void drawPanels(List<RunProgress> results) {
        // Before training, a panel per ticked optimizer, so that starting adds no panels to paint.
        List<String> names =
                NetworkCharts.panelNames(results, viewModel.optimizers().racing());
        if (!names.equals(panelNames)) {
            layoutPanels(names);
        }
        PreparedData prepared = viewModel.data().dataProperty().get();
        TrainingData data = prepared == null ? null : prepared.data();
        var window = prepared == null ? null : prepared.window();
        drawDataPlot();
        List<LandscapeImage> pictures =
                viewModel.boundaries().picturesProperty().get();
        for (int i = results.size(); i < names.size(); i++) {
            OptimizerSettings settings = viewModel.optimizers().get(names.get(i));
            boundaryPlots
                    .get(i)
                    .draw(
                            NetworkCharts.untrainedHeading(settings),
                            settings.color().darker(),
                            data,
                            window,
                            i < pictures.size() ? pictures.get(i) : null);
        }
        for (int i = 0; i < results.size(); i++) {
            RunProgress r = results.get(i);
            boundaryPlots
                    .get(i)
                    .draw(
                            NetworkCharts.heading(r),
                            r.color().darker(),
                            data,
                            window,
                            i < pictures.size() ? pictures.get(i) : null);
        }
    }

    /** The data panel: the data trained on, or the drawing while the data is drawn. */
    private void drawDataPlot() {
        if (viewModel.data().drawingOnProperty().get()) {
            dataPlot.draw(
                    Messages.text("network.drawn.title"),
                    DataPlot.TEXT,
                    viewModel.data().drawing().picture(),
                    DrawingViewModel.PLANE,
                    null);
            return;
        }
        PreparedData prepared = viewModel.data().dataProperty().get();
        dataPlot.draw(
                Messages.text("network.plot.data"),
                DataPlot.TEXT,
                prepared == null ? null : prepared.data(),
                prepared == null ? null : prepared.window(),
                null);
    }

    private void layoutPanels(List<String> names) {
        panelNames = names;
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
        cells.add(layersShown.get() ? new Region() : gradientColumn);
        int columns = GridCells.columns(cells.size(), panels.getWidth(), panels.getHeight());
        if (columns == panelColumns) {
            return;
        }
        panelColumns = columns;
        GridCells.fill(panels, cells, columns);
    }
}
