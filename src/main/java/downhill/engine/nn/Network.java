package downhill.engine.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A multilayer perceptron whose weights and biases all live in one flat {@code double[]}, with its gradient in a
 * parallel array of the same layout, so any {@link downhill.engine.optimizer.Optimizer} updates it unchanged:
 * {@code optimizer.step(network.parameters(), network.gradient(), rate)}. Layer l's weights are an
 * {@code inputs × outputs} row-major block followed by its bias (see {@link #layers()}), the layout scikit-learn's
 * {@code coefs_} use; PyTorch's {@code weight} is its transpose.
 *
 * <p>Forward and backward passes run over whole batches as dense products ({@link Kernels}) into workspaces
 * allocated once and reused, so a training step allocates nothing. The kernels want matrices as arrays of rows, so
 * each pass starts by copying the weights out of the flat vector (and transposed, for the backward pass): a few
 * thousand numbers against the hundreds of thousands of multiply-adds of a batch. A batch of {@value #SPLIT_ROWS} rows or more is
 * always computed as two halves whose gradients and losses are then added; with two threads the halves run at the
 * same time, with one they run in turn. Either way the sums are grouped the same, so the numbers are the same bit
 * for bit whatever the thread count. Dropout ({@link #setDropout}) masks are drawn for the whole batch before the
 * halves start, so they do not depend on the thread count either.
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
    private final Shard[] shards;
    /** Each layer's weights as rows (inputs × outputs), and transposed (outputs × inputs), for the kernels. */
    private final double[][][] weightRows;

    private final double[][][] weightColumns;
    private final boolean twoThreads;
    /** Started on the first batch that needs it, so a network that never trains holds no thread. */
    private HelperThread helper;
    /** Each hidden layer's dropout probability, or null when no layer drops (then nothing below is touched). */
    private double[] dropout;
    /** Where the masks come from; drawn on the calling thread, so the thread count cannot change them. */
    private SplittableRandom maskStream;
    /** The last training batch's masks per hidden layer (null: no dropout there), a row per sample of the batch. */
    private double[][][] masks;

    private int maskRows;
    /** Reuse the last masks instead of drawing new ones: for gradient checks with the mask fixed. */
    private boolean masksHeld;

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
        int[] widths = architecture.widths();
        List<Layer> list = new ArrayList<>();
        int offset = 0;
        for (int l = 1; l < widths.length; l++) {
            MatrixView weights = new MatrixView(offset, widths[l - 1], widths[l]);
            MatrixView bias = new MatrixView(weights.end(), 1, widths[l]);
            offset = bias.end();
            list.add(new Layer(weights, bias, l == widths.length - 1 ? Activation.LINEAR : architecture.activation()));
        }
        layers = List.copyOf(list);
        parameters = new double[offset];
        gradient = new double[offset];
        weightRows = new double[layers.size()][][];
        weightColumns = new double[layers.size()][][];
        for (int l = 0; l < layers.size(); l++) {
            weightRows[l] = new double[layers.get(l).inputs()][layers.get(l).outputs()];
            weightColumns[l] = new double[layers.get(l).outputs()][layers.get(l).inputs()];
        }
        shards = new Shard[] {new Shard(gradient), new Shard(new double[offset])};
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
        Layer target = layers.get(layer);
        MatrixView w = target.weights();
        boolean fits = weights.length == w.cols() && bias.length == w.cols();
        for (int j = 0; fits && j < weights.length; j++) {
            fits = weights[j].length == w.rows();
        }
        if (!fits) {
            throw new IllegalArgumentException("layer " + layer + " of " + architecture.describe() + " takes a "
                    + w.cols() + " × " + w.rows() + " weight matrix (outputs × inputs) and " + w.cols() + " biases");
        }
        for (int j = 0; j < w.cols(); j++) {
            for (int i = 0; i < w.rows(); i++) {
                parameters[w.offset() + i * w.cols() + j] = weights[j][i];
            }
        }
        System.arraycopy(bias, 0, parameters, target.bias().offset(), bias.length);
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
        if (rates.length != layers.size() - 1) {
            throw new IllegalArgumentException(architecture.describe() + " has " + (layers.size() - 1)
                    + " hidden layers, got " + rates.length + " dropout rates");
        }
        boolean any = false;
        for (double p : rates) {
            if (!(p >= 0 && p < 1)) {
                throw new IllegalArgumentException("a dropout probability is in [0, 1), got " + p);
            }
            any |= p > 0;
        }
        dropout = any ? rates.clone() : null;
        maskStream = any ? new SplittableRandom(seed) : null;
        masks = any ? new double[rates.length][0][] : null;
        maskRows = 0;
    }

    /** Whether hidden layer {@code layer}'s outputs are dropped in training. */
    private boolean drops(int layer) {
        return dropout != null && layer < dropout.length && dropout[layer] > 0;
    }

    /** Draws every dropping layer's mask for a batch of {@code rows}: 0 with probability p, else 1/(1 − p). */
    private void drawMasks(int rows) {
        for (int l = 0; l < dropout.length; l++) {
            if (dropout[l] == 0) {
                continue;
            }
            int width = layers.get(l).outputs();
            if (masks[l].length < rows) {
                masks[l] = new double[rows][width];
            }
            double p = dropout[l];
            double kept = 1 / (1 - p);
            for (int r = 0; r < rows; r++) {
                double[] row = masks[l][r];
                for (int j = 0; j < width; j++) {
                    row[j] = maskStream.nextDouble() < p ? 0 : kept;
                }
            }
        }
        maskRows = rows;
    }

    /** Whether the next batches of the same size reuse the last masks (tests: a loss with the mask fixed). */
    void holdDropoutMasks(boolean held) {
        masksHeld = held;
    }

    /** A copy of hidden layer {@code layer}'s mask in the last training batch (rows × units), or null; for tests. */
    double[][] dropoutMask(int layer) {
        if (!drops(layer)) {
            return null;
        }
        double[][] copy = new double[maskRows][];
        for (int r = 0; r < maskRows; r++) {
            copy[r] = masks[layer][r].clone();
        }
        return copy;
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
        copyWeights(true);
        if (dropout != null && !(masksHeld && maskRows == rows)) {
            drawMasks(rows);
        }
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
        double lossSum = shards[0].lossSum;
        if (used == 2) {
            lossSum += shards[1].lossSum;
            double[] other = shards[1].gradient;
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] += other[i];
            }
        }
        double loss = lossSum / rows;
        if (l2 != 0) {
            for (Layer layer : layers) {
                MatrixView w = layer.weights();
                for (int i = w.offset(); i < w.end(); i++) {
                    gradient[i] += l2 * parameters[i];
                }
            }
            loss += penalty(l2);
        }
        return loss;
    }

    /** λ/2·Σ‖W‖² over every layer's weights (biases are not penalised). */
    public double penalty(double l2) {
        if (l2 == 0) {
            return 0;
        }
        double sum = 0;
        for (Layer layer : layers) {
            MatrixView w = layer.weights();
            for (int i = w.offset(); i < w.end(); i++) {
                sum += parameters[i] * parameters[i];
            }
        }
        return l2 / 2 * sum;
    }

    /**
     * The mean data loss (no penalty) and correct count over the first {@code rows} rows. From
     * {@value #SPLIT_ROWS} rows on, each half of the rows is one shard's job, which it works through in chunks of
     * {@value #EVALUATION_CHUNK} rows.
     */
    public Evaluation evaluate(double[] features, double[] targets, int rows) {
        copyWeights(false);
        int used = shardsFor(rows);
        int first = (rows + used - 1) / used;
        for (int s = 0; s < used; s++) {
            shards[s].evaluationJob(features, targets, s * first, Math.min(first, rows - s * first));
        }
        dispatch(used);
        double lossSum = shards[0].lossSum;
        int correct = shards[0].correct;
        if (used == 2) {
            lossSum += shards[1].lossSum;
            correct += shards[1].correct;
        }
        return new Evaluation(lossSum / rows, correct, rows);
    }

    /**
     * What the network predicts for the first {@code rows} rows, {@code outputs} values per row into {@code out}:
     * class probabilities for cross-entropy losses, values for MSE.
     */
    public void predict(double[] features, int rows, double[] out) {
        copyWeights(false);
        int width = architecture.outputs();
        Shard shard = shards[0];
        shard.ensureCapacity(Math.min(rows, EVALUATION_CHUNK));
        double[][] logits = shard.activations[layers.size() - 1];
        for (int start = 0; start < rows; start += EVALUATION_CHUNK) {
            int count = Math.min(EVALUATION_CHUNK, rows - start);
            shard.forwardFrom(features, start, count);
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

    /** Refreshes the row copies of the weights (and their transposes, which only backward passes read). */
    private void copyWeights(boolean transposed) {
        for (int l = 0; l < layers.size(); l++) {
            MatrixView w = layers.get(l).weights();
            Kernels.copyRows(parameters, w.offset(), w.rows(), w.cols(), weightRows[l]);
            if (transposed && l > 0) {
                Kernels.transpose(parameters, w.offset(), w.rows(), w.cols(), weightColumns[l]);
            }
        }
    }

    private int maxWidth() {
        int widest = 0;
        for (int width : architecture.widths()) {
            widest = Math.max(widest, width);
        }
        return widest;
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

    /** One thread's buffers and its current job: a slice of a batch or of an evaluation. */
    private final class Shard implements Runnable {

        private final double[] gradient;
        private double[][] input = new double[0][];
        private double[] targets = new double[0];
        /** Layer l's outputs (after its activation; the last: raw outputs), one row per sample. */
        private final double[][][] activations = new double[layers.size()][0][];
        /** A dropping hidden layer's outputs times its mask: what the next layer reads in training. */
        private final double[][][] dropped = new double[layers.size()][0][];
        /** The loss gradient with respect to layer l's outputs before the activation. */
        private final double[][][] deltas = new double[layers.size()][0][];
        /** Layer l's weight gradient as rows, and its bias gradient, before they go into the flat gradient. */
        private final double[][][] weightGradients = new double[layers.size()][][];

        private final double[][] biasGradients = new double[layers.size()][];
        /** Scratch for {@link Kernels#multiplySkippingZeros}: the nonzero inputs of one row. */
        private final int[] nonzero = new int[maxWidth()];

        private int capacity;

        private boolean evaluating;
        private double[] jobFeatures;
        private double[] jobTargets;
        private int jobTargetWidth;
        private int[] jobOrder;
        private int jobFrom;
        /** The job's first row counted within the batch, for the recorder. */
        private int jobFirst;

        private int jobRows;
        private double jobScale;
        private PassRecorder jobRecorder;
        double lossSum;
        int correct;

        Shard(double[] gradient) {
            this.gradient = gradient;
            for (int l = 0; l < layers.size(); l++) {
                weightGradients[l] =
                        new double[layers.get(l).inputs()][layers.get(l).outputs()];
                biasGradients[l] = new double[layers.get(l).outputs()];
            }
        }

        void gradientJob(
                double[] features,
                double[] targets,
                int targetWidth,
                int[] order,
                int from,
                int first,
                int rows,
                double scale,
                PassRecorder recorder) {
            evaluating = false;
            jobFeatures = features;
            jobTargets = targets;
            jobTargetWidth = targetWidth;
            jobOrder = order;
            jobFrom = from;
            jobFirst = first;
            jobRows = rows;
            jobScale = scale;
            jobRecorder = recorder;
        }

        void evaluationJob(double[] features, double[] targets, int from, int rows) {
            evaluating = true;
            jobFeatures = features;
            jobTargets = targets;
            jobFrom = from;
            jobRows = rows;
        }

        @Override
        public void run() {
            Loss loss = architecture.loss();
            int width = architecture.outputs();
            double[][] logits;
            if (evaluating) {
                ensureCapacity(Math.min(jobRows, EVALUATION_CHUNK));
                logits = activations[layers.size() - 1];
                lossSum = 0;
                correct = 0;
                for (int start = jobFrom; start < jobFrom + jobRows; start += EVALUATION_CHUNK) {
                    int count = Math.min(EVALUATION_CHUNK, jobFrom + jobRows - start);
                    forwardFrom(jobFeatures, start, count);
                    lossSum += loss.lossSum(logits, count, width, jobTargets, start, 1, null, 1);
                    correct += loss.correctCount(logits, count, width, jobTargets, start);
                }
            } else {
                ensureCapacity(jobRows);
                logits = activations[layers.size() - 1];
                int inputs = architecture.inputs();
                int stride = jobTargetWidth;
                for (int r = 0; r < jobRows; r++) {
                    int row = jobOrder[jobFrom + r];
                    System.arraycopy(jobFeatures, row * inputs, input[r], 0, inputs);
                    if (stride == 1) {
                        targets[r] = jobTargets[row];
                    } else {
                        System.arraycopy(jobTargets, row * stride, targets, r * stride, stride);
                    }
                }
                forward(jobRows, jobRecorder, true);
                lossSum = loss.lossSum(logits, jobRows, width, targets, 0, stride, deltas[layers.size() - 1], jobScale);
                backward(jobRows);
                if (jobRecorder != null) {
                    for (int l = 0; l < layers.size(); l++) {
                        jobRecorder.outputsAndDeltas(l, jobFirst, activations[l], deltas[l], jobRows);
                    }
                }
            }
        }

        /** Forward pass over {@code rows} consecutive samples of {@code features} from sample {@code from}. */
        void forwardFrom(double[] features, int from, int rows) {
            int inputs = architecture.inputs();
            for (int r = 0; r < rows; r++) {
                System.arraycopy(features, (from + r) * inputs, input[r], 0, inputs);
            }
            forward(rows, null, false);
        }

        /**
         * The forward pass; {@code recorder}, when not null, sees each layer's z before the activation; in
         * {@code training}, dropping layers pass on their outputs times the batch's masks.
         */
        private void forward(int rows, PassRecorder recorder, boolean training) {
            double[][] in = input;
            for (int l = 0; l < layers.size(); l++) {
                Layer layer = layers.get(l);
                double[][] out = activations[l];
                if (l > 0 && layers.get(l - 1).activation().reluLike()) {
                    Kernels.multiplySkippingZeros(
                            in,
                            weightRows[l],
                            parameters,
                            layer.bias().offset(),
                            out,
                            rows,
                            layer.inputs(),
                            layer.outputs(),
                            nonzero);
                } else {
                    Kernels.multiply(
                            in,
                            weightRows[l],
                            parameters,
                            layer.bias().offset(),
                            out,
                            rows,
                            layer.inputs(),
                            layer.outputs());
                }
                if (recorder != null) {
                    recorder.preActivations(l, jobFirst, out, rows);
                }
                layer.activation().applyInPlace(out, rows, layer.outputs());
                in = training && drops(l) ? drop(l, out, rows) : out;
            }
        }

        /** Layer l's outputs times its rows of the batch's mask, into {@link #dropped}. */
        private double[][] drop(int l, double[][] out, int rows) {
            int width = layers.get(l).outputs();
            if (dropped[l].length < rows) {
                dropped[l] = new double[rows][width];
            }
            double[][] mask = masks[l];
            for (int r = 0; r < rows; r++) {
                double[] a = out[r];
                double[] m = mask[jobFirst + r];
                double[] d = dropped[l][r];
                for (int j = 0; j < width; j++) {
                    d[j] = a[j] * m[j];
                }
            }
            return dropped[l];
        }

        /** From the output deltas back: each layer's weight and bias gradient, and the delta of the layer below. */
        private void backward(int rows) {
            for (int l = layers.size() - 1; l >= 0; l--) {
                Layer layer = layers.get(l);
                double[][] delta = deltas[l];
                double[][] below = l == 0 ? input : drops(l - 1) ? dropped[l - 1] : activations[l - 1];
                Kernels.multiplyTransposedA(below, delta, weightGradients[l], layer.inputs(), rows, layer.outputs());
                MatrixView w = layer.weights();
                for (int i = 0; i < w.rows(); i++) {
                    System.arraycopy(weightGradients[l][i], 0, gradient, w.offset() + i * w.cols(), w.cols());
                }
                double[] biasGradient = biasGradients[l];
                Arrays.fill(biasGradient, 0);
                for (int r = 0; r < rows; r++) {
                    double[] row = delta[r];
                    for (int j = 0; j < biasGradient.length; j++) {
                        biasGradient[j] += row[j];
                    }
                }
                System.arraycopy(biasGradient, 0, gradient, layer.bias().offset(), biasGradient.length);
                if (l > 0) {
                    Kernels.multiply(
                            delta, weightColumns[l], null, 0, deltas[l - 1], rows, layer.outputs(), layer.inputs());
                    if (drops(l - 1)) {
                        // δ of a dropped unit is 0, a survivor's is scaled as its output was
                        double[][] mask = masks[l - 1];
                        for (int r = 0; r < rows; r++) {
                            double[] d = deltas[l - 1][r];
                            double[] m = mask[jobFirst + r];
                            for (int j = 0; j < d.length; j++) {
                                d[j] *= m[j];
                            }
                        }
                    }
                    layers.get(l - 1)
                            .activation()
                            .multiplyByDerivative(deltas[l - 1], activations[l - 1], rows, layer.inputs());
                }
            }
        }

        void ensureCapacity(int rows) {
            if (rows <= capacity) {
                return;
            }
            capacity = rows;
            input = new double[rows][architecture.inputs()];
            targets = new double[rows * architecture.outputs()];
            for (int l = 0; l < layers.size(); l++) {
                activations[l] = new double[rows][layers.get(l).outputs()];
                deltas[l] = new double[rows][layers.get(l).outputs()];
            }
        }
    }
}
