package downhill.engine.train;

/** {@link EarlyStopping}'s count, fed one monitored loss per epoch. */
final class StoppingRule {

    private final EarlyStopping settings;
    private double best = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private int count;
    private boolean improved;

    StoppingRule(EarlyStopping settings) {
        this.settings = settings;
    }

    /** Takes epoch {@code epoch}'s monitored loss; returns whether training stops after it. */
    boolean observe(int epoch, double loss) {
        double tolerance = settings.minDelta();
        if (settings.monitor() == EarlyStopping.Monitor.TEST) {
            improved = loss < best - tolerance;
            if (improved) {
                best = loss;
                bestEpoch = epoch;
                count = 0;
            } else {
                count++;
            }
            return count >= settings.patience();
        }
        // scikit-learn's _update_no_improvement_count: the best moves on any decrease, the count only beyond tol
        if (loss > best - tolerance) {
            count++;
        } else {
            count = 0;
        }
        improved = loss < best;
        if (improved) {
            best = loss;
            bestEpoch = epoch;
        }
        return count > settings.patience();
    }

    /** Whether the last observed loss became the best. */
    boolean improved() {
        return improved;
    }

    /** The epoch of the best loss so far (0 before the first). */
    int bestEpoch() {
        return bestEpoch;
    }

    double best() {
        return best;
    }

    /** Epochs in a row counted as no improvement. */
    int count() {
        return count;
    }
}
