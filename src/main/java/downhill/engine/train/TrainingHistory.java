package downhill.engine.train;

import downhill.engine.Decimation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Per-epoch records of one training run, in primitive arrays, appended by the training thread and read from any
 * other through {@link #snapshot()}.
 *
 * <p>Safe publication without locks: the single writer fills row n of the current {@link Columns} in full, then
 * raises their volatile row count to n + 1; a reader reads the columns (volatile), then their row count, so every
 * row below the count it saw is complete and never changes again. Growing or thinning fills new columns and
 * publishes them whole, so a snapshot costs two volatile reads and no copying.
 *
 * <p>Bounded: at most {@link #CAPACITY} records, and at most about {@link #PARAMETER_SNAPSHOTS} parameter
 * vectors. A longer run thins its older records (see {@link Decimation}), keeping those with a parameter vector;
 * the first, the newest half of the capacity and the last stay exact, and a thinned epoch's figures read as the
 * nearest earlier epoch recorded.
 */
public final class TrainingHistory {

    /**
     * Records kept at most: about 1 MB of figures (epoch, 5 metrics, a gradient norm per layer) however long the run;
     * the charts draw at most 2 points a pixel anyway, and the default 500 epochs are never thinned.
     */
    public static final int CAPACITY = 10_000;
    /**
     * Parameter vectors kept per run, at most about this many, evenly spaced in epochs (plus the last): enough to
     * draw a path on a loss slice, and six copies of 64,64 for 5,000 epochs then hold 21 MB instead of 1 GB.
     */
    public static final int PARAMETER_SNAPSHOTS = 100;

    /** The arrays of one capacity; rows below the published row count are immutable. */
    static final class Columns {
        final int[] epochs;
        final double[][] metrics;
        final double[] gradientNorms;
        final double[][] parameters;
        /** Early stopping's best epoch as of each record (0 without early stopping). */
        final int[] bestEpochs;

        volatile int rows;

        Columns(int capacity, int layers, boolean withParameters) {
            epochs = new int[capacity];
            metrics = new double[Metric.values().length][capacity];
            gradientNorms = new double[capacity * layers];
            parameters = withParameters ? new double[capacity][] : null;
            bestEpochs = new int[capacity];
        }

        int capacity() {
            return epochs.length;
        }
    }

    private final int layerCount;
    private final boolean recordParameters;
    private final int capacity;
    private volatile Columns columns;
    /** The layer statistics measured so far, oldest first; replaced whole (a few dozen at most, see LayerProbe). */
    private volatile List<EpochStatistics> statistics = List.of();

    TrainingHistory(int expectedEpochs, int layerCount, boolean recordParameters) {
        this(expectedEpochs, layerCount, recordParameters, CAPACITY);
    }

    /** A history that keeps at most {@code capacity} records (at least 4). */
    TrainingHistory(int expectedEpochs, int layerCount, boolean recordParameters, int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("a history keeps at least 4 records, got " + capacity);
        }
        this.layerCount = layerCount;
        this.recordParameters = recordParameters;
        this.capacity = capacity;
        columns = new Columns(Math.min(capacity, Math.max(16, expectedEpochs)), layerCount, recordParameters);
    }

    /**
     * Whether epoch {@code epoch} (1-based) of {@code plannedEpochs} keeps its parameter vector: every
     * ⌈planned / {@value #PARAMETER_SNAPSHOTS}⌉-th epoch, and the last planned one.
     */
    public static boolean keepsParameters(int epoch, int plannedEpochs) {
        int stride = Math.max(1, (plannedEpochs + PARAMETER_SNAPSHOTS - 1) / PARAMETER_SNAPSHOTS);
        return epoch % stride == 0 || epoch == plannedEpochs;
    }

    /** Epochs recorded so far. */
    public int size() {
        return snapshot().epochs();
    }

    /** What is recorded now; later epochs do not change it. */
    public HistorySnapshot snapshot() {
        // The statistics first: they are published after their epoch's row, so none is newer than the rows seen.
        List<EpochStatistics> measured = statistics;
        Columns c = columns;
        return new HistorySnapshot(c, c.rows, layerCount, measured);
    }

    /**
     * Called by the training thread only, once per epoch in order. {@code metrics} in {@link Metric} order;
     * {@code parameters} null for an epoch whose vector is not kept.
     */
    void append(double[] metrics, double[] gradientNorms, double[] parameters) {
        append(metrics, gradientNorms, parameters, 0);
    }

    /** {@link #append(double[], double[], double[])} with early stopping's best epoch so far. */
    void append(double[] metrics, double[] gradientNorms, double[] parameters, int bestEpoch) {
        Columns c = columns;
        int n = c.rows;
        if (n == c.capacity()) {
            Columns full = c;
            c = n < capacity
                    ? resized(c, n, (int) Math.min(capacity, 2L * n), null)
                    : resized(
                            c,
                            n,
                            n,
                            Decimation.keptRows(n, row -> full.parameters != null && full.parameters[row] != null));
            n = c.rows;
        }
        c.epochs[n] = n == 0 ? 1 : c.epochs[n - 1] + 1;
        for (int m = 0; m < metrics.length; m++) {
            c.metrics[m][n] = metrics[m];
        }
        System.arraycopy(gradientNorms, 0, c.gradientNorms, n * layerCount, layerCount);
        c.bestEpochs[n] = bestEpoch;
        if (recordParameters && parameters != null) {
            c.parameters[n] = parameters.clone();
        }
        c.rows = n + 1;
    }

    /** Called by the training thread only, after the epoch's row (epoch 0: before any), in order of epochs. */
    void appendStatistics(EpochStatistics measured) {
        List<EpochStatistics> more = new ArrayList<>(statistics);
        more.add(measured);
        statistics = List.copyOf(more);
    }

    /** New columns of {@code size} holding the rows {@code kept} of {@code old} (all {@code n} when null). */
    private Columns resized(Columns old, int n, int size, int[] kept) {
        int[] rows = kept != null ? kept : IntStream.range(0, n).toArray();
        Columns next = new Columns(size, layerCount, recordParameters);
        Decimation.gather(old.epochs, 1, rows, next.epochs);
        for (int m = 0; m < old.metrics.length; m++) {
            Decimation.gather(old.metrics[m], 1, rows, next.metrics[m]);
        }
        Decimation.gather(old.gradientNorms, layerCount, rows, next.gradientNorms);
        Decimation.gather(old.bestEpochs, 1, rows, next.bestEpochs);
        if (recordParameters) {
            Decimation.gather(old.parameters, 1, rows, next.parameters);
        }
        next.rows = rows.length;
        columns = next;
        return next;
    }

    @Override
    public String toString() {
        return "TrainingHistory[" + size() + " epochs, " + layerCount + " layers"
                + (recordParameters ? ", with parameters" : "") + "]";
    }
}
