package downhill.engine.nn;

import java.util.Arrays;
import java.util.List;

/**
 * The forward and backward pass through a network's layers, over a batch in a {@link Workspace}. Rows are samples,
 * so layer l (weights Wˡ, {@code inputs × outputs}, as the network stores them; bias bˡ) computes for the whole
 * batch at once
 *
 * <pre>
 * forward:   Zˡ = Aˡ⁻¹·Wˡ + bˡ        (A⁰ the inputs; bˡ added to every row)
 *            Aˡ = f(Zˡ)                (f the identity for the output layer: its sigmoid/softmax is the loss's)
 *            Ãˡ = Aˡ ⊙ Mˡ              (training with dropout only: Mˡ the batch's mask; else Ãˡ = Aˡ)
 * backward:  δᴸ = ∂L/∂Zᴸ               (from the loss, each row already divided by the batch size)
 *            ∂L/∂Wˡ = Ãˡ⁻¹ᵀ·δˡ
 *            ∂L/∂bˡ = Σᵣ δˡᵣ            (the sum of δˡ's rows)
 *            δˡ⁻¹ = (δˡ·Wˡᵀ) ⊙ Mˡ⁻¹ ⊙ f′(Zˡ⁻¹)
 * </pre>
 *
 * f′ is taken from the undropped outputs Aˡ⁻¹ (every activation's derivative is a function of its output). The
 * products run as dense kernels ({@link Kernels}) on the weights copied out of the flat parameter vector as rows
 * (Wˡ) and transposed (Wˡᵀ, for the backward pass only); after a rectifier-like layer, whose outputs are often 0,
 * the forward product skips zero inputs.
 *
 * <p>Stateless between passes apart from those copies: every buffer is the workspace's, so two threads can run
 * passes over disjoint halves of a batch at the same time, each with its own workspace.
 */
final class Propagation {

    private final Architecture architecture;
    private final List<Layer> layers;
    private final double[] parameters;
    private final Dropout dropout;
    /** Each layer's weights as rows (inputs × outputs), and transposed (outputs × inputs), for the kernels. */
    private final double[][][] weightRows;

    private final double[][][] weightColumns;

    Propagation(Architecture architecture, List<Layer> layers, double[] parameters, Dropout dropout) {
        this.architecture = architecture;
        this.layers = layers;
        this.parameters = parameters;
        this.dropout = dropout;
        weightRows = new double[layers.size()][][];
        weightColumns = new double[layers.size()][][];
        for (int l = 0; l < layers.size(); l++) {
            weightRows[l] = new double[layers.get(l).inputs()][layers.get(l).outputs()];
            weightColumns[l] = new double[layers.get(l).outputs()][layers.get(l).inputs()];
        }
    }

    /**
     * Refreshes the row copies of the weights from the parameter vector (and their transposes, which only backward
     * passes read): a few thousand numbers against the hundreds of thousands of multiply-adds of a batch.
     */
    void copyWeights(boolean transposed) {
        for (int l = 0; l < layers.size(); l++) {
            MatrixView w = layers.get(l).weights();
            Kernels.copyRows(parameters, w.offset(), w.rows(), w.cols(), weightRows[l]);
            if (transposed && l > 0) {
                Kernels.transpose(parameters, w.offset(), w.rows(), w.cols(), weightColumns[l]);
            }
        }
    }

    /** Forward pass over {@code rows} consecutive samples of {@code features} from sample {@code from}, no dropout. */
    void forwardFrom(Workspace work, double[] features, int from, int rows) {
        int inputs = architecture.inputs();
        for (int r = 0; r < rows; r++) {
            System.arraycopy(features, (from + r) * inputs, work.input[r], 0, inputs);
        }
        forward(work, rows, 0, null, false);
    }

    /**
     * The forward pass over the workspace's first {@code rows} inputs; {@code recorder}, when not null, sees each
     * layer's Z before the activation; in {@code training}, dropping layers pass on their outputs times the batch's
     * masks.
     *
     * @param first the rows' first index within the whole batch: where their mask rows are, and for the recorder
     */
    void forward(Workspace work, int rows, int first, PassRecorder recorder, boolean training) {
        double[][] in = work.input;
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            double[][] out = work.activations[l];
            double[][] w = weightRows[l];
            int bias = layer.bias().offset();
            if (l > 0 && layers.get(l - 1).activation().reluLike()) {
                Kernels.multiplySkippingZeros(
                        in, w, parameters, bias, out, rows, layer.inputs(), layer.outputs(), work.nonzero);
            } else {
                Kernels.multiply(in, w, parameters, bias, out, rows, layer.inputs(), layer.outputs());
            }
            if (recorder != null) {
                recorder.preActivations(l, first, out, rows);
            }
            layer.activation().applyInPlace(out, rows, layer.outputs());
            in = training && dropout.drops(l) ? drop(work, l, out, rows, first) : out;
        }
    }

    /** Layer l's outputs times its rows of the batch's mask, into the workspace's dropped outputs. */
    private double[][] drop(Workspace work, int l, double[][] out, int rows, int first) {
        int width = layers.get(l).outputs();
        if (work.dropped[l].length < rows) {
            work.dropped[l] = new double[rows][width];
        }
        double[][] mask = dropout.mask(l);
        for (int r = 0; r < rows; r++) {
            double[] a = out[r];
            double[] m = mask[first + r];
            double[] d = work.dropped[l][r];
            for (int j = 0; j < width; j++) {
                d[j] = a[j] * m[j];
            }
        }
        return work.dropped[l];
    }

    /**
     * From the output deltas (the workspace's last, which the loss filled) back: each layer's weight and bias
     * gradient into {@code gradient} (the network's layout), and the delta of the layer below.
     *
     * @param first the rows' first index within the whole batch, where their mask rows are
     */
    void backward(Workspace work, int rows, int first, double[] gradient) {
        for (int l = layers.size() - 1; l >= 0; l--) {
            Layer layer = layers.get(l);
            double[][] delta = work.deltas[l];
            double[][] below =
                    l == 0 ? work.input : dropout.drops(l - 1) ? work.dropped[l - 1] : work.activations[l - 1];
            Kernels.multiplyTransposedA(below, delta, work.weightGradients[l], layer.inputs(), rows, layer.outputs());
            MatrixView w = layer.weights();
            for (int i = 0; i < w.rows(); i++) {
                System.arraycopy(work.weightGradients[l][i], 0, gradient, w.offset() + i * w.cols(), w.cols());
            }
            double[] biasGradient = work.biasGradients[l];
            Arrays.fill(biasGradient, 0);
            for (int r = 0; r < rows; r++) {
                double[] row = delta[r];
                for (int j = 0; j < biasGradient.length; j++) {
                    biasGradient[j] += row[j];
                }
            }
            System.arraycopy(biasGradient, 0, gradient, layer.bias().offset(), biasGradient.length);
            if (l > 0) {
                Kernels.multiply(
                        delta, weightColumns[l], null, 0, work.deltas[l - 1], rows, layer.outputs(), layer.inputs());
                if (dropout.drops(l - 1)) {
                    // δ of a dropped unit is 0, a survivor's is scaled as its output was
                    double[][] mask = dropout.mask(l - 1);
                    for (int r = 0; r < rows; r++) {
                        double[] d = work.deltas[l - 1][r];
                        double[] m = mask[first + r];
                        for (int j = 0; j < d.length; j++) {
                            d[j] *= m[j];
                        }
                    }
                }
                layers.get(l - 1)
                        .activation()
                        .multiplyByDerivative(work.deltas[l - 1], work.activations[l - 1], rows, layer.inputs());
            }
        }
    }
}
