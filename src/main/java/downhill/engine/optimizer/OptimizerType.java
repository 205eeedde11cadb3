package downhill.engine.optimizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the registry knows of an optimizer before one is made: its name, its hyperparameters with their defaults,
 * the paper it comes from, and how to make one.
 */
public record OptimizerType(
        String name,
        String displayName,
        String reference,
        List<Hyperparameter> hyperparameters,
        Function<Hyperparameters, Optimizer> factory) {

    public OptimizerType {
        hyperparameters = List.copyOf(hyperparameters);
    }

    public Hyperparameters defaults() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Hyperparameter h : hyperparameters) {
            values.put(h.key(), h.defaultValue());
        }
        return new Hyperparameters(values);
    }

    public boolean has(String key) {
        return hyperparameters.stream().anyMatch(h -> h.key().equals(key));
    }

    public Hyperparameter hyperparameter(String key) {
        return hyperparameters.stream()
                .filter(h -> h.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        name + " has no hyperparameter '" + key + "' (it has " + keys() + ")"));
    }

    public String keys() {
        return hyperparameters.stream().map(Hyperparameter::key).collect(Collectors.joining(", "));
    }

    /**
     * Makes an optimizer from the defaults overridden by {@code overrides}. Throws with a message naming the
     * hyperparameter and the value when a key is unknown or a value is not accepted.
     */
    public Optimizer create(Hyperparameters overrides) {
        for (String key : overrides.values().keySet()) {
            hyperparameter(key);
        }
        Hyperparameters values = defaults().withAll(overrides);
        for (Hyperparameter h : hyperparameters) {
            h.check(values.get(h.key()));
        }
        return factory.apply(values);
    }

    public Optimizer create() {
        return create(Hyperparameters.empty());
    }
}
