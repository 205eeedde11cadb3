package downhill.app.optimizers;

import downhill.app.concurrent.LatestWins;
import downhill.app.control.NumberField;
import downhill.app.control.SeriesChart;
import downhill.app.i18n.Messages;
import downhill.engine.Numbers;
import downhill.engine.run.Contender;
import downhill.engine.train.LearningRateRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;

/**
 * The learning-rate range test dialog of one tab (#16): for every ticked optimizer (and the one whose button opened
 * it) the test from the tab's current settings, off the FX thread; the curves, the suggested rates and "use this
 * rate". The tab says what a test is ({@link Tester}); closing the dialog cancels a test still running.
 */
public final class RangeTestViewModel {

    /** How a tab tests one optimizer from its current settings. */
    @FunctionalInterface
    public interface Tester {
        /**
         * Called on the FX thread: copies what the test needs and returns the work, which runs on the executor and
         * asks its argument between steps whether to give up. Throws with the reason when the tab cannot test now.
         */
        Function<BooleanSupplier, LearningRateRange.Result> prepare(
                Contender contender, double start, double end, int steps);
    }

    /** One optimizer's test. */
    public record Curve(OptimizerSettings settings, LearningRateRange.Result result) {

        /** The steepest fall of the smoothed loss, to three digits as the editor shows rates (NaN: none). */
        public double suggested() {
            return HyperparameterEditor.round(result.steepest());
        }

        /** A tenth of the rate of the least smoothed loss (fastai's suggestion), to three digits. */
        public double tenthOfLeast() {
            return HyperparameterEditor.round(result.leastLoss() / 10);
        }
    }

    private record Job(OptimizerSettings settings, Function<BooleanSupplier, LearningRateRange.Result> work) {}

    static final int MIN_STEPS = 10;
    static final int MAX_STEPS = 10_000;
    static final double MAX_RATE = 1000;

    private final OptimizerListViewModel optimizers;
    private final Tester tester;
    private final String startsFrom;
    private final LatestWins<List<Job>, List<Curve>> worker;
    private final DoubleProperty start;
    private final DoubleProperty end;
    private final DoubleProperty steps;
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ObjectProperty<OptimizerSettings> focus = new SimpleObjectProperty<>(this, "focus");
    private final ObservableList<Curve> curves = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final Map<String, String> problems = new TreeMap<>();
    private final ReadOnlyStringWrapper fieldError = new ReadOnlyStringWrapper(this, "fieldError", "");
    /** The range the shown curves were tested over (the fields may have changed since). */
    private double shownStart;

    private double shownEnd;
    private int shownSteps;

    /**
     * @param startsFrom what every test starts from, in words ("the race's start")
     * @param firstRate  the range's default start (the end is 10, over 100 steps)
     */
    public RangeTestViewModel(
            OptimizerListViewModel optimizers, Executor executor, Tester tester, String startsFrom, double firstRate) {
        this.optimizers = optimizers;
        this.tester = tester;
        this.startsFrom = startsFrom;
        this.start = new SimpleDoubleProperty(this, "start", firstRate);
        this.end = new SimpleDoubleProperty(this, "end", 10);
        this.steps = new SimpleDoubleProperty(this, "steps", 100);
        this.worker = new LatestWins<>(executor, RangeTestViewModel::test);
        shownStart = firstRate;
        shownEnd = end.get();
        shownSteps = (int) steps.get();
    }

    private static List<Curve> test(List<Job> jobs, BooleanSupplier stale) {
        List<Curve> done = new ArrayList<>();
        try {
            for (Job job : jobs) {
                done.add(new Curve(job.settings(), job.work().apply(stale)));
            }
        } catch (CancellationException e) {
            return null;
        }
        return done;
    }

    /** Opens the dialog for {@code settings} (and the ticked optimizers) and starts the test. */
    public void open(OptimizerSettings settings) {
        focus.set(settings);
        curves.clear();
        open.set(true);
        run();
    }

    /** Tests again with the fields' range; cancels a test still running. Does nothing while a field is wrong. */
    public void run() {
        if (!fieldError.get().isEmpty()) {
            return;
        }
        worker.cancel();
        List<OptimizerSettings> tested = optimizers.all().stream()
                .filter(s -> s.runnable() && (s.isEnabled() || s == focus.get()))
                .toList();
        if (tested.isEmpty()) {
            running.set(false);
            status.set(Messages.text("rangeTest.none"));
            return;
        }
        List<Job> jobs = new ArrayList<>();
        int count = (int) steps.get();
        try {
            for (OptimizerSettings s : tested) {
                jobs.add(new Job(s, tester.prepare(s.contender(), start.get(), end.get(), count)));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            running.set(false);
            status.set(e.getMessage());
            return;
        }
        shownStart = start.get();
        shownEnd = end.get();
        shownSteps = count;
        running.set(true);
        status.set(Messages.text("rangeTest.running"));
        worker.submit(jobs);
    }

    /** Takes a finished test (call once per pulse while the dialog shows); returns whether the curves changed. */
    public boolean onFrame() {
        Throwable failure = worker.pollFailure();
        if (failure != null) {
            running.set(false);
            status.set(failure.getMessage());
        }
        List<Curve> done = worker.poll();
        if (done == null) {
            return false;
        }
        curves.setAll(done);
        running.set(false);
        status.set(Messages.text(
                "rangeTest.done", startsFrom, Numbers.compact(shownStart), Numbers.compact(shownEnd), shownSteps));
        return true;
    }

    /** Closes the dialog and cancels a test still running: its result is never shown. */
    public void close() {
        worker.cancel();
        if (running.get()) {
            status.set(Messages.text("rangeTest.cancelled"));
        }
        running.set(false);
        open.set(false);
    }

    /** Sets the curve's optimizer's η to {@code rate} (one of its suggestions), in its editor. */
    public void use(Curve curve, double rate) {
        if (!(rate > 0)) {
            return;
        }
        curve.settings().learningRateProperty().set(rate);
        status.set(Messages.text("rangeTest.used", curve.settings().displayName(), Numbers.compact(rate)));
    }

    // ----- what the chart shows

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
            boolean focused = c.settings() == focus.get();
            Color color = c.settings().color();
            LearningRateRange.Result r = c.result();
            double now = c.settings().learningRateProperty().get();
            if (focused && now >= shownStart && now <= shownEnd) {
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
        return Math.log(rate / shownStart) / Math.log(shownEnd / shownStart) * (shownSteps - 1);
    }

    /** log₁₀ η at the first step, for the x axis. */
    public double firstLog() {
        return Math.log10(shownStart);
    }

    /** log₁₀ η per step. */
    public double logPerStep() {
        return Math.log10(shownEnd / shownStart) / (shownSteps - 1);
    }

    /** The last step of the range, the x axis' right end. */
    public int lastStep() {
        return Math.max(1, shownSteps - 1);
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
        String end = n == 0 || n >= shownSteps
                ? Messages.text("rangeTest.endOfRange")
                : Messages.text(
                        r.stopped().startsWith("loss not finite") ? "rangeTest.notFinite" : "rangeTest.stopped",
                        Numbers.compact(n == 0 ? shownStart : r.rates()[n - 1]));
        return Messages.text(
                "rangeTest.summary", c.settings().displayName(), rate(r.steepest()), rate(r.leastLoss()), end);
    }

    private static String rate(double value) {
        return Double.isNaN(value) ? Messages.text("rangeTest.noSuggestion") : Numbers.compact(value);
    }

    // ----- the fields

    public NumberField.Validator startValidator() {
        return v -> v > 0 && v < end.get() ? null : Messages.text("rangeTest.error.start", Numbers.compact(v));
    }

    public NumberField.Validator endValidator() {
        return v -> v > start.get() && v <= MAX_RATE ? null : Messages.text("rangeTest.error.end", Numbers.compact(v));
    }

    public NumberField.Validator stepsValidator() {
        return v -> v == Math.rint(v) && v >= MIN_STEPS && v <= MAX_STEPS
                ? null
                : Messages.text("rangeTest.error.steps", Numbers.compact(v));
    }

    /** What a field says is wrong with its text now (empty: nothing), shown under the fields; Run waits for none. */
    public void fieldProblem(String field, String problem) {
        if (problem == null || problem.isEmpty()) {
            problems.remove(field);
        } else {
            problems.put(field, problem);
        }
        fieldError.set(String.join("\n", problems.values()));
    }

    // ----- properties

    public DoubleProperty startProperty() {
        return start;
    }

    public DoubleProperty endProperty() {
        return end;
    }

    public DoubleProperty stepsProperty() {
        return steps;
    }

    /** Whether the dialog shows; the window's controller opens and closes it. */
    public BooleanProperty openProperty() {
        return open;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The optimizer whose button opened the dialog. */
    public ObjectProperty<OptimizerSettings> focusProperty() {
        return focus;
    }

    /** The finished tests, one per optimizer, in registry order. */
    public ObservableList<Curve> curves() {
        return curves;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The fields' errors, one a line, shown under the fields (empty: none). */
    public ReadOnlyStringProperty fieldErrorProperty() {
        return fieldError.getReadOnlyProperty();
    }
}
