package downhill.engine.train;

import downhill.engine.Decimation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The first {@link #epochs()} records of a {@link TrainingHistory}, immutable. Record i holds epoch i + 1: the
 * state after that many epochs. Costs nothing to take; a UI may take one per frame. After a very long run the
 * older epochs are thinned: asking for one that was not kept gives the nearest earlier one that was.
 */
public final class HistorySnapshot {

    private final TrainingHistory.Columns columns;
    private final int rows;
    private final int layerCount;
    private final List<EpochStatistics> statistics;

    HistorySnapshot(TrainingHistory.Columns columns, int rows, int layerCount, List<EpochStatistics> statistics) {
        this.columns = columns;
        this.rows = rows;
        this.layerCount = layerCount;
        this.statistics = statistics;
    }

    /**
     * The per-layer statistics measured so far on the probe batch, oldest first: epoch 0 (the initial weights) and
     * the first epochs, then fewer (see {@code LayerProbe}); none newer than {@link #epochs()}.
     */
    public List<EpochStatistics> layerStatistics() {
        return statistics;
    }

    /** How many epochs are recorded. */
    public int epochs() {
        return rows == 0 ? 0 : columns.epochs[rows - 1];
    }

    public int layerCount() {
        return layerCount;
    }

    /** The figure {@code metric} after epoch {@code index + 1}. */
    public double value(Metric metric, int index) {
        return columns.metrics[metric.ordinal()][row(index)];
    }

    /** The values of {@code metric} after epochs 1 to {@link #epochs()}, as a new array. */
    public double[] series(Metric metric) {
        double[] kept = columns.metrics[metric.ordinal()];
        int epochs = epochs();
        if (epochs == rows) {
            return Arrays.copyOf(kept, rows);
        }
        double[] all = new double[epochs];
        for (int r = 0; r < rows; r++) {
            int end = r + 1 < rows ? columns.epochs[r + 1] - 1 : epochs;
            Arrays.fill(all, columns.epochs[r] - 1, end, kept[r]);
        }
        return all;
    }

    /** The indices (epoch − 1) whose records were kept exactly, ascending: all of them unless thinned. */
    int[] recordedIndices() {
        int[] indices = new int[rows];
        for (int r = 0; r < rows; r++) {
            indices[r] = columns.epochs[r] - 1;
        }
        return indices;
    }

    /**
     * Early stopping's best epoch (1-based) among those recorded, or 0 without early stopping (or before the first
     * epoch): where the monitored loss was least, whose weights a run monitoring the test loss ends with.
     */
    public int bestEpoch() {
        return rows == 0 ? 0 : columns.bestEpochs[rows - 1];
    }

    /** The value of the last record, or NaN when there is none. */
    public double last(Metric metric) {
        return rows == 0 ? Double.NaN : columns.metrics[metric.ordinal()][rows - 1];
    }

    /** The mean over epoch {@code index + 1}'s updates of layer {@code layer}'s gradient norm (weights and bias). */
    public double gradientNorm(int index, int layer) {
        if (layer < 0 || layer >= layerCount) {
            throw new IndexOutOfBoundsException("layer " + layer + " of " + layerCount);
        }
        return columns.gradientNorms[row(index) * layerCount + layer];
    }

    /** Whether the parameter vector was recorded after each epoch. */
    public boolean hasParameters() {
        return columns.parameters != null;
    }

    /** Whether the parameter vector after epoch {@code index + 1} was kept (see TrainingHistory#keepsParameters). */
    public boolean hasParameters(int index) {
        return keptVector(index) != null;
    }

    /**
     * A copy of the parameter vector after epoch {@code index + 1}; needs a plan that records parameters and an
     * epoch whose vector was kept.
     */
    public double[] parameters(int index) {
        if (columns.parameters == null) {
            throw new IllegalStateException("this run does not record parameters (see TrainingPlan.recordParameters)");
        }
        double[] kept = keptVector(index);
        if (kept == null) {
            throw new IllegalStateException("epoch " + (index + 1) + "'s parameters were not kept (every "
                    + "few epochs are, see TrainingHistory.keepsParameters)");
        }
        return kept.clone();
    }

    /** The kept parameter vectors, oldest first, with their epochs (1-based); empty without recording. */
    public List<KeptParameters> keptParameters() {
        List<KeptParameters> kept = new ArrayList<>();
        if (columns.parameters != null) {
            for (int r = 0; r < rows; r++) {
                if (columns.parameters[r] != null) {
                    kept.add(new KeptParameters(columns.epochs[r], columns.parameters[r]));
                }
            }
        }
        return kept;
    }

    /** One kept parameter vector (shared, not copied: not to be changed) and the epoch after which it was taken. */
    public record KeptParameters(int epoch, double[] parameters) {}

    /** Epoch {@code index + 1}'s own parameter vector, or null (not recorded, not kept, or its record thinned). */
    private double[] keptVector(int index) {
        int row = row(index);
        return columns.parameters == null || columns.epochs[row] != index + 1 ? null : columns.parameters[row];
    }

    private int row(int index) {
        int epochs = epochs();
        if (index < 0 || index >= epochs) {
            throw new IndexOutOfBoundsException("record " + index + " of " + epochs);
        }
        return Decimation.rowAt(columns.epochs, rows, index + 1);
    }
}
