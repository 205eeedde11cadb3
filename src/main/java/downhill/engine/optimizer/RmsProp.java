package downhill.engine.optimizer;

import java.util.List;
import java.util.Map;

/**
 * RMSProp, as {@code torch.optim.RMSprop}: divide by a running root mean square of the gradient.
 *
 * <pre>
 * g ← ∇L(θ) + λθ
 * v ← α·v + (1 − α)·g²
 * centred:  ḡ ← α·ḡ + (1 − α)·g,   d ← √(v − ḡ²) + ε;   otherwise d ← √v + ε
 * with momentum μ &gt; 0:  b ← μ·b + g/d,  θ ← θ − η·b;   otherwise θ ← θ − η·g/d
 * </pre>
 *
 * Defaults (PyTorch 2.x): η = 0.01, α = 0.99, ε = 1e-8, λ = 0, μ = 0, not centred. Note that ε is added
 * outside the square root (TensorFlow and Keras add it inside).
 *
 * <p>Hinton, Srivastava and Swersky, "Neural Networks for Machine Learning", lecture 6e, 2012; centred form from
 * Graves, "Generating Sequences With Recurrent Neural Networks", 2013.
 */
public final class RmsProp extends BaseOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "rmsprop",
            "RMSProp",
            "Hinton, Srivastava & Swersky 2012 (lecture 6e)",
            List.of(
                    Hyperparameter.learningRate(1e-2),
                    new Hyperparameter(
                            Hyperparameter.ALPHA,
                            "alpha",
                            0.99,
                            Constraint.NON_NEGATIVE,
                            0,
                            0.9999,
                            false,
                            "smoothing constant of the squared-gradient average α"),
                    Hyperparameter.eps(1e-8),
                    Hyperparameter.weightDecay(0),
                    Hyperparameter.momentum(0),
                    Hyperparameter.flag(
                            Hyperparameter.CENTERED,
                            "centered",
                            false,
                            "normalise by the variance rather than the raw second moment")),
            RmsProp::new);

    private final double alpha;
    private final double eps;
    private final double weightDecay;
    private final double momentum;
    private final boolean centered;
    private double[] squareAverage;
    private double[] gradientAverage;
    private double[] velocity;

    private RmsProp(Hyperparameters h) {
        super("rmsprop", h);
        alpha = h.get(Hyperparameter.ALPHA);
        eps = h.get(Hyperparameter.EPS);
        weightDecay = h.get(Hyperparameter.WEIGHT_DECAY);
        momentum = h.get(Hyperparameter.MOMENTUM);
        centered = h.flag(Hyperparameter.CENTERED);
    }

    @Override
    void allocate(int dimension) {
        squareAverage = new double[dimension];
        gradientAverage = centered ? new double[dimension] : null;
        velocity = momentum > 0 ? new double[dimension] : null;
    }

    @Override
    void update(double[] parameters, double[] gradient, double learningRate, long t) {
        double[] g = withWeightDecay(parameters, gradient, weightDecay);
        for (int i = 0; i < parameters.length; i++) {
            squareAverage[i] = squareAverage[i] * alpha + (1 - alpha) * g[i] * g[i];
            double denominator;
            if (centered) {
                gradientAverage[i] = lerp(gradientAverage[i], g[i], 1 - alpha);
                denominator = Math.sqrt(squareAverage[i] - gradientAverage[i] * gradientAverage[i]) + eps;
            } else {
                denominator = Math.sqrt(squareAverage[i]) + eps;
            }
            if (momentum > 0) {
                velocity[i] = velocity[i] * momentum + g[i] / denominator;
                parameters[i] += -learningRate * velocity[i];
            } else {
                parameters[i] += -learningRate * (g[i] / denominator);
            }
        }
    }

    @Override
    void describe(Map<String, double[]> state) {
        state.put("squareAverage", squareAverage);
        if (gradientAverage != null) {
            state.put("gradientAverage", gradientAverage);
        }
        if (velocity != null) {
            state.put("velocity", velocity);
        }
    }

    @Override
    void forget() {
        squareAverage = null;
        gradientAverage = null;
        velocity = null;
    }
}
