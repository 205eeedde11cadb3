package downhill.engine.optimizer;

import java.util.List;
import java.util.Map;

/**
 * Adamax, as {@code torch.optim.Adamax}: Adam with the infinity norm in place of the second moment.
 *
 * <pre>
 * g ← ∇L(θ) + λθ
 * m ← β₁·m + (1 − β₁)·g
 * u ← max(β₂·u, |g| + ε)
 * θ ← θ − η/(1 − β₁ᵗ) · m/u
 * </pre>
 *
 * Defaults (PyTorch 2.x): η = 0.002, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, λ = 0.
 *
 * <p>Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015, section 7.
 */
public final class Adamax extends BaseOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "adamax",
            "Adamax",
            "Kingma & Ba 2015, §7",
            List.of(
                    Hyperparameter.learningRate(2e-3),
                    Hyperparameter.beta1(0.9),
                    Hyperparameter.beta2(0.999),
                    Hyperparameter.eps(1e-8),
                    Hyperparameter.weightDecay(0)),
            Adamax::new);

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private double[] firstMoment;
    private double[] infinityNorm;

    private Adamax(Hyperparameters h) {
        super("adamax", h);
        beta1 = h.get(Hyperparameter.BETA1);
        beta2 = h.get(Hyperparameter.BETA2);
        eps = h.get(Hyperparameter.EPS);
        weightDecay = h.get(Hyperparameter.WEIGHT_DECAY);
    }

    @Override
    void allocate(int dimension) {
        firstMoment = new double[dimension];
        infinityNorm = new double[dimension];
    }

    @Override
    void update(double[] parameters, double[] gradient, double learningRate, long t) {
        double[] g = withWeightDecay(parameters, gradient, weightDecay);
        double stepSize = learningRate / (1 - Math.pow(beta1, t));
        for (int i = 0; i < parameters.length; i++) {
            firstMoment[i] = lerp(firstMoment[i], g[i], 1 - beta1);
            infinityNorm[i] = Math.max(infinityNorm[i] * beta2, Math.abs(g[i]) + eps);
            parameters[i] += -stepSize * (firstMoment[i] / infinityNorm[i]);
        }
    }

    @Override
    void describe(Map<String, double[]> state) {
        state.put("firstMoment", firstMoment);
        state.put("infinityNorm", infinityNorm);
    }

    @Override
    void forget() {
        firstMoment = null;
        infinityNorm = null;
    }
}
