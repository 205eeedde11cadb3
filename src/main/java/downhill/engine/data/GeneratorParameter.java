package downhill.engine.data;

/** A generator's own parameter beyond samples, noise and seed, e.g. circles' {@code factor}. */
public record GeneratorParameter(String name, double defaultValue, boolean whole, String description) {}
