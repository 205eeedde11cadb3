package downhill.engine.optimizer;

import java.util.List;
import java.util.Map;

/**
 * Adadelta, as {@code torch.optim.Adadelta}: the step's units come from a running average of past steps.
 *
 * <pre>
 * g ← ∇L(θ) + λθ
 * E[g²] ← ρ·E[g²] + (1 − ρ)·g²
 * Δ ← √(E[Δ²] + ε) / √(E[g²] + ε) · g
 * E[Δ²] ← ρ·E[Δ²] + (1 − ρ)·Δ²
 * θ ← θ − η·Δ
 * </pre>
 *
 * Defaults (PyTorch 2.x): η = 1.0, ρ = 0.9, ε = 1e-6, λ = 0.
 *
 * <p>Zeiler, "ADADELTA: An Adaptive Learning Rate Method", arXiv:1212.5701, 2012.
 */
public final class Adadelta extends BaseOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "adadelta",
            "Adadelta",
            "Zeiler 2012",
            List.of(
                    Hyperparameter.learningRate(1.0),
                    new Hyperparameter(
                            Hyperparameter.RHO,
                            "rho",
                            0.9,
                            Constraint.UNIT_CLOSED,
                            0,
                            0.999,
                            false,
                            "decay of the running averages ρ"),
                    Hyperparameter.eps(1e-6),
                    Hyperparameter.weightDecay(0)),
            Adadelta::new);

    private final double rho;
    private final double eps;
    private final double weightDecay;
    private double[] squaredGradientAverage;
    private double[] squaredUpdateAverage;

    private Adadelta(Hyperparameters h) {
        super("adadelta", h);
        rho = h.get(Hyperparameter.RHO);
        eps = h.get(Hyperparameter.EPS);
        weightDecay = h.get(Hyperparameter.WEIGHT_DECAY);
    }

    @Override
    void allocate(int dimension) {
        squaredGradientAverage = new double[dimension];
        squaredUpdateAverage = new double[dimension];
    }

    @Override
    void update(double[] parameters, double[] gradient, double learningRate, long t) {
        double[] g = withWeightDecay(parameters, gradient, weightDecay);
        for (int i = 0; i < parameters.length; i++) {
            squaredGradientAverage[i] = squaredGradientAverage[i] * rho + (1 - rho) * g[i] * g[i];
            double std = Math.sqrt(squaredGradientAverage[i] + eps);
            double delta = Math.sqrt(squaredUpdateAverage[i] + eps) / std * g[i];
            squaredUpdateAverage[i] = squaredUpdateAverage[i] * rho + (1 - rho) * delta * delta;
            parameters[i] += -learningRate * delta;
        }
    }

    @Override
    void describe(Map<String, double[]> state) {
        state.put("squaredGradientAverage", squaredGradientAverage);
        state.put("squaredUpdateAverage", squaredUpdateAverage);
    }

    @Override
    void forget() {
        squaredGradientAverage = null;
        squaredUpdateAverage = null;
    }
}
