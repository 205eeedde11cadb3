package downhill.app.backprop;

import downhill.engine.nn.Activation;
import downhill.engine.nn.LayerPass;

/**
 * What the diagram marks on a hidden unit over the pass's samples: a dead ReLU (output 0, so gradient 0, on every
 * one of them) or a saturated sigmoid/tanh (σ′ below a twenty-fifth of its largest value on every one), and how
 * large its δ is (for the gradient-magnitude colouring).
 */
public final class UnitStates {

    /** σ′ below this share of its peak (¼ for the sigmoid, 1 for tanh) counts as saturated: |z| beyond about 3.2. */
    static final double SATURATED_SHARE = 0.04;

    private UnitStates() {}

    /** Whether ReLU unit {@code unit} outputs 0 for every sample of the pass. */
    public static boolean dead(LayerPass layer, int unit) {
        if (layer.activation() != Activation.RELU) {
            return false;
        }
        for (double[] row : layer.a()) {
            if (row[unit] > 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether sigmoid or tanh unit {@code unit} is in a flat part of its curve for every sample of the pass. */
    public static boolean saturated(LayerPass layer, int unit) {
        Activation f = layer.activation();
        if (f != Activation.SIGMOID && f != Activation.TANH) {
            return false;
        }
        double peak = f == Activation.SIGMOID ? 0.25 : 1;
        for (double[] row : layer.a()) {
            if (f.derivativeFromOutput(row[unit]) >= SATURATED_SHARE * peak) {
                return false;
            }
        }
        return true;
    }

    /** Σ over the samples of |δ| of unit {@code unit}: the mean |∂L/∂z| per sample (each δ carries 1/n). */
    public static double gradientMagnitude(LayerPass layer, int unit) {
        double sum = 0;
        for (double[] row : layer.delta()) {
            sum += Math.abs(row[unit]);
        }
        return sum;
    }
}
