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

    /** A copy of the parameter vector after epoch {@code index + 1}; needs a plan that records parameters. */
    public double[] parameters(int index) {
        if (columns.parameters == null) {
            throw new IllegalStateException("this run does not record parameters (see TrainingPlan.recordParameters)");
        }
        return columns.parameters[check(index)].clone();
    }

    private int check(int index) {
        if (index < 0 || index >= epochs) {
            throw new IndexOutOfBoundsException("record " + index + " of " + epochs);
        }
        return index;
    }
}
