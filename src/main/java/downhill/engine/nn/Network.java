package downhill.engine.nn;

import java.util.List;

/**
 * A multilayer perceptron whose weights and biases all live in one flat {@code double[]}, with its gradient in a
 * parallel array of the same layout, so any {@link downhill.engine.optimizer.Optimizer} updates it unchanged:
 * {@code optimizer.step(network.parameters(), network.gradient(), rate)}. Layer l's weights are an
 * {@code inputs × outputs} row-major block followed by its bias (see {@link #layers()} and {@link ParameterLayout}),
 * the layout scikit-learn's {@code coefs_} use; PyTorch's {@code weight} is its transpose.
 *
 * <p>This class is the network's face: its parameters, and the gradient, loss and predictions over a batch. The
 * work behind it is in these parts:
 *
 * <ul>
 *   <li>{@link Propagation}: the forward and backward pass (the math is written there), as dense products
 *       ({@link Kernels}) on row copies of the weights;</li>
 *   <li>{@link Workspace}: one thread's buffers, allocated once and reused, so a training step allocates
 *       nothing;</li>
 *   <li>{@link Shard}: one thread's share of a batch, a workspace and a job;</li>
 *   <li>{@link Dropout}: the rates and each batch's masks;</li>
 *   <li>{@link ParameterLayout} and {@link WeightPenalty}: where each layer sits in the flat vector, and the L2
 *       penalty on the weights.</li>
 * </ul>
 *
 * <p>A batch of {@value #SPLIT_ROWS} rows or more is always computed as two halves (two shards) whose gradients
 * and losses are then added; with two threads the halves run at the same time, with one they run in turn. Either
 * way the sums are grouped the same, so the numbers are the same bit for bit whatever the thread count. Dropout
 * ({@link #setDropout}) masks are drawn for the whole batch before the halves start, so they do not depend on the
 * thread count either.
 *
 * <p>Not thread-safe: one network per training run.
 */
public final class Network implements AutoCloseable {

    /** Rows evaluated per pass, fixed so that a loss does not depend on the batch size trained with. */
    static final int EVALUATION_CHUNK = 256;
    /** Batches (and evaluation chunks) of at least this many rows are computed as two halves. */
    static final int SPLIT_ROWS = 64;

    private final Architecture architecture;
    private final List<Layer> layers;
    private final double[] parameters;
    private final double[] gradient;
    private final Dropout dropout;
    private final Propagation propagation;
    private final Shard[] shards;
    private final boolean twoThreads;
    /** Started on the first batch that needs it, so a network that never trains holds no thread. */
    private HelperThread helper;

    /** A network with every parameter 0; call {@link #initialize(long)} or {@link #setParameters(double[])}. */
    public Network(Architecture architecture) {
        this(architecture, 1);
    }

    /** @param threads 1, or 2 to run the two halves of each batch on a helper thread too (close the network to end it) */
    public Network(Architecture architecture, int threads) {
        if (threads != 1 && threads != 2) {
            throw new IllegalArgumentException("a network runs on 1 or 2 threads, got " + threads);
        }
        this.architecture = architecture;
        layers = ParameterLayout.layers(architecture);
        int size = ParameterLayout.size(layers);
        parameters = new double[size];
        gradient = new double[size];
        dropout = new Dropout(layers);
        propagation = new Propagation(architecture, layers, parameters, dropout);
        shards = new Shard[] {
            new Shard(architecture, layers, propagation, gradient),
            new Shard(architecture, layers, propagation, new double[size])
        };
        twoThreads = threads == 2;
    }

    public Architecture architecture() {
        return architecture;
    }

    /** The layers from input to output, each with its views into {@link #parameters()} and {@link #gradient()}. */
    public List<Layer> layers() {
        return layers;
    }

    /** The live parameter vector; optimizers update it in place. */
    public double[] parameters() {
        return parameters;
    }

    /** The live gradient of the last {@link #computeGradient}, same layout as the parameters. */
    public double[] gradient() {
        return gradient;
    }

    public int threads() {
        return twoThreads ? 2 : 1;
    }

    /**
     * Fresh weights from {@code seed}, biases 0. Weights are uniform in ±√(6/fan_in) (He) for layers followed by a
     * rectifier and ±√(6/(fan_in + fan_out)) (Glorot) otherwise, the output layer included; both keep the variance
     * of activations (He) or of activations and gradients (Glorot) roughly constant from layer to layer.
     */
    public void initialize(long seed) {
        initialize(seed, Initialization.DEFAULT);
    }

    /** Fresh weights (and biases, for scikit-learn's scheme) from {@code seed} by {@code scheme}. */
    public void initialize(long seed, Initialization scheme) {
        scheme.fill(parameters, layers, architecture.activation(), seed);
    }

    public void setParameters(double[] values) {
        if (values.length != parameters.length) {
            throw new IllegalArgumentException(
                    architecture.describe() + " has " + parameters.length + " parameters, got " + values.length);
        }
        System.arraycopy(values, 0, parameters, 0, values.length);
    }

    /**
     * Sets layer {@code layer}'s weights, given outputs × inputs as {@code torch.nn.Linear.weight} (the network
     * stores the transpose), and its bias.
     */
    public void setLayer(int layer, double[][] weights, double[] bias) {
        ParameterLayout.writeTorchLayer(parameters, layers, layer, weights, bias, architecture.describe());
    }

    /**
     * Inverted dropout while computing gradients (as {@code torch.nn.Dropout}): in each batch, every unit of hidden
     * layer l is zeroed with probability {@code rates[l]} and the survivors are scaled by 1/(1 − p), so a unit's
     * expected output is what evaluation sees. Evaluations and predictions never drop. The masks come from
     * {@code seed}, drawn in batch row order on the calling thread: the same seed and batches give the same masks on
     * one thread or two. All rates 0 is no dropout at all (every number as without).
     *
     * @param rates one probability in [0, 1) per hidden layer
     */
    public void setDropout(double[] rates, long seed) {
        dropout.set(rates, seed, architecture.describe());
    }

    /** Whether the next batches of the same size reuse the last masks (tests: a loss with the mask fixed). */
    void holdDropoutMasks(boolean held) {
        dropout.hold(held);
    }

    /** A copy of hidden layer {@code layer}'s mask in the last training batch (rows × units), or null; for tests. */
    double[][] dropoutMask(int layer) {
        return dropout.copyOfMask(layer);
    }

    /**
     * The gradient of the mean loss over the batch {@code order[from], …, order[from + rows − 1]} (row indices into
     * {@code features}, {@code inputs} values per row) plus the penalty λ/2·Σ‖W‖² on the weights, into
     * {@link #gradient()}.
     *
     * @return the batch's mean loss plus the penalty
     */
    public double computeGradient(double[] features, double[] targets, int[] order, int from, int rows, double l2) {
        return computeGradient(features, targets, 1, order, from, rows, l2, null);
    }

    /**
     * {@link #computeGradient(double[], double[], int[], int, int, double)} with {@code targetWidth} targets per row
     * (1, or for MSE one per output), showing {@code recorder} (when not null) every layer's z, a and δ of the
     * pass as it computes them: the one backpropagation, whether it trains or explains ({@link Backprop}).
     */
    double computeGradient(
            double[] features,
            double[] targets,
            int targetWidth,
            int[] order,
            int from,
            int rows,
            double l2,
            PassRecorder recorder) {
        if (rows < 1) {
            throw new IllegalArgumentException("a batch needs at least one row, got " + rows);
        }
        if (targetWidth != 1
                && !(targetWidth == architecture.outputs() && architecture.loss() == Loss.MEAN_SQUARED_ERROR)) {
            throw new IllegalArgumentException("targets come one per sample, or one per output for mse; got "
                    + targetWidth + " per sample for " + architecture.describe());
        }
        propagation.copyWeights(true);
        dropout.prepare(rows);
        double scale = 1.0 / rows;
        int used = shardsFor(rows);
        int first = (rows + used - 1) / used;
        for (int s = 0; s < used; s++) {
            int start = s * first;
            shards[s].gradientJob(
                    features,
                    targets,
                    targetWidth,
                    order,
                    from + start,
                    start,
                    Math.min(first, rows - start),
                    scale,
                    recorder);
        }
        dispatch(used);
        double lossSum = shards[0].lossSum();
        if (used == 2) {
            lossSum += shards[1].lossSum();
            double[] other = shards[1].gradient();
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] += other[i];
            }
        }
        double loss = lossSum / rows;
        if (l2 != 0) {
            WeightPenalty.addGradient(layers, parameters, gradient, l2);
            loss += penalty(l2);
        }
        return loss;
    }

    /** λ/2·Σ‖W‖² over every layer's weights (biases are not penalised). */
    public double penalty(double l2) {
        return WeightPenalty.value(layers, parameters, l2);
    }

    /**
     * The mean data loss (no penalty) and correct count over the first {@code rows} rows. From
     * {@value #SPLIT_ROWS} rows on, each half of the rows is one shard's job, which it works through in chunks of
     * {@value #EVALUATION_CHUNK} rows.
     */
    public Evaluation evaluate(double[] features, double[] targets, int rows) {
        propagation.copyWeights(false);
        int used = shardsFor(rows);
        int first = (rows + used - 1) / used;
        for (int s = 0; s < used; s++) {
            shards[s].evaluationJob(features, targets, s * first, Math.min(first, rows - s * first));
        }
        dispatch(used);
        double lossSum = shards[0].lossSum();
        int correct = shards[0].correct();
        if (used == 2) {
            lossSum += shards[1].lossSum();
            correct += shards[1].correct();
        }
        return new Evaluation(lossSum / rows, correct, rows);
    }

    /**
     * What the network predicts for the first {@code rows} rows, {@code outputs} values per row into {@code out}:
     * class probabilities for cross-entropy losses, values for MSE.
     */
    public void predict(double[] features, int rows, double[] out) {
        propagation.copyWeights(false);
        int width = architecture.outputs();
        Workspace work = shards[0].workspace();
        work.ensureCapacity(Math.min(rows, EVALUATION_CHUNK));
        double[][] logits = work.logits();
        for (int start = 0; start < rows; start += EVALUATION_CHUNK) {
            int count = Math.min(EVALUATION_CHUNK, rows - start);
            propagation.forwardFrom(work, features, start, count);
            architecture.loss().squash(logits, count, width);
            for (int r = 0; r < count; r++) {
                System.arraycopy(logits[r], 0, out, (start + r) * width, width);
            }
        }
    }

    /** The Euclidean norm of layer {@code layer}'s gradient, weights and bias together. */
    public double layerGradientNorm(int layer) {
        Layer l = layers.get(layer);
        double sum = 0;
        for (int i = l.weights().offset(); i < l.bias().end(); i++) {
            sum += gradient[i] * gradient[i];
        }
        return Math.sqrt(sum);
    }

    /** Ends the helper thread, if any. */
    @Override
    public void close() {
        if (helper != null) {
            helper.close();
        }
    }

    private static int shardsFor(int rows) {
        return rows >= SPLIT_ROWS ? 2 : 1;
    }

    private void dispatch(int used) {
        if (used == 1) {
            shards[0].run();
        } else if (twoThreads) {
            if (helper == null) {
                helper = new HelperThread("downhill-network-helper");
            }
            helper.runAlongside(shards[1], shards[0]);
        } else {
            shards[0].run();
            shards[1].run();
        }
    }
}
