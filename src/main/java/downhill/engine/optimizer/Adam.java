package downhill.engine.optimizer;

import java.util.List;
import java.util.Map;

/**
 * Adam, and its AMSGrad variant, as {@code torch.optim.Adam}.
 *
 * <pre>
 * g ← ∇L(θ) + λθ                        (λ: coupled, L2-style weight decay)
 * m ← β₁·m + (1 − β₁)·g
 * v ← β₂·v + (1 − β₂)·g²
 * AMSGrad only:  v̂max ← max(v̂max, v), and v̂max replaces v below
 * θ ← θ − η/(1 − β₁ᵗ) · m / (√v / √(1 − β₂ᵗ) + ε)
 * </pre>
 *
 * Defaults (PyTorch 2.x): η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, λ = 0. The registry offers {@code adam}
 * and {@code amsgrad} ({@code torch.optim.Adam(amsgrad=True)}). PyTorch folds the bias corrections into the step
 * size and ε, which differs from the paper's ε added to √v̂ only in the size of ε's effect.
 *
 * <p>Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015; Reddi, Kale and Kumar, "On the
 * Convergence of Adam and Beyond", ICLR 2018 (AMSGrad).
 */
public final class Adam extends BaseOptimizer {

    public static final OptimizerType ADAM = type("adam", "Adam", "Kingma & Ba 2015", false);
    public static final OptimizerType AMSGRAD = type("amsgrad", "AMSGrad", "Reddi, Kale & Kumar 2018", true);

    private final double weightDecay;
    private final AdamMoments moments;

    private Adam(String name, Hyperparameters h, boolean amsgrad) {
        super(name, h);
        weightDecay = h.get(Hyperparameter.WEIGHT_DECAY);
        moments = new AdamMoments(h, amsgrad);
    }

    private static OptimizerType type(String name, String displayName, String reference, boolean amsgrad) {
        return new OptimizerType(
                name,
                displayName,
                reference,
                List.of(
                        Hyperparameter.learningRate(1e-3),
                        Hyperparameter.beta1(0.9),
                        Hyperparameter.beta2(0.999),
                        Hyperparameter.eps(1e-8),
                        Hyperparameter.weightDecay(0)),
                h -> new Adam(name, h, amsgrad));
    }

    @Override
    void allocate(int dimension) {
        moments.allocate(dimension);
    }

    @Override
    void update(double[] parameters, double[] gradient, double learningRate, long t) {
        moments.step(parameters, withWeightDecay(parameters, gradient, weightDecay), learningRate, t);
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
