package downhill.engine.optimizer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * AdaGrad, as {@code torch.optim.Adagrad}: each coordinate's rate shrinks with the sum of its squared gradients.
 *
 * <pre>
 * g ← ∇L(θ) + λθ
 * η̃ ← η / (1 + (t − 1)·δ)
 * s ← s + g²                       (s starts at s₀)
 * θ ← θ − η̃ · g / (√s + ε)
 * </pre>
 *
 * Defaults (PyTorch 2.x): η = 0.01, δ (lr decay) = 0, λ = 0, s₀ = 0, ε = 1e-10.
 *
 * <p>Duchi, Hazan and Singer, "Adaptive Subgradient Methods for Online Learning and Stochastic Optimization",
 * JMLR 2011.
 */
public final class Adagrad extends BaseOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "adagrad",
            "AdaGrad",
            "Duchi, Hazan & Singer 2011",
            List.of(
                    Hyperparameter.learningRate(1e-2),
                    new Hyperparameter(
                            Hyperparameter.LR_DECAY,
                            "lr_decay",
                            0,
                            Constraint.NON_NEGATIVE,
                            0,
                            1,
                            false,
                            "learning-rate decay δ"),
                    Hyperparameter.weightDecay(0),
                    new Hyperparameter(
                            "initial-accumulator",
                            "initial_accumulator_value",
                            0,
                            Constraint.NON_NEGATIVE,
                            0,
                            1,
                            false,
                            "starting value of the sum of squares s₀"),
                    Hyperparameter.eps(1e-10)),
            Adagrad::new);

    private final double lrDecay;
    private final double weightDecay;
    private final double initialAccumulator;
    private final double eps;
    private double[] sumOfSquares;

    private Adagrad(Hyperparameters h) {
        super("adagrad", h);
        lrDecay = h.get(Hyperparameter.LR_DECAY);
        weightDecay = h.get(Hyperparameter.WEIGHT_DECAY);
        initialAccumulator = h.get("initial-accumulator");
        eps = h.get(Hyperparameter.EPS);
    }

    @Override
    void allocate(int dimension) {
        sumOfSquares = new double[dimension];
        Arrays.fill(sumOfSquares, initialAccumulator);
    }

    @Override
    void update(double[] parameters, double[] gradient, double learningRate, long t) {
        double[] g = withWeightDecay(parameters, gradient, weightDecay);
        double rate = learningRate / (1 + (t - 1) * lrDecay);
        for (int i = 0; i < parameters.length; i++) {
            sumOfSquares[i] += g[i] * g[i];
            parameters[i] += -rate * (g[i] / (Math.sqrt(sumOfSquares[i]) + eps));
        }
    }

    @Override
    void describe(Map<String, double[]> state) {
        state.put("sumOfSquares", sumOfSquares);
    }

    @Override
    void forget() {
        sumOfSquares = null;
    }
}
