package downhill.engine.optimizer;

import java.util.List;
import java.util.Map;

/**
 * Lion (EvoLved Sign Momentum): every coordinate moves by exactly η, in the sign of an interpolated momentum.
 *
 * <pre>
 * θ ← θ·(1 − η·λ)                       (decoupled weight decay, as AdamW)
 * c ← β₁·m + (1 − β₁)·g
 * θ ← θ − η·sign(c)                     (sign(0) = 0)
 * m ← β₂·m + (1 − β₂)·g
 * </pre>
 *
 * Defaults (the paper's): η = 1e-4, β₁ = 0.9, β₂ = 0.99, λ = 0. Not in {@code torch.optim}; this follows the
 * paper's Algorithm 2 and its reference PyTorch implementation. Its steps are η·√2 long on a 2-D landscape,
 * so it suits a learning rate 3–10× smaller than AdamW's.
 *
 * <p>Chen et al., "Symbolic Discovery of Optimization Algorithms", NeurIPS 2023.
 */
public final class Lion extends BaseOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "lion",
            "Lion",
            "Chen et al. 2023",
            List.of(
                    Hyperparameter.learningRate(1e-4),
                    Hyperparameter.beta1(0.9),
                    Hyperparameter.beta2(0.99),
                    Hyperparameter.weightDecay(0)),
            Lion::new);

    private final double beta1;
    private final double beta2;
    private final double weightDecay;
    private double[] momentum;

    private Lion(Hyperparameters h) {
        super("lion", h);
        beta1 = h.get(Hyperparameter.BETA1);
        beta2 = h.get(Hyperparameter.BETA2);
        weightDecay = h.get(Hyperparameter.WEIGHT_DECAY);
    }

    @Override
    void allocate(int dimension) {
        momentum = new double[dimension];
    }

    @Override
    void update(double[] parameters, double[] gradient, double learningRate, long t) {
        double shrink = 1 - learningRate * weightDecay;
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] *= shrink;
            double interpolated = lerp(momentum[i], gradient[i], 1 - beta1);
            parameters[i] += -learningRate * Math.signum(interpolated);
            momentum[i] = lerp(momentum[i], gradient[i], 1 - beta2);
        }
    }

    @Override
    void describe(Map<String, double[]> state) {
        state.put("momentum", momentum);
    }

    @Override
    void forget() {
        momentum = null;
    }
}
