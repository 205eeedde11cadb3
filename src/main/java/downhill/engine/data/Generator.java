package downhill.engine.data;

import downhill.engine.Numbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A built-in synthetic dataset: its name, what it draws, what its noise means, and its own parameters with their
 * defaults. Every generator takes a sample count, a noise level and a seed; the same three give the same data.
 */
public record Generator(
        String name, String description, String noiseMeaning, List<GeneratorParameter> parameters, Recipe recipe) {

    /** Makes the data from the common settings and the generator's own parameters, every one present. */
    @FunctionalInterface
    public interface Recipe {
        Dataset make(int samples, double noise, long seed, Map<String, Double> parameters);
    }

    public Generator {
        parameters = List.copyOf(parameters);
    }

    /** The data for these settings; {@code overrides} replace parameter defaults by name. */
    public Dataset generate(int samples, double noise, long seed, Map<String, Double> overrides) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (GeneratorParameter p : parameters) {
            values.put(p.name(), p.defaultValue());
        }
        for (Map.Entry<String, Double> entry : overrides.entrySet()) {
            GeneratorParameter p = parameters.stream()
                    .filter(q -> q.name().equals(entry.getKey()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(name + " has no parameter '" + entry.getKey()
                            + "' ("
                            + (parameters.isEmpty()
                                    ? "it takes none"
                                    : "it takes "
                                            + String.join(
                                                    ", ",
                                                    parameters.stream()
                                                            .map(GeneratorParameter::name)
                                                            .toList()))
                            + ")"));
            double value = entry.getValue();
            if (p.whole() && (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE)) {
                // Past an int it would be cast to 2147483647 and reported as that.
                throw new IllegalArgumentException(name + ": " + p.name() + " must be a whole number"
                        + (value == Math.rint(value) ? " up to " + Integer.MAX_VALUE : "") + ", got "
                        + Numbers.format(value));
            }
            values.put(p.name(), value);
        }
        if (samples < 2) {
            throw new IllegalArgumentException(name + ": samples must be at least 2, got " + samples);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException(name + ": noise must be a finite number ≥ 0, got " + noise);
        }
        return recipe.make(samples, noise, seed, values);
    }

    public Dataset generate(int samples, double noise, long seed) {
        return generate(samples, noise, seed, Map.of());
    }
}
