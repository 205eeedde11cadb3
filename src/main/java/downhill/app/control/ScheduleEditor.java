package downhill.app.control;

import downhill.app.i18n.Messages;
import downhill.engine.schedule.Constant;
import downhill.engine.schedule.Exponential;
import downhill.engine.schedule.Schedule;
import downhill.engine.schedule.StepDecay;
import downhill.engine.schedule.WarmupCosine;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The learning-rate schedule of one optimizer: its kind, its parameters, and a small plot of the rate over the steps.
 * Only a complete, valid schedule reaches the property; a bad parameter turns its field red.
 */
public final class ScheduleEditor extends VBox {

    /** The kinds in the order of the picker; their names are looked up when the editor is made. */
    private static final List<String> KIND_KEYS =
            List.of("schedule.constant", "schedule.step", "schedule.exponential", "schedule.warmupCosine");

    private final List<String> kinds = KIND_KEYS.stream().map(Messages::text).toList();

    private final ObjectProperty<Schedule> schedule;
    private final ObservableDoubleValue baseRate;
    private final IntegerProperty steps;
    private final ComboBox<String> kind = new ComboBox<>();
    private final DoubleProperty every = new SimpleDoubleProperty(100);
    private final DoubleProperty gamma = new SimpleDoubleProperty(0.5);
    private final DoubleProperty expGamma = new SimpleDoubleProperty(0.98);
    private final DoubleProperty warmup = new SimpleDoubleProperty(20);
    private final DoubleProperty total = new SimpleDoubleProperty(500);
    private final DoubleProperty floor = new SimpleDoubleProperty(0);
    private final FlowPane parameters = new FlowPane(8, 4);
    private final SchedulePlot plot = new SchedulePlot();
    private final BooleanProperty epochs = new SimpleBooleanProperty();
    private boolean building;

    public ScheduleEditor(ObjectProperty<Schedule> schedule, ObservableDoubleValue baseRate, int stepsShown) {
        super(4);
        this.schedule = schedule;
        this.baseRate = baseRate;
        this.steps = new SimpleIntegerProperty(stepsShown);
        getStyleClass().add("schedule-editor");
        kind.getItems().setAll(kinds);
        kind.setId("schedule-kind");
        Label title = new Label(Messages.text("schedule.title"));
        title.getStyleClass().add("hyperparameter-label");
        title.setMinWidth(44);
        HBox head = new HBox(8, title, kind);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, parameters, plot);
        showSchedule(schedule.get());
        kind.valueProperty().addListener((obs, old, now) -> {
            if (!building) {
                showFields(now);
                apply();
            }
        });
        for (DoubleProperty p : List.of(every, gamma, expGamma, warmup, total, floor)) {
            p.addListener((obs, old, now) -> apply());
        }
        schedule.addListener((obs, old, now) -> {
            if (!building) {
                showSchedule(now);
            }
            drawPlot();
        });
        baseRate.addListener((obs, old, now) -> drawPlot());
        steps.addListener((obs, old, now) -> drawPlot());
        epochs.addListener((obs, old, now) -> drawPlot());
        drawPlot();
    }

    /** Whether the schedule counts epochs (a network's training) rather than steps. */
    public BooleanProperty epochsProperty() {
        return epochs;
    }

    /** The number of steps the little plot spans (the run's step limit). */
    public IntegerProperty stepsProperty() {
        return steps;
    }

    private void showSchedule(Schedule s) {
        building = true;
        try {
            if (s instanceof StepDecay d) {
                kind.setValue(kinds.get(1));
                every.set(d.every());
                gamma.set(d.gamma());
            } else if (s instanceof Exponential e) {
                kind.setValue(kinds.get(2));
                expGamma.set(e.gamma());
            } else if (s instanceof WarmupCosine w) {
                kind.setValue(kinds.get(3));
                warmup.set(w.warmup());
                total.set(w.total());
                floor.set(w.floor());
            } else {
                kind.setValue(kinds.get(0));
            }
            showFields(kind.getValue());
        } finally {
            building = false;
        }
    }

    private void showFields(String chosen) {
        parameters.getChildren().clear();
        switch (kinds.indexOf(chosen)) {
            case 1 ->
                parameters
                        .getChildren()
                        .addAll(
                                field(Messages.text("schedule.every"), every, ScheduleEditor::positiveWhole),
                                field("× γ", gamma, ScheduleEditor::positive));
            case 2 ->
                parameters
                        .getChildren()
                        .add(field(Messages.text("schedule.gammaEachStep"), expGamma, ScheduleEditor::positive));
            case 3 ->
                parameters
                        .getChildren()
                        .addAll(
                                field(Messages.text("schedule.warmup"), warmup, ScheduleEditor::whole),
                                field(Messages.text("schedule.total"), total, ScheduleEditor::positiveWhole),
                                field(
                                        Messages.text("schedule.floor"),
                                        floor,
                                        v -> v >= 0 ? null : Messages.text("schedule.floor.negative")));
            default -> {
                // a constant rate has no parameters
            }
        }
    }

    private static HBox field(String label, DoubleProperty value, NumberField.Validator validator) {
        NumberField field = new NumberField(value, validator);
        field.setPrefColumnCount(5);
        field.setId("schedule-" + label.replaceAll("[^a-z]", ""));
        HBox box = new HBox(4, new Label(label), field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void apply() {
        if (building) {
            return;
        }
        Supplier<Schedule> make = switch (kinds.indexOf(kind.getValue())) {
            case 1 -> () -> new StepDecay((int) every.get(), gamma.get());
            case 2 -> () -> new Exponential(expGamma.get());
            case 3 -> () -> new WarmupCosine((int) warmup.get(), (int) total.get(), floor.get());
            default -> Constant::new;
        };
        try {
            building = true;
            schedule.set(make.get());
        } catch (IllegalArgumentException e) {
            // A combination the fields cannot catch alone (total ≤ warm-up): keep the last valid schedule.
            setAccessibleHelp(e.getMessage());
        } finally {
            building = false;
        }
    }

    private void drawPlot() {
        plot.show(schedule.get(), baseRate.get(), steps.get(), epochs.get());
    }

    /** The caption over the plot, e.g. "η 0 → 0.05 → 0.0005 over 500 steps". */
    public String caption() {
        return plot.caption();
    }

    private static String whole(double v) {
        return v >= 0 && v == Math.rint(v) && v < Integer.MAX_VALUE ? null : Messages.text("field.wholeAtLeast0");
    }

    private static String positiveWhole(double v) {
        return v >= 1 && v == Math.rint(v) && v < Integer.MAX_VALUE ? null : Messages.text("field.wholeAtLeast1");
    }

    private static String positive(double v) {
        return v > 0 ? null : Messages.text("field.positive");
    }
}
