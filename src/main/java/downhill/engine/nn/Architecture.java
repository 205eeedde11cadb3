package downhill.engine.nn;

import java.util.List;

/**
 * The shape of a multilayer perceptron: {@code inputs} features, hidden layers of the given sizes all with one
 * activation, and an output layer of {@code outputs} units feeding {@code loss}.
 */
public record Architecture(int inputs, List<Integer> hiddenSizes, Activation activation, int outputs, Loss loss) {

    public Architecture {
        hiddenSizes = List.copyOf(hiddenSizes);
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException(
                    "a network needs at least one input and one output, got " + inputs + " and " + outputs);
        }
        for (int size : hiddenSizes) {
            if (size < 1) {
                throw new IllegalArgumentException("hidden layer sizes must be whole numbers ≥ 1, got " + hiddenSizes);
            }
        }
    }

    /** The architecture data with {@code classCount} classes (0: regression) calls for under {@code loss}. */
    public static Architecture forData(
            int inputs, List<Integer> hiddenSizes, Activation activation, Loss loss, int classCount) {
        return new Architecture(inputs, hiddenSizes, activation, loss.outputs(classCount), loss);
    }

    /** Units per layer from the inputs to the outputs, e.g. {@code [2, 64, 64, 1]}. */
    public int[] widths() {
        int[] widths = new int[hiddenSizes.size() + 2];
        widths[0] = inputs;
        for (int i = 0; i < hiddenSizes.size(); i++) {
            widths[i + 1] = hiddenSizes.get(i);
        }
        widths[widths.length - 1] = outputs;
        return widths;
    }

    /** Number of weight layers (hidden layers + the output layer). */
    public int layerCount() {
        return hiddenSizes.size() + 1;
    }

    /** Weights and biases of all layers. */
    public int parameterCount() {
        int[] widths = widths();
        int count = 0;
        for (int l = 1; l < widths.length; l++) {
            count += (widths[l - 1] + 1) * widths[l];
        }
        return count;
    }

    /** e.g. {@code 2-64-64-1 relu, bce}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (int width : widths()) {
            text.append(text.length() == 0 ? "" : "-").append(width);
        }
        return text + " " + activation.label() + ", " + loss.label();
    }
}
