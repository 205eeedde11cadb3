package downhill.engine.optimizer;

import java.util.List;
import java.util.Map;

/**
 * AdamW, as {@code torch.optim.AdamW}: Adam with weight decay decoupled from the gradient.
 *
 * <pre>
 * θ ← θ − η·λ·θ                         (decay first, before the moments, and not rescaled by them)
 * m ← β₁·m + (1 − β₁)·g,   v ← β₂·v + (1 − β₂)·g²,   g = ∇L(θ) at the old θ
 * θ ← θ − η/(1 − β₁ᵗ) · m / (√v / √(1 − β₂ᵗ) + ε)
 * </pre>
 *
 * Defaults (PyTorch 2.x): η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, λ = 0.01. With Adam's coupled decay the
 * adaptive denominator shrinks the decay of coordinates with large gradients; AdamW's decay is the same for all.
 *
 * <p>Loshchilov and Hutter, "Decoupled Weight Decay Regularization", ICLR 2019.
 */
public final class AdamW extends BaseOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "adamw",
            "AdamW",
            "Loshchilov & Hutter 2019",
            List.of(
                    Hyperparameter.learningRate(1e-3),
                    Hyperparameter.beta1(0.9),
                    Hyperparameter.beta2(0.999),
                    Hyperparameter.eps(1e-8),
                    Hyperparameter.weightDecay(1e-2)),
            AdamW::new);

    private final double weightDecay;
    private final AdamMoments moments;

    private AdamW(Hyperparameters h) {
        super("adamw", h);
        weightDecay = h.get(Hyperparameter.WEIGHT_DECAY);
        moments = new AdamMoments(h, false);
    }

    @Override
    void allocate(int dimension) {
        moments.allocate(dimension);
    }

    @Override
    void update(double[] parameters, double[] gradient, double learningRate, long t) {
        double shrink = 1 - learningRate * weightDecay;
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] *= shrink;
        }
        moments.step(parameters, gradient, learningRate, t);
    }

    @Override
    void describe(Map<String, double[]> state) {
        moments.describe(state);
    }

    @Override
    void forget() {
        moments.forget();
    }
}
