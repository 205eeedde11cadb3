package downhill.app.optimizers;

import downhill.app.FrameLoop;
import downhill.app.control.NumberField;
import downhill.app.control.SeriesChart;
import downhill.app.i18n.Messages;
import downhill.engine.Numbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

/** Binds the range test dialog to its {@link RangeTestViewModel}: fields, chart, a line per optimizer, status. */
public final class RangeTestController {

    private final RangeTestViewModel viewModel;
    private final SeriesChart chart = new SeriesChart();

    @FXML
    private VBox root;

    @FXML
    private StackPane startHost;

    @FXML
    private StackPane endHost;

    @FXML
    private StackPane stepsHost;

    @FXML
    private Button runButton;

    @FXML
    private Label fieldError;

    @FXML
    private StackPane chartHost;

    @FXML
    private VBox results;

    @FXML
    private Label status;

    public RangeTestController(RangeTestViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /**
     * Opens the dialog over {@code owner}'s window, with its stylesheets (theme, UI scale), at most nearly the
     * window's size; closing it closes the view-model (which cancels a running test).
     */
    public static Stage show(RangeTestViewModel viewModel, Scene owner) {
        FXMLLoader loader = new FXMLLoader(RangeTestController.class.getResource("RangeTest.fxml"), Messages.bundle());
        RangeTestController controller = new RangeTestController(viewModel);
        loader.setControllerFactory(type -> controller);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the range test dialog could not be loaded", e);
        }
        Stage stage = new Stage();
        stage.setTitle(Messages.text("rangeTest.title"));
        Scene scene = new Scene(root);
        if (owner != null) {
            Bindings.bindContent(scene.getStylesheets(), owner.getStylesheets());
            if (owner.getWindow() != null) {
                stage.initOwner(owner.getWindow());
            }
        }
        stage.setScene(scene);
        // Sized in ems of the dialog's own text, so it grows with the UI scale, but never past the window.
        scene.getRoot().applyCss();
        double em = controller.status.getFont().getSize();
        double maxWidth = owner == null || owner.getWindow() == null
                ? 60 * em
                : owner.getWindow().getWidth() * 0.94;
        double maxHeight = owner == null || owner.getWindow() == null
                ? 40 * em
                : owner.getWindow().getHeight() * 0.94;
        stage.setWidth(Math.min(60 * em, maxWidth));
        stage.setHeight(Math.min(40 * em, maxHeight));
        FrameLoop.whileShown(scene.getRoot(), elapsed -> controller.onFrame());
        ChangeListener<Boolean> closer = (obs, was, open) -> {
            if (!open) {
                stage.hide();
            }
        };
        viewModel.openProperty().addListener(closer);
        stage.setOnHidden(e -> {
            viewModel.openProperty().removeListener(closer);
            viewModel.close();
        });
        stage.show();
        return stage;
    }

    @FXML
    private void initialize() {
        field(startHost, "range-start", viewModel.startProperty(), viewModel.startValidator());
        field(endHost, "range-end", viewModel.endProperty(), viewModel.endValidator());
        field(stepsHost, "range-steps", viewModel.stepsProperty(), viewModel.stepsValidator());
        runButton.setId("range-run");
        runButton.disableProperty().bind(viewModel.fieldErrorProperty().isNotEmpty());
        fieldError.textProperty().bind(viewModel.fieldErrorProperty());
        fieldError.visibleProperty().bind(viewModel.fieldErrorProperty().isNotEmpty());
        fieldError.managedProperty().bind(fieldError.visibleProperty());
        chart.setId("range-chart");
        // The chart keeps room for its curves; the lines under it scroll instead when the window is small.
        chart.setMinHeight(0);
        chartHost
                .minHeightProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> Math.max(9 * status.getFont().getSize(), 0.45 * root.getHeight()),
                        status.fontProperty(),
                        root.heightProperty()));
        chartHost.getChildren().add(chart);
        status.setId("range-status");
        status.textProperty().bind(viewModel.statusProperty());
        results.setId("range-results");
        viewModel.curves().addListener((ListChangeListener<RangeTestViewModel.Curve>) change -> showCurves());
        showCurves();
    }

    private void field(StackPane host, String id, DoubleProperty value, NumberField.Validator validator) {
        NumberField field = new NumberField(value, validator);
        field.setId(id);
        field.setPrefColumnCount(6);
        field.textProperty()
                .addListener((obs, old, text) ->
                        viewModel.fieldProblem(id, field.validProperty().get() ? "" : field.problemText()));
        host.getChildren().add(field);
    }

    private void onFrame() {
        boolean changed = viewModel.onFrame();
        // The "now" marks follow the editors' η while the dialog is open.
        if (changed || !viewModel.chart().marks().equals(chart.marks())) {
            redraw();
        }
    }

    private void redraw() {
        chart.setXScale(viewModel.chart().firstLog(), viewModel.chart().logPerStep());
        double[] range = viewModel.chart().lossRange();
        chart.setFixedRange(range[0], range[1]);
        chart.show(
                Messages.text("rangeTest.chartTitle"),
                Messages.text("rangeTest.axis"),
                viewModel.chart().series(),
                0,
                viewModel.chart().lastStep(),
                viewModel.chart().logScale());
        chart.setMarks(viewModel.chart().marks());
    }

    private void showCurves() {
        results.getChildren().clear();
        for (RangeTestViewModel.Curve curve : viewModel.curves()) {
            String name = curve.settings().name();
            Rectangle swatch = new Rectangle(12, 12, curve.settings().color());
            Label text = new Label(viewModel.chart().summary(curve));
            text.setWrapText(true);
            text.setGraphic(swatch);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setMinHeight(Label.USE_PREF_SIZE);
            Button use =
                    button("range-use-" + name, curve, curve.suggested(), "rangeTest.use", "rangeTest.use.tooltip");
            Button tenth = button(
                    "range-use-tenth-" + name,
                    curve,
                    curve.tenthOfLeast(),
                    "rangeTest.useTenth",
                    "rangeTest.useTenth.tooltip");
            Label useLabel = new Label(Messages.text("rangeTest.useLabel"));
            useLabel.setMinWidth(Label.USE_PREF_SIZE);
            FlowPane buttons = new FlowPane(6, 4, useLabel, use, tenth);
            buttons.setAlignment(Pos.CENTER_LEFT);
            buttons.setPadding(new Insets(0, 0, 0, 20));
            VBox line = new VBox(2, text, buttons);
            results.getChildren().add(line);
        }
        redraw();
    }

    private Button button(String id, RangeTestViewModel.Curve curve, double rate, String key, String tooltipKey) {
        Button button = new Button(Messages.text(key, Numbers.compact(rate)));
        button.setId(id);
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setDisable(!(rate > 0));
        button.setTooltip(
                new Tooltip(Messages.text(tooltipKey, curve.settings().displayName(), Numbers.compact(rate))));
        button.setOnAction(e -> {
            viewModel.use(curve, rate);
            redraw();
        });
        return button;
    }

    @FXML
    private void run() {
        viewModel.run();
    }

    @FXML
    private void close() {
        viewModel.close();
    }
}
