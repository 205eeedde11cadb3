package downhill.app.optimizers;

import downhill.app.i18n.Messages;
import downhill.engine.Numbers;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.run.Contender;
import downhill.engine.schedule.Constant;
import downhill.engine.schedule.Schedule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.paint.Color;

/**
 * The view-model of one optimizer in a comparison: whether it takes part, its hyperparameters, its schedule. Only
 * valid values ever reach these properties (editors reject the rest), so {@link #contender()} is what runs.
 * Combinations that are individually valid but not together (Nesterov without momentum) show in
 * {@link #problemProperty()} and keep the optimizer out of the race until fixed.
 */
public final class OptimizerSettings {

    private final OptimizerType type;
    private final Color color;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final Map<String, DoubleProperty> values = new LinkedHashMap<>();
    private final ObjectProperty<Schedule> schedule = new SimpleObjectProperty<>(this, "schedule", new Constant());
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");

    public OptimizerSettings(OptimizerType type) {
        this.type = type;
        this.color = Palette.of(type.name());
        for (Hyperparameter h : type.hyperparameters()) {
            DoubleProperty value = new SimpleDoubleProperty(this, h.key(), h.defaultValue());
            value.addListener((obs, old, now) -> changed());
            values.put(h.key(), value);
        }
        enabled.addListener((obs, old, now) -> revision.set(revision.get() + 1));
        label.addListener((obs, old, now) -> revision.set(revision.get() + 1));
        schedule.addListener((obs, old, now) -> changed());
        changed();
    }

    private void changed() {
        // A label names the settings it was given with ("SGD η=0.9"): once they change it would lie, so it goes.
        label.set("");
        problem.set(validate().orElse(""));
        summary.set(describe());
        revision.set(revision.get() + 1);
    }

    private Optional<String> validate() {
        try {
            type.create(hyperparameters());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    public OptimizerType type() {
        return type;
    }

    public String name() {
        return type.name();
    }

    public Color color() {
        return color;
    }

    /**
     * The name a scenario or file gave this entry, or empty for the optimizer's own; cleared by any change to the
     * values or schedule. Set it after the values.
     */
    public StringProperty labelProperty() {
        return label;
    }

    /** The name shown for this entry alone: its label, or the optimizer's name. */
    public String displayName() {
        return label.get().isEmpty() ? type.displayName() : label.get();
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public boolean isEnabled() {
        return enabled.get();
    }

    public void setEnabled(boolean value) {
        enabled.set(value);
    }

    /** The property of hyperparameter {@code key}; throws for a key this optimizer does not have. */
    public DoubleProperty value(String key) {
        DoubleProperty value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException(type.name() + " has no hyperparameter '" + key + "'");
        }
        return value;
    }

    public DoubleProperty learningRateProperty() {
        return value(Hyperparameter.LR);
    }

    public ObjectProperty<Schedule> scheduleProperty() {
        return schedule;
    }

    /** Bumped on every change that alters the optimizer's path or name, and on enabling or disabling. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Why this combination of values cannot run, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public boolean runnable() {
        return problem.get().isEmpty();
    }

    /** A short line for titles: {@code lr=0.05 β₁=0.9 β₂=0.999}; only values that differ from the defaults after lr. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public Hyperparameters hyperparameters() {
        Map<String, Double> current = new LinkedHashMap<>();
        values.forEach((key, value) -> current.put(key, value.get()));
        return new Hyperparameters(current);
    }

    /** What runs: this optimizer with its current values and schedule. */
    public Contender contender() {
        return new Contender(type, hyperparameters(), schedule.get());
    }

    /** Back to PyTorch's defaults and a constant rate. */
    public void resetToDefaults() {
        for (Hyperparameter h : type.hyperparameters()) {
            values.get(h.key()).set(h.defaultValue());
        }
        schedule.set(new Constant());
    }

    private String describe() {
        String lr = "lr=" + Numbers.format(values.get(Hyperparameter.LR).get());
        String others = type.hyperparameters().stream()
                .filter(h -> !h.key().equals(Hyperparameter.LR))
                .filter(h -> values.get(h.key()).get() != h.defaultValue()
                        || h.key().startsWith("beta")
                        || h.key().equals(Hyperparameter.MOMENTUM)
                                && values.get(h.key()).get() != 0)
                .map(h -> symbol(h) + "="
                        + (h.isFlag()
                                ? Messages.text(values.get(h.key()).get() != 0 ? "optimizers.on" : "optimizers.off")
                                : Numbers.format(values.get(h.key()).get())))
                .collect(Collectors.joining(" "));
        String scheduleText =
                schedule.get() instanceof Constant ? "" : " " + schedule.get().spec();
        return (lr + (others.isEmpty() ? "" : " " + others) + scheduleText).strip();
    }

    /** The Greek letter people know a hyperparameter by. */
    public static String symbol(Hyperparameter h) {
        return h.symbol();
    }
}
