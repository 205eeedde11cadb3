package downhill.cli;

import downhill.engine.MemoryBudget;
import downhill.engine.Numbers;
import downhill.engine.nn.Activation;
import downhill.engine.train.TrainingMemory;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The hidden layers of the commands that train a network: {@code --hidden --activation}. */
final class LayerOptions {

    @Option(
            names = "--hidden",
            paramLabel = "SIZES",
            defaultValue = "64,64",
            description = "Hidden layer sizes, comma-separated, or 'none' (default: 64,64).")
    private String hidden;

    @Option(
            names = "--activation",
            paramLabel = "NAME",
            defaultValue = "relu",
            description = "relu, leaky-relu, tanh, sigmoid or linear (default: relu).")
    private String activation;

    Activation activation() {
        return Activation.parse(activation);
    }

    /**
     * Refuses, before anything is allocated, a network and data that would not fit in the heap (see
     * {@link TrainingMemory#require}).
     */
    void requireFits(long samples, boolean samplesGiven, int batch, int inputs, int outputs, boolean recordParameters) {
        TrainingMemory.require(
                MemoryBudget.ofThisJvm(),
                samples,
                samplesGiven,
                batch,
                inputs,
                hidden.strip(),
                hiddenSizes(),
                outputs,
                recordParameters);
    }

    /** {@code --hidden 64,64} or {@code none}. */
    List<Integer> hiddenSizes() {
        if (hidden.strip().equals("none")) {
            return List.of();
        }
        List<Integer> sizes = new ArrayList<>();
        for (String part : hidden.split(",", -1)) {
            try {
                int size = Numbers.parseInt(part.strip());
                if (size >= 1) {
                    sizes.add(size);
                    continue;
                }
            } catch (IllegalArgumentException ignored) {
                // reported below
            }
            String what = part.isBlank() ? "an empty size" : "'" + part.strip() + "'";
            throw new UserError("--hidden: " + what + " in '" + hidden + "' is not a layer size (a whole "
                    + "number ≥ 1); write sizes like 64,64 or 'none'");
        }
        return sizes;
    }
}
