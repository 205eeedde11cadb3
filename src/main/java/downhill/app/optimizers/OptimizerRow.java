package downhill.app.optimizers;

import downhill.app.control.ScheduleEditor;
import downhill.app.i18n.Messages;
import downhill.engine.optimizer.Hyperparameter;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * One optimizer in the list: a check box with its colour and name, its current settings in a line, and, opened,
 * an editor for exactly its own hyperparameters, its schedule and "reset to defaults".
 */
public final class OptimizerRow extends VBox {

    private final OptimizerSettings settings;
    private final VBox editor = new VBox(6);
    private final ToggleButton expand = new ToggleButton("▸");

    /**
     * @param stepsShown the run's step limit, which the schedule's plot spans
     * @param epochs     whether that limit counts epochs (the network tab) rather than steps
     * @param map        what the Map button does with this optimizer, or null for no button
     * @param rangeTest  what the Range test button does with this optimizer, or null for no button
     */
    public OptimizerRow(
            OptimizerSettings settings,
            ObjectProperty<OptimizerSettings> selected,
            ObservableIntegerValue stepsShown,
            ObservableBooleanValue epochs,
            Consumer<OptimizerSettings> map,
            Consumer<OptimizerSettings> rangeTest) {
        this.settings = settings;
        getStyleClass().add("optimizer-row");
        setId("optimizer-" + settings.name());

        Rectangle swatch = new Rectangle(14, 14, settings.color());
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        CheckBox enabled = new CheckBox(settings.type().displayName());
        enabled.setId("enable-" + settings.name());
        enabled.selectedProperty().bindBidirectional(settings.enabledProperty());
        enabled.setGraphic(swatch);
        enabled.getStyleClass().add("optimizer-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        expand.setId("expand-" + settings.name());
        expand.getStyleClass().add("expand-button");
        expand.setTooltip(new Tooltip(Messages.text("optimizers.expand.tooltip")));
        expand.textProperty()
                .bind(Bindings.when(expand.selectedProperty()).then("▾").otherwise("▸"));
        HBox head = new HBox(6, enabled, spacer, expand);
        head.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.getStyleClass().add("optimizer-summary");
        summary.textProperty().bind(settings.summaryProperty());
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(settings.problemProperty());
        problem.visibleProperty().bind(settings.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);

        editor.setPadding(new Insets(6, 0, 4, 22));
        editor.visibleProperty().bind(expand.selectedProperty());
        editor.managedProperty().bind(expand.selectedProperty());
        // The editor is made when first opened: a dozen closed rows' sliders, fields and schedule plots were a large
        // part of the window's first CSS pass and layout (docs/performance.md, "Start-up").
        expand.selectedProperty().addListener((obs, was, open) -> {
            if (open) {
                if (editor.getChildren().isEmpty()) {
                    fillEditor(stepsShown, epochs, map, rangeTest);
                }
                selected.set(settings);
            }
        });

        getChildren().addAll(head, summary, problem, editor);
    }

    private void fillEditor(
            ObservableIntegerValue stepsShown,
            ObservableBooleanValue epochs,
            Consumer<OptimizerSettings> map,
            Consumer<OptimizerSettings> rangeTest) {
        for (Hyperparameter h : settings.type().hyperparameters()) {
            editor.getChildren().add(new HyperparameterEditor(h, settings.value(h.key())));
        }
        ScheduleEditor schedule =
                new ScheduleEditor(settings.scheduleProperty(), settings.learningRateProperty(), stepsShown.get());
        schedule.stepsProperty().bind(stepsShown);
        schedule.epochsProperty().bind(epochs);
        editor.getChildren().add(schedule);
        Button reset = new Button(Messages.text("optimizers.reset"));
        reset.setId("reset-" + settings.name());
        reset.setTooltip(new Tooltip(
                Messages.text("optimizers.reset.tooltip", settings.type().displayName())));
        reset.setOnAction(event -> settings.resetToDefaults());
        FlowPane buttons = new FlowPane(6, 4, reset);
        // Wraps in a narrow sidebar (200 %) rather than widening it.
        buttons.setPrefWrapLength(120);
        if (map != null) {
            Button mapButton = new Button(Messages.text("optimizers.map"));
            mapButton.setId("map-" + settings.name());
            mapButton.setTooltip(new Tooltip(
                    Messages.text("optimizers.map.tooltip", settings.type().displayName())));
            mapButton.setOnAction(event -> map.accept(settings));
            buttons.getChildren().add(mapButton);
        }
        if (rangeTest != null) {
            Button testButton = new Button(Messages.text("optimizers.rangeTest"));
            testButton.setId("range-test-" + settings.name());
            testButton.setTooltip(new Tooltip(Messages.text(
                    "optimizers.rangeTest.tooltip", settings.type().displayName())));
            testButton.setOnAction(event -> rangeTest.accept(settings));
            buttons.getChildren().add(testButton);
        }
        editor.getChildren().add(buttons.getChildren().size() == 1 ? reset : buttons);
    }

    public OptimizerSettings settings() {
        return settings;
    }

    public void setExpanded(boolean open) {
        expand.setSelected(open);
    }
}
