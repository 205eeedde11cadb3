package downhill.engine.nn;

/**
 * One weight layer l of a {@link BackpropPass}, shaped as PyTorch's {@code torch.nn.Linear}: for each of the pass's
 * rows (samples) r,
 *
 * <pre>
 * zˡ = Wˡ·aˡ⁻¹ + bˡ          (a⁰ is the input)
 * aˡ = σ(zˡ)                 (identity for the output layer: its sigmoid/softmax belongs to the loss)
 * δˡ = ∂L/∂zˡ = (Wˡ⁺¹ᵀ·δˡ⁺¹) ⊙ σ′(zˡ)
 * ∂L/∂Wˡ = Σᵣ δˡᵣ·aˡ⁻¹ᵣᵀ (+ λ·Wˡ with an L2 penalty)
 * ∂L/∂bˡ = Σᵣ δˡᵣ
 * </pre>
 *
 * L is the batch's mean loss, so each row's δ already carries the factor 1/rows and the sums over rows are the
 * mean gradient training steps with (PyTorch's {@code reduction='mean'}, whose {@code z.grad} is this δ).
 *
 * <p>Arrays are copies the caller owns; as in any record of arrays, equality is identity.
 *
 * @param weights Wˡ, outputs × inputs ({@code torch.nn.Linear.weight}; the network stores its transpose)
 * @param bias bˡ, one per output
 * @param z pre-activations, rows × outputs
 * @param a activations σ(z), rows × outputs
 * @param delta δ = ∂L/∂z, rows × outputs
 * @param weightGradient ∂L/∂W, outputs × inputs
 * @param biasGradient ∂L/∂b, one per output
 * @param activation σ of this layer ({@link Activation#LINEAR} for the output layer)
 */
public record LayerPass(
        double[][] weights,
        double[] bias,
        double[][] z,
        double[][] a,
        double[][] delta,
        double[][] weightGradient,
        double[] biasGradient,
        Activation activation) {

    public int inputs() {
        return weights[0].length;
    }

    public int outputs() {
        return bias.length;
    }
}
