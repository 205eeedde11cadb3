package downhill.engine.optimizer;

import java.util.Map;

/** The bias-corrected moment step that Adam, AMSGrad and AdamW share; they differ only in weight decay. */
final class AdamMoments {

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final boolean amsgrad;
    private double[] firstMoment;
    private double[] secondMoment;
    private double[] maxSecondMoment;

    AdamMoments(Hyperparameters h, boolean amsgrad) {
        beta1 = h.get(Hyperparameter.BETA1);
        beta2 = h.get(Hyperparameter.BETA2);
        eps = h.get(Hyperparameter.EPS);
        this.amsgrad = amsgrad;
    }

    void allocate(int dimension) {
        firstMoment = new double[dimension];
        secondMoment = new double[dimension];
        maxSecondMoment = amsgrad ? new double[dimension] : null;
    }

    void step(double[] parameters, double[] g, double learningRate, long t) {
        double biasCorrection1 = 1 - Math.pow(beta1, t);
        double biasCorrection2 = 1 - Math.pow(beta2, t);
        double stepSize = learningRate / biasCorrection1;
        double biasCorrection2Sqrt = Math.sqrt(biasCorrection2);
        for (int i = 0; i < parameters.length; i++) {
            firstMoment[i] = BaseOptimizer.lerp(firstMoment[i], g[i], 1 - beta1);
            secondMoment[i] = secondMoment[i] * beta2 + (1 - beta2) * g[i] * g[i];
            double second = secondMoment[i];
            if (amsgrad) {
                maxSecondMoment[i] = Math.max(maxSecondMoment[i], secondMoment[i]);
                second = maxSecondMoment[i];
            }
            double denominator = Math.sqrt(second) / biasCorrection2Sqrt + eps;
            parameters[i] += -stepSize * (firstMoment[i] / denominator);
        }
    }

    void describe(Map<String, double[]> state) {
        state.put("firstMoment", firstMoment);
        state.put("secondMoment", secondMoment);
        if (maxSecondMoment != null) {
            state.put("maxSecondMoment", maxSecondMoment);
        }
    }

    void forget() {
        firstMoment = null;
        secondMoment = null;
        maxSecondMoment = null;
    }
}
