package downhill.engine.function.data;

import java.util.List;

/**
 * How a two-parameter model scores one sample. Both models predict z = p·u + q·v from the parameters (p, q) and the
 * sample's two inputs (u, v); they differ in the loss of z against the target.
 */
public enum DataModel {

    /** y = w·x + b: u is the feature, v is 1, so (p, q) = (w, b); squared error. */
    LINEAR_REGRESSION("linear-regression", "Linear regression (MSE)", "w", "b") {
        @Override
        double loss(double z, double target) {
            double error = z - target;
            return error * error;
        }

        @Override
        double slope(double z, double target) {
            return 2 * (z - target);
        }

        @Override
        double curvature(double z, double target) {
            return 2;
        }
    },

    /** Two weights without a bias on two features; binary cross-entropy of the logit z against a 0/1 label. */
    LOGISTIC_REGRESSION("logistic-regression", "Logistic regression (BCE)", "w₁", "w₂") {
        @Override
        double loss(double z, double target) {
            // max(z, 0) − z·t + log(1 + e^−|z|): never exponentiates a large positive number.
            return Math.max(z, 0) - z * target + Math.log1p(Math.exp(-Math.abs(z)));
        }

        @Override
        double slope(double z, double target) {
            return sigmoid(z) - target;
        }

        @Override
        double curvature(double z, double target) {
            double p = sigmoid(z);
            return p * (1 - p);
        }
    },

    /**
     * The same model and data under the squared error of the probability, (σ(z) − t)²: its slope
     * 2(σ(z) − t)·σ(z)(1 − σ(z)) keeps σ′, so it vanishes where the sigmoid saturates, also when the prediction is
     * confidently wrong. The landscape has plateaus and is not convex, where cross-entropy's is a bowl.
     */
    LOGISTIC_REGRESSION_MSE("logistic-regression-mse", "Logistic regression (MSE)", "w₁", "w₂") {
        @Override
        double loss(double z, double target) {
            double error = sigmoid(z) - target;
            return error * error;
        }

        @Override
        double slope(double z, double target) {
            double p = sigmoid(z);
            return 2 * (p - target) * p * (1 - p);
        }

        @Override
        double curvature(double z, double target) {
            double p = sigmoid(z);
            double s = p * (1 - p);
            return 2 * s * s + 2 * (p - target) * s * (1 - 2 * p);
        }
    };

    private final String cliName;
    private final String displayName;
    private final String firstParameter;
    private final String secondParameter;

    DataModel(String cliName, String displayName, String firstParameter, String secondParameter) {
        this.cliName = cliName;
        this.displayName = displayName;
        this.firstParameter = firstParameter;
        this.secondParameter = secondParameter;
    }

    /** Whether the model is logistic regression (on two features and two classes), under either loss. */
    public boolean logistic() {
        return this != LINEAR_REGRESSION;
    }

    /** σ(z) without overflow for either sign. */
    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /**
     * ∂loss/∂z of one sample whose prediction is the probability {@code p} = σ(z), against {@code target}: what
     * the loss passes back to the logit (for the plot of both losses' gradients against the prediction).
     */
    public double slopeAtProbability(double p, double target) {
        if (this == LINEAR_REGRESSION) {
            throw new IllegalArgumentException("linear regression predicts no probability");
        }
        return this == LOGISTIC_REGRESSION ? p - target : 2 * (p - target) * p * (1 - p);
    }

    /** The names of (p, q) as the lecture writes them: w and b, or w₁ and w₂. */
    public List<String> parameterNames() {
        return List.of(firstParameter, secondParameter);
    }

    /** The loss of one sample whose prediction is z. */
    abstract double loss(double z, double target);

    /** ∂loss/∂z of one sample. */
    abstract double slope(double z, double target);

    /** ∂²loss/∂z² of one sample (Newton's method for the minimum). */
    abstract double curvature(double z, double target);

    /** The name on the command line, e.g. {@code linear-regression}. */
    public String cliName() {
        return cliName;
    }

    public String displayName() {
        return displayName;
    }

    /** The model named {@code name} on the command line, or null. */
    public static DataModel byName(String name) {
        for (DataModel model : values()) {
            if (model.cliName.equals(name)) {
                return model;
            }
        }
        return null;
    }
}
