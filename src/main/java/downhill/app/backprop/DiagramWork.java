package downhill.app.backprop;

import downhill.engine.function.Window;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Backprop;
import downhill.engine.nn.BackpropPass;
import downhill.engine.nn.Network;
import downhill.engine.train.TrainingData;
import java.util.function.BooleanSupplier;

/**
 * The diagram's work off the FX thread: one pass of a copy of the chosen run's weights over the chosen sample or
 * batch ({@link Backprop#trace}, the training step's own backprop, on a network of its own), and each drawn unit's
 * activation over the input plane (the same pass over a grid of points, so no second forward pass either).
 */
final class DiagramWork {

    /** Grid points per side of a unit's picture. */
    static final int GRID = 24;

    /**
     * @param parameters a copy of the run's weights (never the training network's own array)
     * @param rows       indices into the training set: one sample or a batch
     * @param batch      the mini-batch that holds them, over which units are marked dead or saturated
     * @param window     the input plane for the units' pictures, or null for none
     */
    record Request(Architecture architecture, double[] parameters, TrainingData data, int[] rows, int[] batch,
            double l2, Window window) {

        /** Whether {@code other} asks for the same pass (the same weights array, rows and data). */
        boolean sameAs(Request other) {
            return other != null && other.parameters == parameters && other.data == data
                    && java.util.Arrays.equals(other.rows, rows) && other.architecture.equals(architecture);
        }
    }

    /**
     * @param pass     the pass over the request's rows
     * @param targets  the rows' targets
     * @param batchPass the pass over the whole mini-batch (the same as {@code pass} for a batch)
     * @param pictures per layer of units (0 = the inputs), per drawn unit ({@link UnitSampler}), GRID × GRID values
     *                 row by row from the top; null without a plane
     */
    record Result(Request request, BackpropPass pass, double[] targets, BackpropPass batchPass,
            double[][][] pictures) {
    }

    private DiagramWork() {
    }

    static Result compute(Request request, BooleanSupplier stale) {
        var train = request.data().train();
        double[] targets = new double[request.rows().length];
        for (int r = 0; r < targets.length; r++) {
            targets[r] = train.targets()[request.rows()[r]];
        }
        try (Network network = new Network(request.architecture())) {
            network.setParameters(request.parameters());
            BackpropPass pass = Backprop.trace(network, train.features(), train.targets(), request.rows(), 0,
                    request.rows().length, request.l2());
            BackpropPass batchPass = java.util.Arrays.equals(request.batch(), request.rows()) ? pass
                    : Backprop.trace(network, train.features(), train.targets(), request.batch(), 0,
                    request.batch().length, request.l2());
            if (request.window() == null || request.architecture().inputs() != 2 || stale.getAsBoolean()) {
                return new Result(request, pass, targets, batchPass, null);
            }
            return new Result(request, pass, targets, batchPass, pictures(network, request.window()));
        }
    }

    private static double[][][] pictures(Network network, Window window) {
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
        double[][][] pictures = new double[widths.length][][];
        for (int layer = 0; layer < widths.length; layer++) {
            UnitSampler.Shown shown = UnitSampler.sample(widths[layer]);
            pictures[layer] = new double[shown.indices().length][points.length];
            for (int u = 0; u < shown.indices().length; u++) {
                int unit = shown.indices()[u];
                for (int p = 0; p < points.length; p++) {
                    pictures[layer][u][p] = layer == 0 ? points[p][unit]
                            : layer == widths.length - 1 ? grid.output()[p][unit]
                            : grid.layers().get(layer - 1).a()[p][unit];
                }
            }
        }
        return pictures;
    }
}
