package downhill.app.backprop;

import downhill.engine.data.Dataset;
import downhill.engine.function.Window;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Backprop;
import downhill.engine.nn.BackpropPass;
import downhill.engine.nn.Layer;
import downhill.engine.nn.Loss;
import downhill.engine.nn.MatrixView;
import downhill.engine.nn.Network;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.run.Contender;
import downhill.engine.train.Checkpoint;
import downhill.engine.train.TrainingData;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The diagram's work off the FX thread: one pass of a copy of the chosen run's weights over the chosen sample or
 * batch ({@link Backprop#trace}, the training step's own backprop, on a network of its own), and each drawn unit's
 * activation over the input plane (the same pass over a grid of points, so no second forward pass either).
 */
final class DiagramWork {

    /** Grid points per side of a unit's picture. */
    static final int GRID = 24;
    /** Units × grid points beyond which the pictures are left out (the pass over the grid keeps all their values). */
    static final long MOST_PICTURE_VALUES = 4_000_000;

    /** Parameters beyond which the whole next update is not taken (a copy of the optimizer's state per pass). */
    static final int MOST_UPDATED_PARAMETERS = 2_000_000;

    /**
     * @param checkpoint the run's weights (a copy, never the training network's own array) and optimizer state
     * @param contender  the run's optimizer, for the update it makes next
     * @param rows       indices into the training set: one sample or a batch
     * @param batch      the mini-batch that holds them, over which units are marked dead or saturated
     * @param window     the input plane for the units' pictures, or null for none
     * @param mostWrong  instead of {@code rows}, the training sample the network gets most wrong (and its batch)
     */
    record Request(
            Architecture architecture,
            Checkpoint checkpoint,
            Contender contender,
            TrainingData data,
            int[] rows,
            int[] batch,
            double l2,
            Window window,
            boolean mostWrong) {

        double[] parameters() {
            return checkpoint.parameters();
        }

        /** Whether {@code other} asks for the same pass (the same checkpoint, rows and data). */
        boolean sameAs(Request other) {
            return other != null
                    && other.checkpoint == checkpoint
                    && other.data == data
                    && !mostWrong
                    && Arrays.equals(other.rows, rows)
                    && other.architecture.equals(architecture);
        }
    }

    /**
     * @param pass     the pass over the request's rows
     * @param rows     the samples traced (the request's, or the most wrong one)
     * @param targets  the rows' targets
     * @param batchPass the pass over the whole mini-batch (the same as {@code pass} for a batch)
     * @param gradient  the pass's ∂L/∂θ, flat as the network keeps its parameters ({@code layers} says where)
     * @param updated   the weights after the optimizer's next step with that gradient, flat; null when the run's
     *                  optimizer state is not known yet or the network is too big to copy it
     * @param layers    where each layer's weights and biases lie in the flat arrays
     * @param pictures per layer of units (0 = the inputs), per drawn unit ({@link UnitSampler}), GRID × GRID ARGB
     *                 pixels row by row from the top ({@link UnitPictures}); null without a plane
     */
    record Result(
            Request request,
            int[] rows,
            BackpropPass pass,
            double[] targets,
            BackpropPass batchPass,
            double[] gradient,
            double[] updated,
            List<Layer> layers,
            int[][][] pictures) {

        /** Where W{@code layer}[{@code to}][{@code from}] lies in the flat parameters. */
        int weightIndex(int layer, int to, int from) {
            MatrixView w = layers.get(layer).weights();
            // The network keeps Wᵀ (inputs × outputs).
            return w.offset() + from * w.cols() + to;
        }

        /** The weight after the next update, or before it when that is not known. */
        double updatedWeight(int layer, int to, int from) {
            return updated != null
                    ? updated[weightIndex(layer, to, from)]
                    : pass.layers().get(layer).weights()[to][from];
        }
    }

    private DiagramWork() {}

    static Result compute(Request request, BooleanSupplier stale) {
        var train = request.data().train();
        try (Network network = new Network(request.architecture())) {
            network.setParameters(request.parameters());
            int[] rows = request.rows();
            int[] batch = request.batch();
            if (request.mostWrong()) {
                int worst = mostWrong(network, train);
                // The batch of the same size that holds it, as the view-model cuts batches.
                int size = batch.length;
                int from = worst / size * size;
                batch = IntStream.range(from, Math.min(from + size, train.sampleCount()))
                        .toArray();
                rows = rows.length == 1 ? new int[] {worst} : batch;
            }
            double[] targets = new double[rows.length];
            for (int r = 0; r < targets.length; r++) {
                targets[r] = train.targets()[rows[r]];
            }
            BackpropPass pass =
                    Backprop.trace(network, train.features(), train.targets(), rows, 0, rows.length, request.l2());
            double[] gradient = network.gradient().clone();
            double[] updated = nextUpdate(request, gradient);
            BackpropPass batchPass = Arrays.equals(batch, rows)
                    ? pass
                    : Backprop.trace(network, train.features(), train.targets(), batch, 0, batch.length, request.l2());
            long units = Arrays.stream(request.architecture().widths())
                    .asLongStream()
                    .sum();
            if (request.window() == null
                    || request.architecture().inputs() != 2
                    || stale.getAsBoolean()
                    || units * GRID * GRID > MOST_PICTURE_VALUES) {
                return new Result(request, rows, pass, targets, batchPass, gradient, updated, network.layers(), null);
            }
            return new Result(
                    request,
                    rows,
                    pass,
                    targets,
                    batchPass,
                    gradient,
                    updated,
                    network.layers(),
                    pictures(network, request.window()));
        }
    }

    /** The weights after the run's optimizer takes its next step, from where training left it, with {@code gradient}. */
    private static double[] nextUpdate(Request request, double[] gradient) {
        Checkpoint checkpoint = request.checkpoint();
        if (checkpoint.optimizer() == null || gradient.length > MOST_UPDATED_PARAMETERS) {
            return null;
        }
        Optimizer optimizer = request.contender().newOptimizer();
        optimizer.restore(checkpoint.optimizer());
        double[] updated = checkpoint.parameters().clone();
        optimizer.step(updated, gradient, checkpoint.nextRate());
        return updated;
    }

    /** The training sample whose prediction is farthest from its target (the class's probability for classes). */
    static int mostWrong(Network network, Dataset train) {
        int outputs = network.architecture().outputs();
        double[] predicted = new double[train.sampleCount() * outputs];
        network.predict(train.features(), train.sampleCount(), predicted);
        boolean classes = network.architecture().loss() == Loss.CROSS_ENTROPY || outputs > 1;
        int worst = 0;
        double largest = -1;
        for (int i = 0; i < train.sampleCount(); i++) {
            double y = train.targets()[i];
            double miss = classes ? 1 - predicted[i * outputs + (int) y] : Math.abs(predicted[i] - y);
            if (miss > largest) {
                largest = miss;
                worst = i;
            }
        }
        return worst;
    }

    private static int[][][] pictures(Network network, Window window) {
        double[][] points = new double[GRID * GRID][2];
        for (int row = 0; row < GRID; row++) {
            for (int col = 0; col < GRID; col++) {
                points[row * GRID + col][0] = window.xMin() + (col + 0.5) / GRID * window.width();
                points[row * GRID + col][1] = window.yMax() - (row + 0.5) / GRID * window.height();
            }
        }
        // Target 0 is valid for every loss; only the activations are used.
        BackpropPass grid = Backprop.trace(network, points, new double[points.length]);
        int[] widths = network.architecture().widths();
        int[][][] pictures = new int[widths.length][][];
        double[] values = new double[points.length];
        for (int layer = 0; layer < widths.length; layer++) {
            UnitSampler.Shown shown = UnitSampler.sample(widths[layer]);
            pictures[layer] = new int[shown.indices().length][];
            for (int u = 0; u < shown.indices().length; u++) {
                int unit = shown.indices()[u];
                for (int p = 0; p < points.length; p++) {
                    values[p] = layer == 0
                            ? points[p][unit]
                            : layer == widths.length - 1
                                    ? grid.output()[p][unit]
                                    : grid.layers().get(layer - 1).a()[p][unit];
                }
                pictures[layer][u] = UnitPictures.colour(values, layer == widths.length - 1);
            }
        }
        return pictures;
    }
}
