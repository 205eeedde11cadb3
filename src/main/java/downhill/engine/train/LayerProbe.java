package downhill.engine.train;

import downhill.engine.data.Dataset;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Backprop;
import downhill.engine.nn.LayerStatistics;
import downhill.engine.nn.Network;

/**
 * Measures a training run's per-layer statistics ({@link LayerStatistics}) in its first epochs, on a fixed probe
 * batch: the first {@value #PROBE_ROWS} training samples (all, if fewer) in the order they are stored, the same
 * batch every epoch, so the histograms of two epochs differ only by the weights.
 *
 * <p>The pass is {@link Backprop#trace}, the training step's own backpropagation, on a network of the probe's own
 * holding a copy of the weights: training's network, gradient and dropout masks are never touched, so a run
 * with the probe computes every number it computed without. The probe's network has no dropout (the activations as
 * evaluation sees them) and takes the plan's L2 penalty (the gradient as a step takes it).
 *
 * <p>Bounded: the epochs measured are 0 (the initial weights) to 10, every 10th to 100, then every 100th, at most
 * {@value #MAX_RECORDS} of them (so up to epoch 500), and always the last planned epoch: about 8 kB a layer.
 */
final class LayerProbe {

    /** Samples in the probe batch. */
    static final int PROBE_ROWS = 256;
    /** Measurements kept per run at most, besides the last planned epoch's. */
    static final int MAX_RECORDS = 24;

    private final Architecture architecture;
    private final Dataset train;
    private final int[] order;
    private final double l2;
    private final int plannedEpochs;
    private int records;

    LayerProbe(Architecture architecture, Dataset train, double l2, int plannedEpochs) {
        this.architecture = architecture;
        this.train = train;
        this.l2 = l2;
        this.plannedEpochs = plannedEpochs;
        order = new int[Math.min(PROBE_ROWS, train.sampleCount())];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
    }

    /** Whether the statistics after {@code epoch} epochs are measured: 0–10, every 10th to 100, then every 100th. */
    static boolean scheduled(int epoch) {
        return epoch <= 10 || epoch <= 100 && epoch % 10 == 0 || epoch % 100 == 0;
    }

    /** The statistics with {@code parameters} after {@code epoch} epochs, or null for an epoch not measured. */
    EpochStatistics measure(int epoch, double[] parameters) {
        boolean last = epoch == plannedEpochs;
        if (order.length == 0 || !last && (!scheduled(epoch) || records >= MAX_RECORDS)) {
            return null;
        }
        records++;
        // Made for the pass and dropped: a network's workspaces for 256 rows would outlast the few passes.
        Network network = new Network(architecture);
        network.setParameters(parameters);
        return new EpochStatistics(
                epoch,
                LayerStatistics.of(
                        Backprop.trace(network, train.features(), train.targets(), order, 0, order.length, l2)));
    }
}
