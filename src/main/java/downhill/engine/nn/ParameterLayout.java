package downhill.engine.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a network's numbers sit in its flat parameter vector (the gradient has the same layout): layer after
 * layer from the input, each an {@code inputs × outputs} row-major weight block followed by its bias, the layout
 * scikit-learn's {@code coefs_} use. PyTorch's {@code torch.nn.Linear.weight} is the block's transpose.
 */
final class ParameterLayout {

    private ParameterLayout() {}

    /** The layers of {@code architecture}, laid out from offset 0; the last one's bias ends at the vector's end. */
    static List<Layer> layers(Architecture architecture) {
        int[] widths = architecture.widths();
        List<Layer> list = new ArrayList<>();
        int offset = 0;
        for (int l = 1; l < widths.length; l++) {
            MatrixView weights = new MatrixView(offset, widths[l - 1], widths[l]);
            MatrixView bias = new MatrixView(weights.end(), 1, widths[l]);
            offset = bias.end();
            list.add(new Layer(weights, bias, l == widths.length - 1 ? Activation.LINEAR : architecture.activation()));
        }
        return List.copyOf(list);
    }

    /** The length of the parameter vector {@code layers} lay out. */
    static int size(List<Layer> layers) {
        return layers.get(layers.size() - 1).bias().end();
    }

    /**
     * Writes layer {@code index}'s weights, given outputs × inputs as {@code torch.nn.Linear.weight}, transposed
     * into {@code parameters}, and its bias.
     *
     * @param network the network's description, for the message when the arrays do not fit the layer
     */
    static void writeTorchLayer(
            double[] parameters, List<Layer> layers, int index, double[][] weights, double[] bias, String network) {
        Layer target = layers.get(index);
        MatrixView w = target.weights();
        boolean fits = weights.length == w.cols() && bias.length == w.cols();
        for (int j = 0; fits && j < weights.length; j++) {
            fits = weights[j].length == w.rows();
        }
        if (!fits) {
            throw new IllegalArgumentException("layer " + index + " of " + network + " takes a " + w.cols() + " × "
                    + w.rows() + " weight matrix (outputs × inputs) and " + w.cols() + " biases");
        }
        for (int j = 0; j < w.cols(); j++) {
            for (int i = 0; i < w.rows(); i++) {
                parameters[w.offset() + i * w.cols() + j] = weights[j][i];
            }
        }
        System.arraycopy(bias, 0, parameters, target.bias().offset(), bias.length);
    }
}
