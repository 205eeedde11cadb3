package downhill.engine.explain;

/**
 * One equation of an update, as written ({@code m ← β₁·m + (1 − β₁)·g}) and with this step's numbers filled in
 * ({@code m = 0.9·(0, 0) + 0.1·(−155, −50) = (−15.5, −5)}).
 */
public record Line(String rule, String withNumbers) {}
