package downhill.engine.nn;

import java.util.List;

/**
 * The L2 penalty λ/2·Σ‖W‖² on every layer's weights (biases are not penalised, as in scikit-learn's {@code alpha}
 * and PyTorch's weight decay on weights only), and its gradient λ·W.
 */
final class WeightPenalty {

    private WeightPenalty() {}

    /** λ/2·Σ‖W‖² over the weights of {@code layers} in {@code parameters}; 0 for λ = 0. */
    static double value(List<Layer> layers, double[] parameters, double l2) {
        if (l2 == 0) {
            return 0;
        }
        double sum = 0;
        for (Layer layer : layers) {
            MatrixView w = layer.weights();
            for (int i = w.offset(); i < w.end(); i++) {
                sum += parameters[i] * parameters[i];
            }
        }
        return l2 / 2 * sum;
    }

    /** Adds the penalty's gradient λ·W to the weights' entries of {@code gradient}. */
    static void addGradient(List<Layer> layers, double[] parameters, double[] gradient, double l2) {
        for (Layer layer : layers) {
            MatrixView w = layer.weights();
            for (int i = w.offset(); i < w.end(); i++) {
                gradient[i] += l2 * parameters[i];
            }
        }
    }
}
