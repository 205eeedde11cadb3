package downhill.app.landscape;

import downhill.engine.function.Minimum;
import downhill.engine.function.Objective;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import downhill.render.ValueTicks;
import java.util.List;

/**
 * What the loss chart plots and over which range, decided from the race: f − f* on a log scale where the best value
 * f* is known, f itself on a log scale where every loss is positive, otherwise f on a linear scale; the title says
 * which. The range covers the runs that stay finite, so one diverged or unbounded run cannot flatten the others:
 * its curve leaves the chart at an edge, where the chart marks it.
 */
record LossAxis(Mode mode, double floor, double lo, double hi) {

    enum Mode {
        ABOVE_BEST_LOG("landscape.lossChart.titleLog"),
        LOSS_LOG("landscape.lossChart.titleLogLoss"),
        LINEAR("landscape.lossChart.titleLinear"),
        LINEAR_NOT_POSITIVE("landscape.lossChart.titleLinearNotPositive");

        final String titleKey;

        Mode(String titleKey) {
            this.titleKey = titleKey;
        }
    }

    static LossAxis of(Objective objective, List<PathResult> paths, boolean logWanted) {
        List<PathResult> ranged =
                paths.stream().filter(p -> !p.outcome().runaway()).toList();
        if (ranged.isEmpty()) {
            ranged = paths;
        }
        double lowest = Double.POSITIVE_INFINITY;
        for (PathResult p : ranged) {
            Trajectory t = p.trajectory();
            for (int k = 0; k < t.size(); k++) {
                lowest = Math.min(lowest, t.loss(k));
            }
        }
        Mode mode;
        double floor = 0;
        double best = best(objective);
        if (!logWanted) {
            mode = Mode.LINEAR;
        } else if (Double.isFinite(best) && best <= lowest) {
            mode = Mode.ABOVE_BEST_LOG;
            floor = best;
        } else if (lowest > 0) {
            mode = Mode.LOSS_LOG;
        } else {
            mode = Mode.LINEAR_NOT_POSITIVE;
        }
        LossAxis unranged = new LossAxis(mode, floor, 0, 1);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (PathResult p : ranged) {
            Trajectory t = p.trajectory();
            for (int k = 0; k < t.size(); k++) {
                double v = unranged.value(t.loss(k));
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double[] range = ValueTicks.paddedRange(lo, hi);
        return new LossAxis(mode, floor, range[0], range[1]);
    }

    /** The lowest value at a known global minimum, or +∞. */
    private static double best(Objective f) {
        double best = Double.POSITIVE_INFINITY;
        if (f != null) {
            for (Minimum m : f.minima()) {
                if (m.global()) {
                    best = Math.min(best, f.value(m.x(), m.y()));
                }
            }
        }
        return best;
    }

    boolean log() {
        return mode == Mode.ABOVE_BEST_LOG || mode == Mode.LOSS_LOG;
    }

    /** The plotted value of a loss: its log₁₀ (above f* or not) on a log axis, −∞ for a loss a log cannot show. */
    double value(double loss) {
        double shown = shown(loss);
        if (!log() || Double.isNaN(shown)) {
            return shown;
        }
        return shown > 0 ? Math.log10(shown) : Double.NEGATIVE_INFINITY;
    }

    /** What the chart shows of a loss before its axis takes the log: f − f* above the best value, else f. */
    double shown(double loss) {
        if (mode == Mode.ABOVE_BEST_LOG) {
            // Below machine precision of the floor the distance is noise: the curve rests there.
            double resolution = 1e-16 * Math.max(1, Math.abs(floor));
            return Math.max(loss - floor, resolution);
        }
        return loss;
    }

    /** Where a loss lies: −1 below the range, +1 above it, 0 inside. */
    int side(double loss) {
        double v = value(loss);
        if (Double.isNaN(v)) {
            return 0;
        }
        return v > hi ? 1 : v < lo ? -1 : 0;
    }
}
