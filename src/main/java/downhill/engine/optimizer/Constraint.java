package downhill.engine.optimizer;

/** The values a hyperparameter accepts, as PyTorch's {@code torch.optim} checks them. */
public enum Constraint {
    /** Any finite number ≥ 0. */
    NON_NEGATIVE("a finite number ≥ 0"),
    /** A finite number ≥ 0 and < 1 (betas). */
    UNIT_HALF_OPEN("a number in [0, 1)"),
    /** A finite number in [0, 1] (rho, dampening). */
    UNIT_CLOSED("a number in [0, 1]"),
    /** 0 (false) or 1 (true). */
    FLAG("0 or 1 (false or true)");

    private final String description;

    Constraint(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean accepts(double value) {
        return switch (this) {
            case NON_NEGATIVE -> Double.isFinite(value) && value >= 0;
            case UNIT_HALF_OPEN -> value >= 0 && value < 1;
            case UNIT_CLOSED -> value >= 0 && value <= 1;
            case FLAG -> value == 0 || value == 1;
        };
    }
}
