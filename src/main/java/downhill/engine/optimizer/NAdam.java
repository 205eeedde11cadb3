package downhill.engine.optimizer;

import java.util.List;
import java.util.Map;

/**
 * NAdam, as {@code torch.optim.NAdam} in PyTorch 2.x: Adam with Nesterov momentum and a warming momentum schedule.
 *
 * <pre>
 * g ← ∇L(θ) + λθ
 * μₜ ← β₁·(1 − ½·0.96^(t·ψ)),   μₜ₊₁ ← β₁·(1 − ½·0.96^((t+1)·ψ)),   Πₜ ← Πₜ₋₁·μₜ   (Π₀ = 1)
 * m ← β₁·m + (1 − β₁)·g,   v ← β₂·v + (1 − β₂)·g²
 * d ← √(v / (1 − β₂ᵗ)) + ε
 * θ ← θ − η·(1 − μₜ)/(1 − Πₜ) · g/d − η·μₜ₊₁/(1 − Πₜ·μₜ₊₁) · m/d
 * </pre>
 *
 * Defaults (PyTorch 2.x): η = 0.002, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, λ = 0, ψ (momentum decay) = 0.004.
 * PyTorch 1.13 multiplies μₜ into the second term's product twice; this follows the corrected 2.x formula.
 *
 * <p>Dozat, "Incorporating Nesterov Momentum into Adam", ICLR 2016 workshop.
 */
public final class NAdam extends BaseOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "nadam",
            "NAdam",
            "Dozat 2016",
            List.of(
                    Hyperparameter.learningRate(2e-3),
                    Hyperparameter.beta1(0.9),
                    Hyperparameter.beta2(0.999),
                    Hyperparameter.eps(1e-8),
                    Hyperparameter.weightDecay(0),
                    new Hyperparameter(
                            Hyperparameter.MOMENTUM_DECAY,
                            "momentum_decay",
                            4e-3,
                            Constraint.NON_NEGATIVE,
                            0,
                            0.1,
                            false,
                            "momentum decay ψ")),
            NAdam::new);

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final double momentumDecay;
    private double[] firstMoment;
    private double[] secondMoment;
    private final double[] muProduct = {1};

    private NAdam(Hyperparameters h) {
        super("nadam", h);
        beta1 = h.get(Hyperparameter.BETA1);
        beta2 = h.get(Hyperparameter.BETA2);
        eps = h.get(Hyperparameter.EPS);
        weightDecay = h.get(Hyperparameter.WEIGHT_DECAY);
        momentumDecay = h.get(Hyperparameter.MOMENTUM_DECAY);
    }

    @Override
    void allocate(int dimension) {
        firstMoment = new double[dimension];
        secondMoment = new double[dimension];
        muProduct[0] = 1;
    }

    @Override
    void update(double[] parameters, double[] gradient, double learningRate, long t) {
        double[] g = withWeightDecay(parameters, gradient, weightDecay);
        double biasCorrection2 = 1 - Math.pow(beta2, t);
        double mu = beta1 * (1 - 0.5 * Math.pow(0.96, t * momentumDecay));
        double muNext = beta1 * (1 - 0.5 * Math.pow(0.96, (t + 1) * momentumDecay));
        muProduct[0] *= mu;
        double muProductNext = muProduct[0] * muNext;
        double gradientWeight = -learningRate * (1 - mu) / (1 - muProduct[0]);
        double momentWeight = -learningRate * muNext / (1 - muProductNext);
        for (int i = 0; i < parameters.length; i++) {
            firstMoment[i] = lerp(firstMoment[i], g[i], 1 - beta1);
            secondMoment[i] = secondMoment[i] * beta2 + (1 - beta2) * g[i] * g[i];
            double denominator = Math.sqrt(secondMoment[i] / biasCorrection2) + eps;
            parameters[i] += gradientWeight * (g[i] / denominator);
            parameters[i] += momentWeight * (firstMoment[i] / denominator);
        }
    }

    @Override
    void describe(Map<String, double[]> state) {
        state.put("firstMoment", firstMoment);
        state.put("secondMoment", secondMoment);
        state.put("muProduct", muProduct);
    }

    @Override
    void forget() {
        firstMoment = null;
        secondMoment = null;
        muProduct[0] = 1;
    }
}
