package downhill.app.landscape;

import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.Numbers;
import downhill.engine.explain.Line;
import downhill.engine.explain.Quantity;
import downhill.engine.explain.StepExplanation;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * Binds the step inspector panel to its view-model: the optimizer picker, the equations as written and with
 * numbers, the quantities, and a brief highlight of what "Step once" changed.
 */
public final class StepInspectorController {

    private static final String CHANGED = "changed";

    private final StepInspectorViewModel viewModel;
    private final OptimizerListViewModel optimizers;
    private final PauseTransition fade = new PauseTransition(Duration.seconds(1.6));

    @FXML
    private VBox panel;

    @FXML
    private CheckBox arrowsCheck;

    @FXML
    private ChoiceBox<String> optimizerChoice;

    @FXML
    private Label heading;

    @FXML
    private FlowPane arrowKey;

    @FXML
    private Label message;

    @FXML
    private VBox content;

    @FXML
    private VBox equations;

    @FXML
    private VBox quantities;

    public StepInspectorController(StepInspectorViewModel viewModel, OptimizerListViewModel optimizers) {
        this.viewModel = viewModel;
        this.optimizers = optimizers;
    }

    @FXML
    private void initialize() {
        panel.visibleProperty().bind(viewModel.openProperty());
        panel.managedProperty().bind(viewModel.openProperty());
        arrowsCheck.selectedProperty().bindBidirectional(viewModel.arrowsProperty());
        optimizerChoice.setItems(viewModel.choices());
        optimizerChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null
                        ? ""
                        : optimizers
                                .byName(name)
                                .map(OptimizerSettings::displayName)
                                .orElse(name);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        optimizerChoice.valueProperty().bindBidirectional(viewModel.inspectedProperty());
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(viewModel.messageProperty().isNotEmpty());
        viewModel.explanationProperty().addListener((obs, old, now) -> show(now));
        viewModel.changedProperty().addListener((obs, old, now) -> highlight(now));
        fade.setOnFinished(e -> highlight(Set.of()));
        show(viewModel.explanationProperty().get());
    }

    @FXML
    private void stepOnce() {
        viewModel.stepOnce();
    }

    private void show(StepExplanation e) {
        content.setVisible(e != null);
        arrowKey.setVisible(e != null);
        if (e == null) {
            heading.setText("");
            return;
        }
        heading.setText(Messages.text(
                "inspector.heading",
                e.step(),
                e.step() + 1,
                new Quantity("θ", "", e.position()).text(),
                Numbers.compact(e.learningRate())));
        showKey(e);
        List<Line> lines = e.lines();
        resize(equations, lines.size(), EquationRow::new);
        for (int i = 0; i < lines.size(); i++) {
            ((EquationRow) equations.getChildren().get(i)).show(lines.get(i));
        }
        List<Quantity> values = e.quantities();
        resize(quantities, values.size(), QuantityRow::new);
        for (int i = 0; i < values.size(); i++) {
            QuantityRow row = (QuantityRow) quantities.getChildren().get(i);
            row.setId("quantity-" + i);
            row.show(values.get(i));
        }
    }

    /** One equation: the rule, then the rule with the step's numbers. */
    private static final class EquationRow extends VBox {
        private final Label rule = label("equation-rule");
        private final Label numbers = label("equation-numbers");

        EquationRow() {
            getChildren().setAll(rule, numbers);
        }

        void show(Line line) {
            rule.setText(line.rule());
            numbers.setText(line.withNumbers());
        }
    }

    /** One quantity: its symbol and value on a line, what it means under them; highlighted by its symbol. */
    private static final class QuantityRow extends VBox {
        private final Label symbol = label("quantity-symbol");
        private final Label value = label("quantity-value");
        private final Label meaning = label("quantity-meaning");

        QuantityRow() {
            getChildren().setAll(new HBox(10, symbol, value), meaning);
            getStyleClass().add("quantity-row");
        }

        void show(Quantity q) {
            setUserData(q.symbol());
            symbol.setText(q.symbol());
            value.setText(q.text());
            meaning.setText(q.meaning());
        }
    }

    private void showKey(StepExplanation e) {
        arrowKey.getChildren()
                .setAll(
                        swatch(StepArrows.STEP_ARROW, Messages.text("inspector.key.step")),
                        swatch(StepArrows.GRADIENT_ARROW, "−η·g"));
        e.memoryStep().ifPresent(m -> arrowKey.getChildren().add(swatch(StepArrows.MEMORY_ARROW, m.symbol())));
        if (e.adaptive()) {
            Label box = new Label(Messages.text("inspector.key.box"));
            box.getStyleClass().add("arrow-key-label");
            arrowKey.getChildren().add(box);
        }
    }

    private static HBox swatch(Color color, String text) {
        Rectangle line = new Rectangle(22, 6, color);
        line.setStroke(Color.rgb(0, 0, 0, 0.8));
        line.setStrokeWidth(1.5);
        Label label = new Label(text);
        label.getStyleClass().add("arrow-key-label");
        HBox item = new HBox(6, line, label);
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    /** Keeps the nodes when the shape of the explanation stays (every frame while playing). */
    private static void resize(VBox box, int size, Supplier<Node> make) {
        while (box.getChildren().size() > size) {
            box.getChildren().remove(box.getChildren().size() - 1);
        }
        while (box.getChildren().size() < size) {
            box.getChildren().add(make.get());
        }
    }

    private void highlight(Set<String> symbols) {
        for (Node row : quantities.getChildren()) {
            row.getStyleClass().remove(CHANGED);
            if (symbols.contains(row.getUserData())) {
                row.getStyleClass().add(CHANGED);
            }
        }
        if (!symbols.isEmpty()) {
            fade.playFromStart();
        }
    }
}
