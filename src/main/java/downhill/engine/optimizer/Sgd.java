package downhill.engine.optimizer;

import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent, with optional momentum and Nesterov momentum, as {@code torch.optim.SGD}.
 *
 * <pre>
 * g ← ∇L(θ) + λθ
 * if μ ≠ 0:
 *     b ← g                        at t = 1 (the buffer starts at the first gradient)
 *     b ← μ·b + (1 − τ)·g          for t &gt; 1
 *     g ← g + μ·b   if nesterov,   else g ← b
 * θ ← θ − η·g
 * </pre>
 *
 * Defaults (PyTorch 2.x): η = 0.001, μ = 0, τ (dampening) = 0, λ = 0, nesterov off. The registry offers three
 * faces of this one class: {@code sgd} (μ = 0), {@code momentum} (μ = 0.9) and {@code nesterov} (μ = 0.9, Nesterov).
 *
 * <p>PyTorch's momentum differs from Sutskever et al. (2013), who write v ← μv − ηg, θ ← θ + v: PyTorch keeps
 * the learning rate out of the buffer, which is the same only while η is constant. Nesterov's form is
 * Sutskever et al.'s reformulation evaluated at the current parameters.
 *
 * <p>Robbins and Monro, "A Stochastic Approximation Method", 1951; Polyak, "Some methods of speeding up the
 * convergence of iteration methods", 1964; Sutskever, Martens, Dahl and Hinton, "On the importance of
 * initialization and momentum in deep learning", ICML 2013.
 */
public final class Sgd extends BaseOptimizer {

    private static final String REFERENCE = "Robbins & Monro 1951; Polyak 1964; Sutskever et al. 2013";

    public static final OptimizerType SGD = type("sgd", "SGD", 0, false);
    public static final OptimizerType MOMENTUM = type("momentum", "SGD + momentum", 0.9, false);
    public static final OptimizerType NESTEROV = type("nesterov", "Nesterov momentum", 0.9, true);

    private final double momentum;
    private final double dampening;
    private final double weightDecay;
    private final boolean nesterov;
    private double[] velocity;

    Sgd(String name, Hyperparameters h) {
        super(name, h);
        momentum = h.get(Hyperparameter.MOMENTUM);
        dampening = h.get(Hyperparameter.DAMPENING);
        weightDecay = h.get(Hyperparameter.WEIGHT_DECAY);
        nesterov = h.flag(Hyperparameter.NESTEROV);
        if (nesterov && (momentum <= 0 || dampening != 0)) {
            throw new IllegalArgumentException("nesterov needs momentum > 0 and dampening = 0, got momentum " + momentum
                    + " and dampening " + dampening);
        }
    }

    private static OptimizerType type(String name, String displayName, double momentum, boolean nesterov) {
        return new OptimizerType(
                name,
                displayName,
                REFERENCE,
                List.of(
                        Hyperparameter.learningRate(1e-3),
                        Hyperparameter.momentum(momentum),
                        new Hyperparameter(
                                Hyperparameter.DAMPENING,
                                "dampening",
                                0,
                                Constraint.UNIT_CLOSED,
                                0,
                                1,
                                false,
                                "dampening of the gradient in the momentum buffer τ"),
                        Hyperparameter.weightDecay(0),
                        Hyperparameter.flag(Hyperparameter.NESTEROV, "nesterov", nesterov, "use Nesterov momentum")),
                h -> new Sgd(name, h));
    }

    @Override
    void allocate(int dimension) {
        velocity = momentum != 0 ? new double[dimension] : null;
    }

    @Override
    void update(double[] parameters, double[] gradient, double learningRate, long t) {
        double[] g = withWeightDecay(parameters, gradient, weightDecay);
        for (int i = 0; i < parameters.length; i++) {
            double direction = g[i];
            if (momentum != 0) {
                velocity[i] = t == 1 ? g[i] : velocity[i] * momentum + (1 - dampening) * g[i];
                direction = nesterov ? g[i] + momentum * velocity[i] : velocity[i];
            }
            parameters[i] += -learningRate * direction;
        }
    }

    @Override
    void describe(Map<String, double[]> state) {
        if (velocity != null) {
            state.put("velocity", velocity);
        }
    }

    @Override
    void forget() {
        velocity = null;
    }
}
