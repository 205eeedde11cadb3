package downhill.engine.optimizer;

import java.util.List;
import java.util.Map;

/**
 * RAdam, as {@code torch.optim.RAdam}: Adam that falls back to momentum SGD while the variance of the adaptive
 * rate is not yet tractable.
 *
 * <pre>
 * g ← ∇L(θ) + λθ
 * m ← β₁·m + (1 − β₁)·g,   v ← β₂·v + (1 − β₂)·g²,   m̂ ← m/(1 − β₁ᵗ)
 * ρ∞ ← 2/(1 − β₂) − 1,   ρₜ ← ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ)
 * if ρₜ &gt; 5:  r ← √((ρₜ − 4)(ρₜ − 2)ρ∞ / ((ρ∞ − 4)(ρ∞ − 2)ρₜ)),   θ ← θ − η·m̂·r·√(1 − β₂ᵗ)/(√v + ε)
 * else:       θ ← θ − η·m̂
 * </pre>
 *
 * Defaults (PyTorch 2.x): η = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, λ = 0. With the defaults the first five
 * steps are unrectified.
 *
 * <p>Liu et al., "On the Variance of the Adaptive Learning Rate and Beyond", ICLR 2020.
 */
public final class RAdam extends BaseOptimizer {

    public static final OptimizerType TYPE = new OptimizerType(
            "radam",
            "RAdam",
            "Liu et al. 2020",
            List.of(
                    Hyperparameter.learningRate(1e-3),
                    Hyperparameter.beta1(0.9),
                    Hyperparameter.beta2(0.999),
                    Hyperparameter.eps(1e-8),
                    Hyperparameter.weightDecay(0)),
            RAdam::new);

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private double[] firstMoment;
    private double[] secondMoment;
    private final double[] rho = {0};

    private RAdam(Hyperparameters h) {
        super("radam", h);
        beta1 = h.get(Hyperparameter.BETA1);
        beta2 = h.get(Hyperparameter.BETA2);
        eps = h.get(Hyperparameter.EPS);
        weightDecay = h.get(Hyperparameter.WEIGHT_DECAY);
    }

    @Override
    void allocate(int dimension) {
        firstMoment = new double[dimension];
        secondMoment = new double[dimension];
    }

    @Override
    void update(double[] parameters, double[] gradient, double learningRate, long t) {
        double[] g = withWeightDecay(parameters, gradient, weightDecay);
        double biasCorrection1 = 1 - Math.pow(beta1, t);
        double biasCorrection2 = 1 - Math.pow(beta2, t);
        double rhoInfinity = 2 / (1 - beta2) - 1;
        double rhoT = rhoInfinity - 2 * t * Math.pow(beta2, t) / biasCorrection2;
        rho[0] = rhoT;
        boolean rectify = rhoT > 5;
        double rectification = rectify
                ? Math.sqrt((rhoT - 4) * (rhoT - 2) * rhoInfinity / ((rhoInfinity - 4) * (rhoInfinity - 2) * rhoT))
                : 0;
        for (int i = 0; i < parameters.length; i++) {
            firstMoment[i] = lerp(firstMoment[i], g[i], 1 - beta1);
            secondMoment[i] = secondMoment[i] * beta2 + (1 - beta2) * g[i] * g[i];
            double corrected = firstMoment[i] / biasCorrection1;
            if (rectify) {
                double adaptive = Math.sqrt(biasCorrection2) / (Math.sqrt(secondMoment[i]) + eps);
                parameters[i] += -(corrected * learningRate * adaptive * rectification);
            } else {
                parameters[i] += -(corrected * learningRate);
            }
        }
    }

    @Override
    void describe(Map<String, double[]> state) {
        state.put("firstMoment", firstMoment);
        state.put("secondMoment", secondMoment);
        state.put("rho", rho);
    }

    @Override
    void forget() {
        firstMoment = null;
        secondMoment = null;
        rho[0] = 0;
    }
}
