package downhill.engine.train;

/**
 * Per-epoch records of one training run, in primitive arrays, appended by the training thread and read from any
 * other through {@link #snapshot()}.
 *
 * <p>Safe publication without locks: the single writer fills row n in full, then raises the volatile size to
 * n + 1; a reader reads the size first and the columns after, so every row below the size it saw is complete and
 * never changes again. When the arrays grow, the bigger copies are published (volatile) before the size that needs
 * them. A snapshot therefore costs two volatile reads and no copying.
 */
public final class TrainingHistory {

    /** The arrays of one capacity; rows below the published size are immutable. */
    static final class Columns {
        final double[][] metrics;
        final double[] gradientNorms;
        final double[][] parameters;

        Columns(int capacity, int layers, boolean withParameters) {
            metrics = new double[Metric.values().length][capacity];
            gradientNorms = new double[capacity * layers];
            parameters = withParameters ? new double[capacity][] : null;
        }

        int capacity() {
            return metrics[0].length;
        }
    }

    /**
     * Parameter vectors kept per run, at most about this many, evenly spaced in epochs (plus the last): enough to
     * draw a path on a loss slice, and six copies of 64,64 for 5,000 epochs then hold 21 MB instead of 1 GB.
     */
    public static final int PARAMETER_SNAPSHOTS = 100;

    private final int layerCount;
    private final boolean recordParameters;
    private volatile Columns columns;
    private volatile int size;

    TrainingHistory(int expectedEpochs, int layerCount, boolean recordParameters) {
        this.layerCount = layerCount;
        this.recordParameters = recordParameters;
        columns = new Columns(Math.max(16, expectedEpochs), layerCount, recordParameters);
    }

    /** Epochs recorded so far. */
    public int size() {
        return size;
    }

    /** What is recorded now; later epochs do not change it. */
    public HistorySnapshot snapshot() {
        int n = size;
        return new HistorySnapshot(columns, n, layerCount);
    }

    /**
     * Whether epoch {@code epoch} (1-based) of {@code plannedEpochs} keeps its parameter vector: every
     * ⌈planned / {@value #PARAMETER_SNAPSHOTS}⌉-th epoch, and the last planned one.
     */
    public static boolean keepsParameters(int epoch, int plannedEpochs) {
        int stride = Math.max(1, (plannedEpochs + PARAMETER_SNAPSHOTS - 1) / PARAMETER_SNAPSHOTS);
        return epoch % stride == 0 || epoch == plannedEpochs;
    }

    /**
     * Called by the training thread only. {@code metrics} in {@link Metric} order; {@code parameters} null for an
     * epoch whose vector is not kept.
     */
    void append(double[] metrics, double[] gradientNorms, double[] parameters) {
        int n = size;
        Columns c = columns;
        if (n == c.capacity()) {
            c = grow(c, n);
        }
        for (int m = 0; m < metrics.length; m++) {
            c.metrics[m][n] = metrics[m];
        }
        System.arraycopy(gradientNorms, 0, c.gradientNorms, n * layerCount, layerCount);
        if (recordParameters && parameters != null) {
            c.parameters[n] = parameters.clone();
        }
        size = n + 1;
    }

    private Columns grow(Columns old, int n) {
        Columns bigger = new Columns(2 * n, layerCount, recordParameters);
        for (int m = 0; m < old.metrics.length; m++) {
            System.arraycopy(old.metrics[m], 0, bigger.metrics[m], 0, n);
        }
        System.arraycopy(old.gradientNorms, 0, bigger.gradientNorms, 0, n * layerCount);
        if (recordParameters) {
            System.arraycopy(old.parameters, 0, bigger.parameters, 0, n);
        }
        columns = bigger;
        return bigger;
    }

    @Override
    public String toString() {
        return "TrainingHistory[" + size + " epochs, " + layerCount + " layers"
                + (recordParameters ? ", with parameters" : "") + "]";
    }
}
