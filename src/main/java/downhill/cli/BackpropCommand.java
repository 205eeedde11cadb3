package downhill.cli;

import downhill.engine.EnumByLabel;
import downhill.engine.MemoryBudget;
import downhill.engine.Numbers;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Backprop;
import downhill.engine.nn.BackpropPass;
import downhill.engine.nn.Loss;
import downhill.engine.nn.Network;
import downhill.engine.train.TrainingMemory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backprop}: one sample's forward and backward pass through a small network, every number as JSON. */
@Command(
        name = "backprop",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = {
            "One forward and backward pass of one sample, with every intermediate, as JSON: "
                    + "{\"loss\": L, \"output\": [...], \"layers\": [{\"W\", \"b\", \"z\", \"a\", \"delta\", \"dW\", "
                    + "\"db\"}, ...]}, one entry per weight layer from the input.",
            "W is outputs × inputs (torch.nn.Linear.weight); z = W·a + b, a = σ(z) (the last layer's a is z: "
                    + "its sigmoid/softmax belongs to the loss), delta = ∂L/∂z, dW = delta·aᵀ, db = delta. "
                    + "output is the probability (bce, ce) or the value (mse). The same code as training "
                    + "computes it."
        })
final class BackpropCommand implements Callable<Integer> {

    /** The weights come from a file or from a seed, not both. */
    static final class WeightSource {
        @Option(
                names = "--weights",
                paramLabel = "FILE.json",
                description = "Weights as {\"layers\": [{\"W\": [[...]], \"b\": [...]}, ...]}, W outputs × inputs; "
                        + "backprop's own output reads back too.")
        Path file;

        @Option(
                names = "--seed",
                paramLabel = "S",
                description =
                        "Initial weights as training draws them (He or Glorot uniform, biases 0) " + "(default: 0).")
        Long seed;
    }

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--layers",
            paramLabel = "WIDTHS",
            required = true,
            description = "Units per layer from the inputs to the outputs, e.g. 2,3,2,1.")
    private String layers;

    @Option(
            names = "--activation",
            paramLabel = "NAME",
            required = true,
            description = "The hidden layers' activation: relu, leaky-relu (slope 0.01), tanh, sigmoid or linear.")
    private String activation;

    @Option(
            names = "--loss",
            paramLabel = "NAME",
            required = true,
            description = "bce (one output unit, sigmoid), ce (one unit per class, softmax) or mse (identity).")
    private String loss;

    @Option(
            names = "--input",
            paramLabel = "X1,X2,...",
            required = true,
            description = "The sample, one number " + "per input unit.")
    private String input;

    @Option(
            names = "--label",
            paramLabel = "Y",
            required = true,
            description = "bce: 0 or 1 (or a probability between); ce: the class index 0, 1, ...; mse: the target, "
                    + "one number per output unit (comma-separated).")
    private String label;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private WeightSource weights;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON to FILE instead of standard output.")
    private Path out;

    @Override
    public Integer call() {
        int[] widths = widths();
        Activation hidden = Activation.parse(activation);
        Loss lossType = EnumByLabel.parse(Loss.values(), Loss::label, loss, "loss");
        checkOutputs(lossType, widths);
        List<Integer> hiddenSizes = new ArrayList<>();
        for (int l = 1; l < widths.length - 1; l++) {
            hiddenSizes.add(widths[l]);
        }
        // Priced before the network is allocated: --layers 2,99999,99999,1 is a line, not an OutOfMemoryError.
        double count = TrainingMemory.weights(widths[0], hiddenSizes, widths[widths.length - 1]);
        MemoryBudget.requireArray("--layers " + layers, count, "weights");
        MemoryBudget.ofThisJvm()
                .require("--layers " + layers, (long) count, w -> TrainingMemory.weightBytes(w, false), " weights");
        Architecture architecture =
                new Architecture(widths[0], hiddenSizes, hidden, widths[widths.length - 1], lossType);
        double[][] sample = {numbers("--input", input, widths[0], "inputs")};
        BackpropPass pass;
        try (Network network = new Network(architecture)) {
            if (weights != null && weights.file != null) {
                WeightsFile.read(weights.file, widths).applyTo(network);
            } else {
                network.initialize(weights == null ? 0 : weights.seed);
            }
            pass = trace(network, lossType, sample, widths[widths.length - 1]);
        }
        BackpropPass result = pass;
        Output.write(out, spec.commandLine().getOut(), writer -> BackpropJson.write(result, writer));
        return 0;
    }

    private BackpropPass trace(Network network, Loss lossType, double[][] sample, int outputs) {
        if (lossType == Loss.MEAN_SQUARED_ERROR) {
            double[][] targets = {numbers("--label", label, outputs, "outputs (mse takes one target per output)")};
            return Backprop.traceRegression(network, sample, targets);
        }
        if (label.contains(",")) {
            throw new UserError("--label: " + lossType.label() + " takes one label, got '" + label + "'");
        }
        double value = parse("--label", label.strip(), 1);
        if (lossType == Loss.BINARY_CROSS_ENTROPY && !(value >= 0 && value <= 1)) {
            throw new UserError("--label: bce needs 0 or 1 (or a probability between), got " + label.strip());
        }
        if (lossType == Loss.CROSS_ENTROPY && !(value >= 0 && value < outputs && value == Math.rint(value))) {
            throw new UserError("--label: ce with " + outputs + " classes needs a class index 0 … " + (outputs - 1)
                    + ", got " + label.strip());
        }
        return Backprop.trace(network, sample, new double[] {value});
    }

    /** {@code --layers 2,3,2,1}: at least an input and an output width, each a whole number ≥ 1. */
    private int[] widths() {
        String[] parts = layers.split(",", -1);
        if (parts.length < 2) {
            throw new UserError(
                    "--layers needs the input and the output width at least, like 2,3,1; got '" + layers + "'");
        }
        int[] widths = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                widths[i] = Numbers.parseInt(parts[i].strip());
            } catch (IllegalArgumentException e) {
                widths[i] = 0;
            }
            if (widths[i] < 1) {
                throw new UserError("--layers: '" + parts[i].strip() + "' in '" + layers + "' is not a layer width "
                        + "(a whole number ≥ 1)");
            }
        }
        return widths;
    }

    private void checkOutputs(Loss lossType, int[] widths) {
        int outputs = widths[widths.length - 1];
        if (lossType == Loss.BINARY_CROSS_ENTROPY && outputs != 1) {
            throw new UserError("--loss bce needs 1 output unit, --layers " + layers + " ends in " + outputs
                    + " (use ce for one unit per class)");
        }
        if (lossType == Loss.CROSS_ENTROPY && outputs < 2) {
            throw new UserError("--loss ce needs one output unit per class (2 or more), --layers " + layers
                    + " ends in 1 (use bce for two classes on one unit)");
        }
    }

    /** {@code count} finite numbers, comma-separated, for option {@code option}. */
    private static double[] numbers(String option, String text, int count, String what) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            throw new UserError(option + " has " + parts.length + (parts.length == 1 ? " value" : " values")
                    + ", --layers says " + count + " " + what);
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = parse(option, parts[i].strip(), i + 1);
        }
        return values;
    }

    private static double parse(String option, String text, int position) {
        double value;
        try {
            // Only plain decimals: Double.parseDouble would also take "1d", "0x1p3" or "Infinity".
            if (!text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                throw new NumberFormatException();
            }
            value = Double.parseDouble(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(option + ": '" + text + "' (value " + position + ") is not a finite number");
        }
        if (!Double.isFinite(value)) {
            throw new UserError(option + ": '" + text + "' (value " + position + ") is not a finite number");
        }
        return value;
    }
}
