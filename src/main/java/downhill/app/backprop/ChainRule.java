package downhill.app.backprop;

import downhill.engine.nn.BackpropPass;
import downhill.engine.nn.LayerPass;
import java.util.ArrayList;
import java.util.List;

/**
 * The chain rule for one weight Wˡⱼᵢ (from unit i of layer l − 1 to unit j of layer l) as a product of factors with
 * their numbers, read from a pass: ∂L/∂Wˡⱼᵢ = ∂L/∂aˡⱼ · ∂aˡⱼ/∂zˡⱼ · ∂zˡⱼ/∂Wˡⱼᵢ for a hidden unit, where
 * ∂L/∂aˡⱼ = Σₖ Wˡ⁺¹ₖⱼ·δˡ⁺¹ₖ and ∂aˡⱼ/∂zˡⱼ = σ′(zˡⱼ); for an output unit the first two are δᴸⱼ = ∂L/∂zᴸⱼ.
 * The factors are those of the pass's first sample; for a batch the gradient is the sum of such products over its
 * samples (each δ carries 1/n), plus λ·W with an L2 penalty.
 *
 * @param layer    weight layer, 0-based from the input
 * @param to       unit j of the layer's output
 * @param from     unit i of its input
 * @param factors  the first sample's factors, in order from the loss
 * @param gradient ∂L/∂Wˡⱼᵢ as the pass computed it (the training step's number)
 * @param rows     samples in the pass
 */
public record ChainRule(int layer, int to, int from, List<Factor> factors, double gradient, int rows) {

    /** One factor: its symbol (e.g. {@code σ′(z²₁)}) and value. */
    public record Factor(String symbol, double value) {}

    public ChainRule {
        factors = List.copyOf(factors);
    }

    /** The chain rule of weight {@code layer}[{@code to}][{@code from}] in {@code pass}. */
    public static ChainRule of(BackpropPass pass, int layer, int to, int from) {
        List<LayerPass> layers = pass.layers();
        LayerPass here = layers.get(layer);
        String l = Symbols.sup(layer + 1);
        String j = Symbols.sub(to + 1);
        double input =
                layer == 0 ? pass.inputs()[0][from] : layers.get(layer - 1).a()[0][from];
        List<Factor> factors = new ArrayList<>();
        if (layer == layers.size() - 1) {
            factors.add(new Factor("δ" + l + j, here.delta()[0][to]));
        } else {
            LayerPass next = layers.get(layer + 1);
            double back = 0;
            for (int k = 0; k < next.outputs(); k++) {
                back += next.weights()[k][to] * next.delta()[0][k];
            }
            factors.add(new Factor("∂L/∂a" + l + j, back));
            factors.add(new Factor("σ′(z" + l + j + ")", here.activation().derivativeFromOutput(here.a()[0][to])));
        }
        factors.add(new Factor("a" + Symbols.sup(layer) + Symbols.sub(from + 1), input));
        return new ChainRule(layer, to, from, factors, here.weightGradient()[to][from], pass.rows());
    }

    /** The product of the factors: the gradient for one sample without a penalty. */
    public double product() {
        double p = 1;
        for (Factor f : factors) {
            p *= f.value();
        }
        return p;
    }
}
