package downhill.app.backprop;

import downhill.app.i18n.Messages;
import downhill.engine.Numbers;
import downhill.engine.nn.BackpropPass;
import downhill.engine.nn.LayerPass;
import downhill.engine.nn.Loss;
import java.util.ArrayList;
import java.util.List;

/**
 * The stepper's stages over one pass of L weight layers, 2L + 2 in all: the input; forward through each layer
 * (z = W·a + b, a = σ(z)); the loss; the output δ; back through each hidden layer (δˡ = (Wˡ⁺¹ᵀδˡ⁺¹) ⊙ σ′(zˡ)),
 * each backward stage with its ∂L/∂W and ∂L/∂b. Each stage is a title and equation lines with the numbers of the
 * pass's first sample (the only one for a single sample); every number is the pass's own.
 */
public final class Stages {

    /** What a stage shows. */
    public enum Kind {
        INPUT,
        FORWARD,
        LOSS,
        OUTPUT_DELTA,
        BACKWARD,
        /** The optimizer's step after the pass (the view-model writes it: it needs the run's optimizer state). */
        UPDATE
    }

    /**
     * @param layer the weight layer (0-based) the stage is about; −1 for the input and the loss
     */
    public record Stage(Kind kind, int layer, String title, List<String> lines) {

        public Stage {
            lines = List.copyOf(lines);
        }

        /** Whether the diagram shows δ (backward) rather than activations. */
        public boolean backward() {
            return kind == Kind.OUTPUT_DELTA || kind == Kind.BACKWARD;
        }
    }

    /** Units written out per layer; the rest are on the diagram. */
    static final int LINES_PER_LAYER = 3;

    private final BackpropPass pass;
    private final double[] targets;

    /** @param targets one per row of the pass: the class, or the value for one-output MSE */
    public Stages(BackpropPass pass, double[] targets) {
        this.pass = pass;
        this.targets = targets.clone();
    }

    public static int count(int weightLayers) {
        return 2 * weightLayers + 2;
    }

    public int count() {
        return count(pass.layers().size());
    }

    /** Stage {@code s}, 0 … {@link #count()} − 1. */
    public Stage stage(int s) {
        int last = pass.layers().size();
        if (s <= 0) {
            return input();
        }
        if (s <= last) {
            return forward(s - 1);
        }
        if (s == last + 1) {
            return loss();
        }
        if (s == last + 2) {
            return outputDelta();
        }
        return backward(2 * last + 1 - s);
    }

    /** The stage that ends the forward pass through weight layer {@code layer}. */
    public static int forwardStage(int layer) {
        return layer + 1;
    }

    private Stage input() {
        List<String> lines = new ArrayList<>();
        double[] x = pass.inputs()[0];
        for (int i = 0; i < x.length && i < LINES_PER_LAYER; i++) {
            lines.add("a⁰" + Symbols.sub(i + 1) + " = x" + Symbols.sub(i + 1) + " = " + n(x[i]));
        }
        more(lines, x.length);
        lines.add(Messages.text("backprop.line.target", n(targets[0])));
        batchNote(lines);
        return new Stage(Kind.INPUT, -1, Messages.text("backprop.stage.input"), lines);
    }

    private Stage forward(int l) {
        LayerPass layer = pass.layers().get(l);
        boolean output = l == pass.layers().size() - 1;
        double[] in = l == 0 ? pass.inputs()[0] : pass.layers().get(l - 1).a()[0];
        String up = Symbols.sup(l + 1);
        String down = Symbols.sup(l);
        List<String> lines = new ArrayList<>();
        for (int j = 0; j < layer.outputs() && j < LINES_PER_LAYER; j++) {
            String jj = Symbols.sub(j + 1);
            StringBuilder sum = new StringBuilder();
            if (in.length <= 3) {
                for (int i = 0; i < in.length; i++) {
                    sum.append(i == 0 ? "" : " + ")
                            .append(p(layer.weights()[j][i]))
                            .append("·")
                            .append(p(in[i]));
                }
                sum.append(" + ").append(p(layer.bias()[j]));
            } else {
                sum.append("Σᵢ W")
                        .append(up)
                        .append(jj)
                        .append("ᵢ·a")
                        .append(down)
                        .append("ᵢ + b")
                        .append(up)
                        .append(jj);
            }
            lines.add("z" + up + jj + " = " + sum + " = " + n(layer.z()[0][j]));
            if (!output) {
                lines.add("a" + up + jj + " = " + layer.activation().label() + "(" + n(layer.z()[0][j]) + ") = "
                        + n(layer.a()[0][j]));
            }
        }
        more(lines, layer.outputs());
        String title = output
                ? Messages.text("backprop.stage.forwardOutput", l + 1)
                : Messages.text(
                        "backprop.stage.forward", l + 1, layer.activation().label());
        return new Stage(Kind.FORWARD, l, title, lines);
    }

    private Stage loss() {
        Loss loss = pass.architecture().loss();
        double[] yHat = pass.output()[0];
        double[] z = pass.layers().get(pass.layers().size() - 1).z()[0];
        List<String> lines = new ArrayList<>();
        switch (loss) {
            case BINARY_CROSS_ENTROPY -> {
                lines.add("ŷ = σ(z) = σ(" + n(z[0]) + ") = " + n(yHat[0]));
                lines.add("L = −[y·log ŷ + (1 − y)·log(1 − ŷ)],  y = " + n(targets[0]));
            }
            case CROSS_ENTROPY -> {
                lines.add("ŷ = softmax(z) = " + vector(yHat));
                lines.add("L = −log ŷ_y = −log " + n(yHat[(int) targets[0]]) + ",  y = " + (int) targets[0]);
            }
            case MEAN_SQUARED_ERROR -> {
                lines.add("ŷ = z = " + vector(yHat));
                lines.add("L = (1/k)·Σⱼ (zⱼ − tⱼ)²,  k = " + yHat.length);
            }
        }
        lines.add(Messages.text(
                pass.rows() == 1 ? "backprop.line.loss" : "backprop.line.lossBatch", n(pass.loss()), pass.rows()));
        return new Stage(Kind.LOSS, -1, Messages.text("backprop.stage.loss", loss.label()), lines);
    }

    private Stage outputDelta() {
        int l = pass.layers().size() - 1;
        LayerPass layer = pass.layers().get(l);
        double[] yHat = pass.output()[0];
        String up = Symbols.sup(l + 1);
        String per = pass.rows() == 1 ? "" : "/n";
        List<String> lines = new ArrayList<>();
        Loss loss = pass.architecture().loss();
        for (int j = 0; j < layer.outputs() && j < LINES_PER_LAYER; j++) {
            String jj = Symbols.sub(j + 1);
            double t = target(j);
            String formula = switch (loss) {
                case BINARY_CROSS_ENTROPY, CROSS_ENTROPY ->
                    "(ŷ" + jj + " − y" + jj + ")" + per + " = (" + n(yHat[j]) + " − " + n(t) + ")" + per;
                case MEAN_SQUARED_ERROR ->
                    "2(z" + jj + " − t" + jj + ")/k" + per + " = 2·(" + n(yHat[j]) + " − " + n(t) + ")/"
                            + layer.outputs() + per;
            };
            lines.add("δ" + up + jj + " = " + formula + " = " + n(layer.delta()[0][j]));
        }
        more(lines, layer.outputs());
        lines.add(Messages.text("backprop.why." + loss.label()));
        if (loss == Loss.BINARY_CROSS_ENTROPY) {
            // The same ŷ through an MSE: the σ′ that cross-entropy cancels would stay.
            double t = target(0);
            lines.add(Messages.text(
                    "backprop.line.mseInstead", n(2 * (yHat[0] - t) * yHat[0] * (1 - yHat[0]) / pass.rows())));
        }
        gradients(lines, l);
        return new Stage(Kind.OUTPUT_DELTA, l, Messages.text("backprop.stage.outputDelta", l + 1), lines);
    }

    private Stage backward(int l) {
        LayerPass layer = pass.layers().get(l);
        String up = Symbols.sup(l + 1);
        String next = Symbols.sup(l + 2);
        List<String> lines = new ArrayList<>();
        for (int j = 0; j < layer.outputs() && j < LINES_PER_LAYER; j++) {
            ChainRule rule = ChainRule.of(pass, l, j, 0);
            String jj = Symbols.sub(j + 1);
            lines.add("δ" + up + jj + " = (Σₖ W" + next + "ₖ" + jj + "·δ" + next + "ₖ)·σ′(z" + up + jj + ") = "
                    + p(rule.factors().get(0).value()) + "·"
                    + p(rule.factors().get(1).value()) + " = "
                    + n(layer.delta()[0][j]));
        }
        more(lines, layer.outputs());
        gradients(lines, l);
        return new Stage(
                Kind.BACKWARD,
                l,
                Messages.text(
                        "backprop.stage.backward", l + 1, layer.activation().label()),
                lines);
    }

    /** ∂L/∂Wˡ = δˡ·aˡ⁻¹ᵀ and ∂L/∂bˡ = δˡ, for the first unit's first weights. */
    private void gradients(List<String> lines, int l) {
        LayerPass layer = pass.layers().get(l);
        String up = Symbols.sup(l + 1);
        double[] in = l == 0 ? pass.inputs()[0] : pass.layers().get(l - 1).a()[0];
        lines.add("∂L/∂W" + up + " = δ" + up + "·a" + Symbols.sup(l) + "ᵀ,  ∂L/∂b" + up + " = δ" + up);
        for (int i = 0; i < in.length && i < 2; i++) {
            String w = "W" + up + "₁" + Symbols.sub(i + 1);
            lines.add(
                    pass.rows() == 1
                            ? "∂L/∂" + w + " = " + p(layer.delta()[0][0]) + "·" + p(in[i]) + " = "
                                    + n(layer.weightGradient()[0][i])
                            : "∂L/∂" + w + " = Σᵣ δʳ·aʳ = " + n(layer.weightGradient()[0][i]));
        }
        lines.add("∂L/∂b" + up + "₁ = " + n(layer.biasGradient()[0]));
    }

    /** The target of output {@code j} for the first sample: y, the one-hot class, or the value. */
    private double target(int j) {
        int outputs = pass.architecture().outputs();
        if (outputs == 1) {
            return targets[0];
        }
        return (int) targets[0] == j ? 1 : 0;
    }

    private void batchNote(List<String> lines) {
        if (pass.rows() > 1) {
            lines.add(Messages.text("backprop.line.batch", pass.rows()));
        }
    }

    private static void more(List<String> lines, int units) {
        if (units > LINES_PER_LAYER) {
            lines.add(Messages.text("backprop.line.more", units - LINES_PER_LAYER));
        }
    }

    private static String vector(double[] values) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < values.length && i < 4; i++) {
            text.append(i == 0 ? "" : ", ").append(n(values[i]));
        }
        return text.append(values.length > 4 ? ", …)" : ")").toString();
    }

    /** A number as the equations write it: four significant digits, a true minus sign. */
    static String n(double v) {
        return Numbers.compact(v).replace('-', '−');
    }

    /** A factor: negative numbers in parentheses, so "0.5·(−0.3)" reads right. */
    private static String p(double v) {
        return v < 0 ? "(" + n(v) + ")" : n(v);
    }
}
