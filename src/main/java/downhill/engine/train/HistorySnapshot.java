package downhill.engine.train;

import java.util.Arrays;

/**
 * The first {@link #epochs()} records of a {@link TrainingHistory}, immutable. Record i holds epoch i + 1: the
 * state after that many epochs. Costs nothing to take; a UI may take one per frame.
 */
public final class HistorySnapshot {

    private final TrainingHistory.Columns columns;
    private final int epochs;
    private final int layerCount;

    HistorySnapshot(TrainingHistory.Columns columns, int epochs, int layerCount) {
        this.columns = columns;
        this.epochs = epochs;
        this.layerCount = layerCount;
    }

    /** How many epochs are recorded. */
    public int epochs() {
        return epochs;
    }

    public int layerCount() {
        return layerCount;
    }

    /** The figure {@code metric} after epoch {@code index + 1}. */
    public double value(Metric metric, int index) {
        return columns.metrics[metric.ordinal()][check(index)];
    }

    /** All recorded values of {@code metric}, as a new array. */
    public double[] series(Metric metric) {
        return Arrays.copyOf(columns.metrics[metric.ordinal()], epochs);
    }

    /** The value of the last record, or NaN when there is none. */
    public double last(Metric metric) {
        return epochs == 0 ? Double.NaN : value(metric, epochs - 1);
    }

    /** The mean over epoch {@code index + 1}'s updates of layer {@code layer}'s gradient norm (weights and bias). */
    public double gradientNorm(int index, int layer) {
        if (layer < 0 || layer >= layerCount) {
            throw new IndexOutOfBoundsException("layer " + layer + " of " + layerCount);
        }
        return columns.gradientNorms[check(index) * layerCount + layer];
    }

    /** Whether the parameter vector was recorded after each epoch. */
    public boolean hasParameters() {
        return columns.parameters != null;
    }

    /** Whether the parameter vector after epoch {@code index + 1} was kept (see TrainingHistory#keepsParameters). */
    public boolean hasParameters(int index) {
        return columns.parameters != null && columns.parameters[check(index)] != null;
    }

    /**
     * A copy of the parameter vector after epoch {@code index + 1}; needs a plan that records parameters and an
     * epoch whose vector was kept.
     */
    public double[] parameters(int index) {
        if (columns.parameters == null) {
            throw new IllegalStateException("this run does not record parameters (see TrainingPlan.recordParameters)");
        }
        double[] kept = columns.parameters[check(index)];
        if (kept == null) {
            throw new IllegalStateException("epoch " + (index + 1) + "'s parameters were not kept (every "
                    + "few epochs are, see TrainingHistory.keepsParameters)");
        }
        return kept.clone();
    }

    /** The kept parameter vectors, oldest first, with their epochs (1-based); empty without recording. */
    public java.util.List<KeptParameters> keptParameters() {
        java.util.List<KeptParameters> kept = new java.util.ArrayList<>();
        if (columns.parameters != null) {
            for (int i = 0; i < epochs; i++) {
                if (columns.parameters[i] != null) {
                    kept.add(new KeptParameters(i + 1, columns.parameters[i]));
                }
            }
        }
        return kept;
    }

    /** One kept parameter vector (shared, not copied: not to be changed) and the epoch after which it was taken. */
    public record KeptParameters(int epoch, double[] parameters) {
    }

    private int check(int index) {
        if (index < 0 || index >= epochs) {
            throw new IndexOutOfBoundsException("record " + index + " of " + epochs);
        }
        return index;
    }
}
