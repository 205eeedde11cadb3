package downhill.engine.train;

/** A per-epoch figure of a training run, as {@link HistorySnapshot#series(Metric)} and the CLI's CSV name them. */
public enum Metric {
    /** Mean loss over the whole training part after the epoch, plus the L2 penalty λ/2·Σ‖W‖² when λ &gt; 0. */
    TRAIN_LOSS("train_loss"),
    /** Mean loss over the test part after the epoch, without the penalty. */
    TEST_LOSS("test_loss"),
    /** Fraction of the training part classified right (NaN for regression). */
    TRAIN_ACCURACY("train_accuracy"),
    /** Fraction of the test part classified right (NaN for regression). */
    TEST_ACCURACY("test_accuracy"),
    /** The learning rate of the epoch's last update. */
    LEARNING_RATE("lr"),
    /**
     * The mean of the epoch's batch losses, each taken before its update with its penalty, weighted by batch size:
     * scikit-learn's {@code loss_curve_}, and what early stopping's {@code monitor=batches} watches.
     */
    BATCH_LOSS("batch_loss");

    private final String column;

    Metric(String column) {
        this.column = column;
    }

    /** The CSV column name, e.g. {@code train_loss}. */
    public String column() {
        return column;
    }
}
