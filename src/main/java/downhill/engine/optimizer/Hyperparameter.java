package downhill.engine.optimizer;

/**
 * One hyperparameter of an optimizer: its key (also its command-line flag, e.g. {@code weight-decay}), PyTorch's
 * name for it, its default, the values it accepts, and the range a slider offers (log-scaled for rates and eps).
 */
public record Hyperparameter(
        String key,
        String torchName,
        double defaultValue,
        Constraint constraint,
        double sliderMin,
        double sliderMax,
        boolean logarithmic,
        String description) {

    public static final String LR = "lr";
    public static final String MOMENTUM = "momentum";
    public static final String DAMPENING = "dampening";
    public static final String NESTEROV = "nesterov";
    public static final String ALPHA = "alpha";
    public static final String RHO = "rho";
    public static final String BETA1 = "beta1";
    public static final String BETA2 = "beta2";
    public static final String EPS = "eps";
    public static final String WEIGHT_DECAY = "weight-decay";
    public static final String LR_DECAY = "lr-decay";
    public static final String MOMENTUM_DECAY = "momentum-decay";
    public static final String CENTERED = "centered";

    public Hyperparameter {
        if (!constraint.accepts(defaultValue)) {
            throw new IllegalArgumentException(
                    key + ": default " + defaultValue + " is not " + constraint.description());
        }
    }

    /** Throws with a message naming this hyperparameter and the value when the value is not accepted. */
    public double check(double value) {
        if (!constraint.accepts(value)) {
            throw new IllegalArgumentException(key + " must be " + constraint.description() + ", got " + value);
        }
        return value;
    }

    /** The letter people know this hyperparameter by (η, μ, β₁), or its key where there is none. */
    public String symbol() {
        return switch (key) {
            case LR -> "η";
            case MOMENTUM -> "μ";
            case BETA1 -> "β₁";
            case BETA2 -> "β₂";
            case EPS -> "ε";
            case WEIGHT_DECAY -> "λ";
            case ALPHA -> "α";
            case RHO -> "ρ";
            case DAMPENING -> "τ";
            default -> key;
        };
    }

    public boolean isFlag() {
        return constraint == Constraint.FLAG;
    }

    static Hyperparameter learningRate(double defaultValue) {
        return new Hyperparameter(LR, "lr", defaultValue, Constraint.NON_NEGATIVE, 1e-5, 10, true, "learning rate η");
    }

    static Hyperparameter momentum(double defaultValue) {
        return new Hyperparameter(
                MOMENTUM, "momentum", defaultValue, Constraint.NON_NEGATIVE, 0, 0.999, false, "momentum factor μ");
    }

    static Hyperparameter beta1(double defaultValue) {
        return new Hyperparameter(
                BETA1,
                "betas[0]",
                defaultValue,
                Constraint.UNIT_HALF_OPEN,
                0,
                0.999,
                false,
                "decay of the first moment β₁");
    }

    static Hyperparameter beta2(double defaultValue) {
        return new Hyperparameter(
                BETA2,
                "betas[1]",
                defaultValue,
                Constraint.UNIT_HALF_OPEN,
                0,
                0.99999,
                false,
                "decay of the second moment β₂");
    }

    static Hyperparameter eps(double defaultValue) {
        return new Hyperparameter(
                EPS,
                "eps",
                defaultValue,
                Constraint.NON_NEGATIVE,
                1e-12,
                1,
                true,
                "term added for numerical stability ε");
    }

    static Hyperparameter weightDecay(double defaultValue) {
        return new Hyperparameter(
                WEIGHT_DECAY, "weight_decay", defaultValue, Constraint.NON_NEGATIVE, 0, 1, false, "weight decay λ");
    }

    static Hyperparameter flag(String key, String torchName, boolean defaultValue, String description) {
        return new Hyperparameter(key, torchName, defaultValue ? 1 : 0, Constraint.FLAG, 0, 1, false, description);
    }
}
