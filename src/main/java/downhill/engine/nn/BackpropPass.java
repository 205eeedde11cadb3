package downhill.engine.nn;

import java.util.List;

/**
 * One forward and backward pass of a network over one sample or a batch, with every intermediate
 * ({@link LayerPass} per weight layer, from the input).
 *
 * <p>The loss is the batch's mean (plus λ/2·Σ‖W‖² with an L2 penalty). Its gradient with respect to the output
 * layer's z is where the losses differ:
 *
 * <ul>
 *   <li>BCE on a sigmoid: L = −[y·log ŷ + (1 − y)·log(1 − ŷ)] with ŷ = σ(z); ∂L/∂ŷ = (ŷ − y)/(ŷ(1 − ŷ)) and
 *       σ′(z) = ŷ(1 − ŷ) cancel, so δᴸ = ŷ − y.</li>
 *   <li>CE on a softmax: L = −log ŷ_y; the softmax's Jacobian cancels the same way, δᴸ = ŷ − onehot(y).</li>
 *   <li>MSE on the identity: L = (1/k)·Σⱼ (zⱼ − tⱼ)² over k outputs, δᴸ = 2(z − t)/k; had the output a sigmoid
 *       (ŷ = σ(z)), σ′(z) = ŷ(1 − ŷ) would stay in δᴸ = 2(ŷ − t)·ŷ(1 − ŷ) and vanish when ŷ saturates — why
 *       cross-entropy, not MSE, suits a sigmoid output.</li>
 * </ul>
 *
 * For a batch of n rows each row's δᴸ is the above divided by n (PyTorch's mean reduction; for MSE the mean runs
 * over all n·k values, as {@code torch.nn.MSELoss()}).
 *
 * @param architecture the network's shape, activation and loss
 * @param inputs a⁰, rows × inputs
 * @param loss the batch's mean loss (plus the L2 penalty, if any)
 * @param output what the network predicts per row: σ(z) for BCE, softmax(z) for CE, z for MSE
 * @param layers one per weight layer, from the input to the output
 */
public record BackpropPass(
        Architecture architecture, double[][] inputs, double loss, double[][] output, List<LayerPass> layers) {

    public BackpropPass {
        layers = List.copyOf(layers);
    }

    /** Samples in the pass. */
    public int rows() {
        return inputs.length;
    }
}
