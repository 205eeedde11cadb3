package downhill.app.landscape;

import downhill.app.control.SeriesChart;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Binds the pane beside the landscape (LossPane.fxml): the loss chart and its log scale, the logit plot that
 * logistic regression adds under it, and the hover read-out. {@link #draw} draws the chart for a step.
 */
public final class LossPaneController {

    private final LandscapeViewModel viewModel;
    private final LossChart lossChart = new LossChart();
    private final SeriesChart logitChart = new SeriesChart();

    @FXML
    private StackPane lossHost;

    @FXML
    private StackPane logitHost;

    @FXML
    private CheckBox lossLog;

    @FXML
    private Label readout;

    public LossPaneController(LandscapeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        lossLog.selectedProperty().bindBidirectional(viewModel.lossLogScaleProperty());
        readout.textProperty().bind(viewModel.readoutProperty());
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
    }

    /** The chart, the read-out and the scale's box show only with the controls (not on a projector's full picture). */
    public void showControls(boolean shown) {
        for (var node : List.of(lossHost, readout, lossLog)) {
            node.setVisible(shown);
            node.setManaged(shown);
        }
    }

    /** Draws the race's losses up to {@code step}. */
    public void draw(RaceSnapshot race, int step) {
        lossChart.draw(
                race,
                step,
                viewModel.stepLimitProperty().get(),
                viewModel.lossLogScaleProperty().get());
    }
}
