package downhill.app.optimizers;

import downhill.app.concurrent.LatestWins;
import downhill.app.control.NumberField;
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
import javafx.collections.ObservableList;

/**
 * The learning-rate range test dialog of one tab (#16): for every ticked optimizer (and the one whose button opened
 * it) the test from the tab's current settings, off the FX thread; the curves, the suggested rates and "use this
 * rate". The tab says what a test is ({@link Tester}); closing the dialog cancels a test still running. What the
 * chart shows of the finished tests is {@link RangeTestChart}'s.
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
    private final RangeTestChart chart;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final Map<String, String> problems = new TreeMap<>();
    private final ReadOnlyStringWrapper fieldError = new ReadOnlyStringWrapper(this, "fieldError", "");

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
        this.chart = new RangeTestChart(focus, new RangeTestChart.Range(firstRate, end.get(), (int) steps.get()));
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
        chart.curves().clear();
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
        chart.testedOver(new RangeTestChart.Range(start.get(), end.get(), count));
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
        chart.curves().setAll(done);
        running.set(false);
        RangeTestChart.Range tested = chart.tested();
        status.set(Messages.text(
                "rangeTest.done",
                startsFrom,
                Numbers.compact(tested.start()),
                Numbers.compact(tested.end()),
                tested.steps()));
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
        return chart.curves();
    }

    /** What the chart and the lines under it show of the finished tests. */
    public RangeTestChart chart() {
        return chart;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The fields' errors, one a line, shown under the fields (empty: none). */
    public ReadOnlyStringProperty fieldErrorProperty() {
        return fieldError.getReadOnlyProperty();
    }
}
