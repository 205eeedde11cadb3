package downhill.engine.optimizer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Values for an optimizer's hyperparameters by key; immutable. Missing keys fall back to the defaults on creation. */
public record Hyperparameters(Map<String, Double> values) {

    public Hyperparameters {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Hyperparameters empty() {
        return new Hyperparameters(Map.of());
    }

    public static Hyperparameters of(String key, double value) {
        return new Hyperparameters(Map.of(key, value));
    }

    public double get(String key) {
        Double value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no value for hyperparameter " + key);
        }
        return value;
    }

    public boolean flag(String key) {
        return get(key) != 0;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Hyperparameters with(String key, double value) {
        Map<String, Double> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new Hyperparameters(copy);
    }

    /** These values, with {@code overrides} replacing any of the same key. */
    public Hyperparameters withAll(Hyperparameters overrides) {
        Map<String, Double> copy = new LinkedHashMap<>(values);
        copy.putAll(overrides.values);
        return new Hyperparameters(copy);
    }
}
