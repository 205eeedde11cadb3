package downhill.experiment;

import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import downhill.engine.schedule.Schedules;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One optimizer of a tab's list: whether it races, its hyperparameters by key, its schedule spec, and the label it
 * is shown by ({@code "SGD η=0.9"}; empty: the optimizer's own name). Canonical on construction: every
 * hyperparameter is present (missing ones take PyTorch's default) in the order the optimizer declares them, the
 * schedule is in its canonical spelling and the label is trimmed, so equal settings give equal entries.
 */
public record OptimizerEntry(
        String name, boolean enabled, Map<String, Double> hyperparameters, String schedule, String label) {

    /** The longest label: it has to fit a legend line. */
    public static final int MAX_LABEL = 40;

    public OptimizerEntry(String name, boolean enabled, Map<String, Double> hyperparameters, String schedule) {
        this(name, enabled, hyperparameters, schedule, "");
    }

    public OptimizerEntry {
        label = label == null ? "" : label.strip();
        if (label.length() > MAX_LABEL || label.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(
                    "label must be one line of at most " + MAX_LABEL + " characters, got '" + label + "'");
        }
        OptimizerType type = Optimizers.byName(name);
        Map<String, Double> complete = new LinkedHashMap<>();
        for (Hyperparameter h : type.hyperparameters()) {
            Double given = hyperparameters.get(h.key());
            complete.put(h.key(), given == null ? h.defaultValue() : h.check(given));
        }
        for (String key : hyperparameters.keySet()) {
            type.hyperparameter(key);
        }
        hyperparameters = Collections.unmodifiableMap(complete);
        schedule = Schedules.parse(schedule).spec();
    }

    /** {@code name} enabled with learning rate {@code lr}, every other value its default, a constant rate. */
    public static OptimizerEntry enabled(String name, double lr) {
        return new OptimizerEntry(name, true, Map.of(Hyperparameter.LR, lr), "constant");
    }

    public OptimizerType type() {
        return Optimizers.byName(name);
    }

    /** Whether this entry says nothing a fresh list does not: disabled, defaults, constant rate. */
    boolean isBlank() {
        return !enabled
                && hyperparameters.equals(new OptimizerEntry(name, false, Map.of(), "constant").hyperparameters())
                && schedule.equals("constant")
                && label.isEmpty();
    }

    /** What runs. */
    public Contender contender() {
        return new Contender(type(), new Hyperparameters(hyperparameters), Schedules.parse(schedule));
    }
}
