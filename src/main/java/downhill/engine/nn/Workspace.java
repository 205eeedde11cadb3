package downhill.engine.nn;

import java.util.List;

/**
 * One thread's buffers for passes over a network: a row per sample for every layer, allocated for the largest
 * batch seen so far and then reused, so a training step allocates nothing. {@link Propagation} reads and writes
 * them; the fields are open to it as a kernel's arrays are.
 */
final class Workspace {

    private final Architecture architecture;
    private final List<Layer> layers;
    /** The batch's inputs a⁰, one row per sample. */
    double[][] input = new double[0][];
    /** The batch's targets, one (or for multi-output MSE, one per output) per sample. */
    double[] targets = new double[0];
    /** Layer l's outputs (after its activation; the last: raw outputs), one row per sample. */
    final double[][][] activations;
    /** A dropping hidden layer's outputs times its mask: what the next layer reads in training. */
    final double[][][] dropped;
    /** The loss gradient with respect to layer l's outputs before the activation. */
    final double[][][] deltas;
    /** Layer l's weight gradient as rows, and its bias gradient, before they go into the flat gradient. */
    final double[][][] weightGradients;

    final double[][] biasGradients;
    /** Scratch for {@link Kernels#multiplySkippingZeros}: the nonzero inputs of one row. */
    final int[] nonzero;

    private int capacity;

    Workspace(Architecture architecture, List<Layer> layers) {
        this.architecture = architecture;
        this.layers = layers;
        activations = new double[layers.size()][0][];
        dropped = new double[layers.size()][0][];
        deltas = new double[layers.size()][0][];
        weightGradients = new double[layers.size()][][];
        biasGradients = new double[layers.size()][];
        for (int l = 0; l < layers.size(); l++) {
            weightGradients[l] =
                    new double[layers.get(l).inputs()][layers.get(l).outputs()];
            biasGradients[l] = new double[layers.get(l).outputs()];
        }
        int widest = 0;
        for (int width : architecture.widths()) {
            widest = Math.max(widest, width);
        }
        nonzero = new int[widest];
    }

    /** The output layer's rows: raw outputs after a forward pass. */
    double[][] logits() {
        return activations[layers.size() - 1];
    }

    /** Makes room for passes over {@code rows} samples. */
    void ensureCapacity(int rows) {
        if (rows <= capacity) {
            return;
        }
        capacity = rows;
        input = new double[rows][architecture.inputs()];
        targets = new double[rows * architecture.outputs()];
        for (int l = 0; l < layers.size(); l++) {
            activations[l] = new double[rows][layers.get(l).outputs()];
            deltas[l] = new double[rows][layers.get(l).outputs()];
        }
    }
}
