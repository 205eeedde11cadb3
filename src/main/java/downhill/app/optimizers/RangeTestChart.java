package downhill.app.optimizers;

import downhill.app.control.SeriesChart;
import downhill.app.i18n.Messages;
import downhill.app.optimizers.RangeTestViewModel.Curve;
import downhill.engine.Numbers;
import downhill.engine.train.LearningRateRange;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;

/**
 * What the range test dialog's chart and the lines under it show of the finished tests: each curve smoothed and
 * faint raw, the suggestions and the focused optimizer's current η as marks, the loss axis' range and scale, the rate
 * axis of the range the curves were tested over (the fields may have changed since), and one summary line each.
 */
public final class RangeTestChart {

    /** The rates a test went through: from {@code start} to {@code end}, log-spaced over {@code steps}. */
    public record Range(double start, double end, int steps) {}

    private final ObservableList<Curve> curves = FXCollections.observableArrayList();
    private final ObservableValue<OptimizerSettings> focus;
    private Range tested;

    /**
     * @param focus  the optimizer whose button opened the dialog: its marks are labelled
     * @param tested the range until a test runs
     */
    RangeTestChart(ObservableValue<OptimizerSettings> focus, Range tested) {
        this.focus = focus;
        this.tested = tested;
    }

    /** The range of the test started now, which the curves it brings will have been tested over. */
    void testedOver(Range range) {
        tested = range;
    }

    /** The range the curves were tested over. */
    public Range tested() {
        return tested;
    }

    /** The finished tests, one per optimizer, in registry order. */
    public ObservableList<Curve> curves() {
        return curves;
    }

    /** Each curve's smoothed loss, and its raw loss faint, in its optimizer's colour. */
    public List<SeriesChart.Series> series() {
        List<SeriesChart.Series> lines = new ArrayList<>();
        for (Curve c : curves) {
            Color color = c.settings().color();
            lines.add(new SeriesChart.Series(
                    c.settings().displayName() + " ·",
                    color.deriveColor(0, 1, 1, 0.3),
                    false,
                    c.result().losses()));
            lines.add(new SeriesChart.Series(
                    c.settings().displayName(), color, false, c.result().smoothed()));
        }
        return lines;
    }

    /**
     * The steepest fall and the least loss on each curve as dots; for the optimizer whose button opened the dialog
     * (the others' numbers are in their lines under the chart) labelled, with lines at the steepest fall and at its
     * current η.
     */
    public List<SeriesChart.Mark> marks() {
        List<SeriesChart.Mark> marks = new ArrayList<>();
        for (Curve c : curves) {
            boolean focused = c.settings() == focus.getValue();
            Color color = c.settings().color();
            LearningRateRange.Result r = c.result();
            double now = c.settings().learningRateProperty().get();
            if (focused && now >= tested.start() && now <= tested.end()) {
                marks.add(new SeriesChart.Mark(
                        index(now), Double.NaN, color, Messages.text("rangeTest.now"), true, true));
            }
            if (!Double.isNaN(r.steepest())) {
                int k = (int) Math.round(index(r.steepest()));
                marks.add(new SeriesChart.Mark(
                        k, r.smoothed()[k], color, focused ? Messages.text("rangeTest.steepest") : "", focused, false));
            }
            if (!Double.isNaN(r.leastLoss())) {
                int k = (int) Math.round(index(r.leastLoss()));
                marks.add(new SeriesChart.Mark(
                        k, r.smoothed()[k], color, focused ? Messages.text("rangeTest.least") : "", false, false));
            }
        }
        return marks;
    }

    /**
     * The loss axis' range: the smoothed curves' up to their least values (the faint raw losses and the run-away
     * ends may leave it), padded; NaN before a test.
     * A log axis when the smoothed losses are all positive and span more than two decades.
     */
    public double[] lossRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Curve c : curves) {
            double[] smoothed = c.result().smoothed();
            // Up to its least value: the fall is what matters; the run-away end (4× the least) may leave the top.
            for (int k = 0; k < smoothed.length; k++) {
                lo = Math.min(lo, smoothed[k]);
                if (c.result().rates()[k] <= c.result().leastLoss()) {
                    hi = Math.max(hi, smoothed[k]);
                }
            }
        }
        if (!(hi >= lo)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        if (logScale()) {
            return new double[] {lo / 2, hi * 3};
        }
        double pad = Math.max((hi - lo) * 0.15, 1e-12);
        return new double[] {lo - pad, hi + pad};
    }

    /** The (fractional) step at which the tested rates reach {@code rate}. */
    double index(double rate) {
        return Math.log(rate / tested.start()) / Math.log(tested.end() / tested.start()) * (tested.steps() - 1);
    }

    /** log₁₀ η at the first step, for the x axis. */
    public double firstLog() {
        return Math.log10(tested.start());
    }

    /** log₁₀ η per step. */
    public double logPerStep() {
        return Math.log10(tested.end() / tested.start()) / (tested.steps() - 1);
    }

    /** The last step of the range, the x axis' right end. */
    public int lastStep() {
        return Math.max(1, tested.steps() - 1);
    }

    /** A log loss axis when every smoothed loss is positive and they span more than two decades. */
    public boolean logScale() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Curve c : curves) {
            for (double v : c.result().smoothed()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return lo > 0 && hi / lo > 100;
    }

    /** The line under the chart for one optimizer: its suggestions and why its test ended. */
    public String summary(Curve c) {
        LearningRateRange.Result r = c.result();
        int n = r.rates().length;
        String end = n == 0 || n >= tested.steps()
                ? Messages.text("rangeTest.endOfRange")
                : Messages.text(
                        r.stopped().startsWith("loss not finite") ? "rangeTest.notFinite" : "rangeTest.stopped",
                        Numbers.compact(n == 0 ? tested.start() : r.rates()[n - 1]));
        return Messages.text(
                "rangeTest.summary", c.settings().displayName(), rate(r.steepest()), rate(r.leastLoss()), end);
    }

    private static String rate(double value) {
        return Double.isNaN(value) ? Messages.text("rangeTest.noSuggestion") : Numbers.compact(value);
    }
}
