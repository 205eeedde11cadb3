package downhill.engine.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * One forward and backward pass with every intermediate, for explaining backpropagation ({@link BackpropPass}).
 *
 * <p>There is no second backpropagation here: the pass is {@link Network#computeGradient} itself, the call every
 * training step makes, with a recorder that copies each layer's z, a and δ out of the network's workspaces as it
 * goes. ∂L/∂W and ∂L/∂b are the network's {@link Network#gradient()} afterwards, so they are the training step's
 * gradient bit for bit (same kernels, same summation order, also for batches the network splits into halves).
 *
 * <p>A pass leaves the network's {@link Network#gradient()} at the pass's gradient, as any
 * {@code computeGradient} does; to explain a live training run, trace a network of your own holding a copy of its
 * parameters.
 */
public final class Backprop {

    private Backprop() {}

    /**
     * The pass over rows {@code order[from]}, …, {@code order[from + rows − 1]} of {@code features} and
     * {@code targets}, exactly as a training step with penalty {@code l2} computes it.
     */
    public static BackpropPass trace(
            Network network, double[] features, double[] targets, int[] order, int from, int rows, double l2) {
        return trace(network, features, targets, 1, order, from, rows, l2);
    }

    /**
     * The pass over one sample or a batch, one row of {@code inputs} per sample and one target per sample: the class
     * (0 or 1 for BCE, 0 … classes − 1 for CE) or, for MSE, the value (with several outputs, as in training, the
     * class whose one-hot vector is regressed). No L2 penalty.
     */
    public static BackpropPass trace(Network network, double[][] inputs, double[] targets) {
        check(
                targets.length == inputs.length,
                "one target per sample: " + inputs.length + " samples, " + targets.length + " targets");
        checkTargets(network.architecture(), targets);
        return trace(network, flatten(network, inputs), targets, 1, identity(inputs.length), 0, inputs.length, 0);
    }

    /** The pass of an MSE network with one target per output: {@code targets} is rows × outputs. No L2 penalty. */
    public static BackpropPass traceRegression(Network network, double[][] inputs, double[][] targets) {
        Architecture architecture = network.architecture();
        check(
                architecture.loss() == Loss.MEAN_SQUARED_ERROR,
                "one target per output needs loss mse, " + architecture.describe() + " has "
                        + architecture.loss().label());
        check(
                targets.length == inputs.length,
                "one row of targets per sample: " + inputs.length + " samples, " + targets.length + " rows of targets");
        int width = architecture.outputs();
        double[] flat = new double[targets.length * width];
        for (int r = 0; r < targets.length; r++) {
            check(
                    targets[r].length == width,
                    "targets row " + r + " has " + targets[r].length + " values, the " + "network has " + width
                            + " outputs");
            System.arraycopy(targets[r], 0, flat, r * width, width);
        }
        return trace(network, flatten(network, inputs), flat, width, identity(inputs.length), 0, inputs.length, 0);
    }

    private static BackpropPass trace(
            Network network,
            double[] features,
            double[] targets,
            int targetWidth,
            int[] order,
            int from,
            int rows,
            double l2) {
        Architecture architecture = network.architecture();
        Recording recording = new Recording(network.layers(), rows);
        double loss = network.computeGradient(features, targets, targetWidth, order, from, rows, l2, recording);
        double[] parameters = network.parameters();
        double[] gradient = network.gradient();
        List<LayerPass> layers = new ArrayList<>();
        for (int l = 0; l < network.layers().size(); l++) {
            Layer layer = network.layers().get(l);
            MatrixView w = layer.weights();
            layers.add(new LayerPass(
                    transposed(parameters, w),
                    slice(parameters, layer.bias()),
                    recording.z[l],
                    recording.a[l],
                    recording.delta[l],
                    transposed(gradient, w),
                    slice(gradient, layer.bias()),
                    layer.activation()));
        }
        double[][] output = copyRows(recording.a[layers.size() - 1]);
        architecture.loss().squash(output, rows, architecture.outputs());
        double[][] inputs = new double[rows][architecture.inputs()];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(features, order[from + r] * architecture.inputs(), inputs[r], 0, architecture.inputs());
        }
        return new BackpropPass(architecture, inputs, loss, output, layers);
    }

    /** Copies of the workspaces' rows as the network fills them. */
    private static final class Recording implements PassRecorder {

        final double[][][] z;
        final double[][][] a;
        final double[][][] delta;

        Recording(List<Layer> layers, int rows) {
            z = new double[layers.size()][][];
            a = new double[layers.size()][][];
            delta = new double[layers.size()][][];
            for (int l = 0; l < layers.size(); l++) {
                z[l] = new double[rows][layers.get(l).outputs()];
                a[l] = new double[rows][layers.get(l).outputs()];
                delta[l] = new double[rows][layers.get(l).outputs()];
            }
        }

        @Override
        public void preActivations(int layer, int first, double[][] values, int count) {
            copy(values, z[layer], first, count);
        }

        @Override
        public void outputsAndDeltas(int layer, int first, double[][] outputs, double[][] deltas, int count) {
            copy(outputs, a[layer], first, count);
            copy(deltas, delta[layer], first, count);
        }

        private static void copy(double[][] from, double[][] to, int first, int count) {
            for (int r = 0; r < count; r++) {
                System.arraycopy(from[r], 0, to[first + r], 0, to[first + r].length);
            }
        }
    }

    /** The {@code inputs × outputs} block {@code w} of {@code flat} as {@code outputs × inputs} rows. */
    private static double[][] transposed(double[] flat, MatrixView w) {
        double[][] rows = new double[w.cols()][w.rows()];
        Kernels.transpose(flat, w.offset(), w.rows(), w.cols(), rows);
        return rows;
    }

    private static double[] slice(double[] flat, MatrixView bias) {
        double[] values = new double[bias.cols()];
        System.arraycopy(flat, bias.offset(), values, 0, values.length);
        return values;
    }

    private static double[][] copyRows(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            copy[r] = rows[r].clone();
        }
        return copy;
    }

    private static double[] flatten(Network network, double[][] inputs) {
        int width = network.architecture().inputs();
        check(inputs.length > 0, "a pass needs at least one sample");
        double[] features = new double[inputs.length * width];
        for (int r = 0; r < inputs.length; r++) {
            check(
                    inputs[r].length == width,
                    "sample " + r + " has " + inputs[r].length + " values, the network has " + width + " inputs");
            System.arraycopy(inputs[r], 0, features, r * width, width);
        }
        return features;
    }

    /** Targets the loss can take: a label in [0, 1] for BCE, a class index for CE (and multi-output MSE). */
    private static void checkTargets(Architecture architecture, double[] targets) {
        Loss loss = architecture.loss();
        int classes = architecture.outputs();
        for (int r = 0; r < targets.length; r++) {
            double t = targets[r];
            if (loss == Loss.BINARY_CROSS_ENTROPY) {
                check(t >= 0 && t <= 1, "target " + r + ": bce needs a label in [0, 1], got " + t);
            } else if (loss == Loss.CROSS_ENTROPY || classes > 1) {
                check(
                        t >= 0 && t < classes && t == Math.rint(t),
                        "target " + r + ": " + loss.label() + " with " + classes + " outputs needs a class index 0 … "
                                + (classes - 1) + ", got " + t);
            }
        }
    }

    private static int[] identity(int rows) {
        int[] order = new int[rows];
        for (int r = 0; r < rows; r++) {
            order[r] = r;
        }
        return order;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
