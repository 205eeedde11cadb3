package downhill.engine.train;

import downhill.engine.Numbers;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * When to end training before its last epoch: after {@code patience} epochs without improving the monitored loss
 * by more than {@code minDelta}. Two rules, both counted by {@link StoppingRule}:
 * <ul>
 * <li>{@link Monitor#TEST}: the test loss improves when it falls below the best so far − minDelta; training stops
 * once {@code patience} epochs in a row have not improved it, and the weights of the best epoch are restored
 * (Keras' {@code restore_best_weights}).
 * <li>{@link Monitor#TRAIN}: scikit-learn's rule on the training loss ({@code MLPClassifier} with {@code tol =
 * minDelta}, {@code n_iter_no_change = patience}): stops once more than {@code patience} epochs in a row were not
 * below the best − minDelta; the weights are kept as they are.
 * </ul>
 */
public record EarlyStopping(int patience, double minDelta, Monitor monitor) {

    /** The loss watched. */
    public enum Monitor {
        /** The test (validation) loss, without the L2 penalty. */
        TEST("test"),
        /** The training loss over the whole training part after the epoch, with the L2 penalty. */
        TRAIN("train"),
        /**
         * The mean of the epoch's batch losses, each with its penalty, weighted by batch size: scikit-learn's
         * {@code loss_curve_}, what its stopping rule watches.
         */
        BATCHES("batches");

        private final String label;

        Monitor(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final String ACCEPTED = "patience=K[,min-delta=D][,monitor=test|train|batches]";

    public EarlyStopping {
        if (patience < 1) {
            throw new IllegalArgumentException("early stopping's patience is a whole number ≥ 1, got " + patience);
        }
        if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
            throw new IllegalArgumentException("early stopping's min-delta is a finite number ≥ 0, got " + minDelta);
        }
        Objects.requireNonNull(monitor, "monitor");
    }

    /**
     * Reads {@code patience=K[,min-delta=D][,monitor=test|train|batches]} (min-delta 0 and monitor test unless given).
     *
     * @throws IllegalArgumentException saying what is wrong, with the accepted form
     */
    public static EarlyStopping parse(String text) {
        String spec = text == null ? "" : text.strip();
        Integer patience = null;
        double minDelta = 0;
        Monitor monitor = Monitor.TEST;
        Set<String> seen = new HashSet<>();
        for (String part : spec.split(",", -1)) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part.strip() : part.substring(0, eq).strip();
            String value = eq < 0 ? "" : part.substring(eq + 1).strip();
            if (eq < 0 || key.isEmpty()) {
                throw new IllegalArgumentException(
                        "early stopping '" + spec + "': each part is key=value, as " + ACCEPTED + ", e.g. patience=10");
            }
            if (!seen.add(key)) {
                throw new IllegalArgumentException("early stopping '" + spec + "' gives " + key + " twice");
            }
            try {
                switch (key) {
                    case "patience" -> patience = (int) Numbers.parseWhole(value, 1, 1_000_000);
                    case "min-delta" -> minDelta = Numbers.parse(value);
                    case "monitor" ->
                        monitor = switch (value.toLowerCase(Locale.ROOT)) {
                            case "test" -> Monitor.TEST;
                            case "train" -> Monitor.TRAIN;
                            case "batches" -> Monitor.BATCHES;
                            default ->
                                throw new IllegalArgumentException(
                                        "monitor is test, train or batches, got '" + value + "'");
                        };
                    default ->
                        throw new IllegalArgumentException(
                                "unknown key '" + key + "' (known: patience, " + "min-delta, monitor)");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("early stopping '" + spec + "': " + key + ": " + e.getMessage());
            }
        }
        if (patience == null) {
            throw new IllegalArgumentException("early stopping '" + spec + "' needs patience=K, as " + ACCEPTED);
        }
        if (minDelta < 0) {
            throw new IllegalArgumentException(
                    "early stopping '" + spec + "': min-delta is ≥ 0, got " + Numbers.format(minDelta));
        }
        return new EarlyStopping(patience, minDelta, monitor);
    }

    /** The text {@link #parse} reads back, e.g. {@code patience=10,min-delta=0.0001,monitor=train}. */
    public String spec() {
        return "patience=" + patience + (minDelta == 0 ? "" : ",min-delta=" + Numbers.format(minDelta))
                + (monitor == Monitor.TEST ? "" : ",monitor=" + monitor.label());
    }

    /** Whether the best epoch's weights are put back at the end (monitoring the test loss). */
    public boolean restoresBest() {
        return monitor == Monitor.TEST;
    }
}
