package downhill.app.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.control.SeriesChart;
import downhill.app.i18n.Messages;
import downhill.app.landscape.LandscapeViewModel;
import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.train.LearningRateRange;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The range test dialog's view-model: what it tests, its marks, "use this rate", cancelling and the fields. */
class RangeTestViewModelTest {

    private static final Objective BOWL = Functions.resolve("2*x^2 + 2*y^2");
    private static final Point START = new Point(1.5, 1);

    private static RangeTestViewModel onBowl(OptimizerListViewModel optimizers, Executor executor) {
        return new RangeTestViewModel(
                optimizers,
                executor,
                (contender, first, last, steps) ->
                        stale -> LearningRateRange.run(BOWL, null, START, contender, first, last, steps, stale),
                "the start",
                1e-3);
    }

    @Test
    void itTestsEveryTickedOptimizerAndTheOneWhoseButtonOpenedIt() {
        OptimizerListViewModel optimizers = new OptimizerListViewModel();
        optimizers.select(Map.of("sgd", 0.1, "adam", 0.01));
        RangeTestViewModel test = onBowl(optimizers, BackgroundExecutors.sameThread());
        test.open(optimizers.get("momentum"));
        assertTrue(test.openProperty().get());
        assertTrue(test.runningProperty().get(), "running until a frame takes the result");
        assertTrue(test.onFrame());
        assertFalse(test.runningProperty().get());
        assertEquals(
                List.of("sgd", "momentum", "adam"),
                test.curves().stream()
                        .map(c -> c.settings().name())
                        .sorted((a, b) -> Integer.compare(
                                optimizers.all().indexOf(optimizers.get(a)),
                                optimizers.all().indexOf(optimizers.get(b))))
                        .toList());
        assertEquals(3, test.curves().size());
        assertFalse(optimizers.get("momentum").isEnabled(), "testing does not tick it");
        RangeTestViewModel.Curve sgd = test.curves().get(0);
        LearningRateRange.Result direct =
                LearningRateRange.run(BOWL, null, START, optimizers.get("sgd").contender(), 1e-3, 10, 100, () -> false);
        assertArrayEquals(direct.smoothed(), sgd.result().smoothed(), "the engine's test from the tab's start");
        assertEquals(
                Messages.text("rangeTest.done", "the start", "0.001", "10", 100),
                test.statusProperty().get());
        assertTrue(
                test.chart()
                        .summary(sgd)
                        .contains(Messages.text("rangeTest.stopped", "").substring(0, 5)),
                test.chart().summary(sgd));
        assertEquals(6, test.chart().series().size(), "a smoothed and a faint raw line per optimizer");
        assertFalse(test.chart().logScale(), "the smoothed losses span less than two decades: a linear axis");
        double[] range = test.chart().lossRange();
        double[] smoothed = sgd.result().smoothed();
        double least = Arrays.stream(smoothed).min().orElseThrow();
        assertTrue(range[0] < least && range[1] > smoothed[0], "the fall is on the chart");
        assertTrue(range[1] < smoothed[smoothed.length - 1], "the run-away end (4× its least) may leave the top");
    }

    @Test
    void theMarksSitOnTheSuggestionsAndTheCurrentRate() {
        OptimizerListViewModel optimizers = new OptimizerListViewModel();
        optimizers.select(Map.of("sgd", 0.1));
        RangeTestViewModel test = onBowl(optimizers, BackgroundExecutors.sameThread());
        test.open(optimizers.get("sgd"));
        test.onFrame();
        LearningRateRange.Result r = test.curves().get(0).result();
        List<SeriesChart.Mark> marks = test.chart().marks();
        assertEquals(3, marks.size(), marks.toString());
        SeriesChart.Mark now = marks.get(0);
        assertEquals(Messages.text("rangeTest.now"), now.label());
        assertEquals(Math.log(0.1 / 1e-3) / Math.log(10 / 1e-3) * 99, now.index(), 1e-9, "η = 0.1 on the axis");
        SeriesChart.Mark steepest = marks.get(1);
        int k = (int) steepest.index();
        assertEquals(r.steepest(), r.rates()[k], 1e-12 * r.steepest());
        assertEquals(r.smoothed()[k], steepest.value(), 0, "on the smoothed curve");
        int least = (int) marks.get(2).index();
        assertEquals(r.leastLoss(), r.rates()[least], 1e-12 * r.leastLoss());
        assertEquals(Math.log10(1e-3), test.chart().firstLog(), 1e-12);
        assertEquals(4.0 / 99, test.chart().logPerStep(), 1e-12, "four decades over 99 steps");
    }

    @Test
    void useThisRateSetsThatOptimizersRate() {
        OptimizerListViewModel optimizers = new OptimizerListViewModel();
        optimizers.select(Map.of("sgd", 0.1, "momentum", 0.01));
        RangeTestViewModel test = onBowl(optimizers, BackgroundExecutors.sameThread());
        test.open(optimizers.get("sgd"));
        test.onFrame();
        RangeTestViewModel.Curve momentum = test.curves().get(1);
        assertEquals("momentum", momentum.settings().name());
        double suggested = momentum.suggested();
        assertEquals(HyperparameterEditor.round(momentum.result().steepest()), suggested, 0);
        test.use(momentum, suggested);
        assertEquals(
                suggested, optimizers.get("momentum").learningRateProperty().get(), 0);
        assertEquals(0.1, optimizers.get("sgd").learningRateProperty().get(), 0, "the other keeps its rate");
        test.use(momentum, momentum.tenthOfLeast());
        assertEquals(
                HyperparameterEditor.round(momentum.result().leastLoss() / 10),
                optimizers.get("momentum").learningRateProperty().get(),
                0);
    }

    @Test
    void closingCancelsARunningTestBetweenSteps() {
        OptimizerListViewModel optimizers = new OptimizerListViewModel();
        optimizers.select(Map.of("sgd", 0.1));
        Queue<Runnable> queued = new ArrayDeque<>();
        AtomicInteger steps = new AtomicInteger();
        RangeTestViewModel[] holder = new RangeTestViewModel[1];
        RangeTestViewModel test = new RangeTestViewModel(
                optimizers,
                queued::add,
                (contender, first, last, n) -> stale -> LearningRateRange.run(
                        (k, rate) -> {
                            steps.incrementAndGet();
                            if (k == 4) {
                                holder[0].close();
                            }
                            return 1.0 / (k + 1);
                        },
                        first,
                        last,
                        n,
                        stale),
                "the start",
                1e-3);
        holder[0] = test;
        test.open(optimizers.get("sgd"));
        assertEquals(0, steps.get(), "nothing runs on the calling thread");
        assertEquals(1, queued.size());
        queued.poll().run();
        assertEquals(5, steps.get(), "steps 0 … 4, then the closed dialog's test stops");
        assertFalse(test.onFrame(), "a cancelled test shows nothing");
        assertTrue(test.curves().isEmpty());
        assertFalse(test.openProperty().get());
        assertEquals(Messages.text("rangeTest.cancelled"), test.statusProperty().get());
    }

    @Test
    void closedBeforeItRunsItTakesNoStep() {
        OptimizerListViewModel optimizers = new OptimizerListViewModel();
        optimizers.select(Map.of("adam", 0.01));
        Queue<Runnable> queued = new ArrayDeque<>();
        AtomicInteger steps = new AtomicInteger();
        RangeTestViewModel test = new RangeTestViewModel(
                optimizers,
                queued::add,
                (contender, first, last, n) -> stale -> LearningRateRange.run(
                        (k, rate) -> {
                            steps.incrementAndGet();
                            return 1;
                        },
                        first,
                        last,
                        n,
                        stale),
                "the start",
                1e-3);
        test.open(optimizers.get("adam"));
        test.close();
        queued.poll().run();
        assertEquals(0, steps.get());
        assertFalse(test.onFrame());
    }

    @Test
    void wrongFieldsAreSaidUnderThemAndRunWaitsForThem() {
        OptimizerListViewModel optimizers = new OptimizerListViewModel();
        optimizers.select(Map.of("sgd", 0.1));
        Queue<Runnable> queued = new ArrayDeque<>();
        RangeTestViewModel test = onBowl(optimizers, queued::add);
        assertEquals(
                Messages.text("rangeTest.error.start", "20"),
                test.startValidator().apply(20));
        assertEquals(null, test.startValidator().apply(1e-6));
        assertNotNull(test.endValidator().apply(1e-4), "below the start");
        assertNotNull(test.stepsValidator().apply(2.5));
        assertNotNull(test.stepsValidator().apply(5));
        assertEquals(null, test.stepsValidator().apply(200));
        test.fieldProblem("range-steps", test.stepsValidator().apply(5));
        assertEquals(
                Messages.text("rangeTest.error.steps", "5"),
                test.fieldErrorProperty().get());
        test.open(optimizers.get("sgd"));
        assertTrue(queued.isEmpty(), "no test while a field is wrong");
        test.fieldProblem("range-steps", "");
        assertEquals("", test.fieldErrorProperty().get());
        test.run();
        assertEquals(1, queued.size());
    }

    @Test
    void bothTabsOfferTheTestAndTheLandscapesStartsFromTheRacesStart() {
        LandscapeViewModel landscape =
                new LandscapeViewModel(new OptimizerListViewModel(), BackgroundExecutors.sameThread());
        RangeTestViewModel test = landscape.optimizers().rangeTest();
        assertNotNull(test);
        landscape.choose(BOWL);
        landscape.startProperty().set(START);
        landscape.optimizers().all().forEach(s -> s.setEnabled(false));
        OptimizerSettings sgd = landscape.optimizers().get("sgd");
        test.open(sgd);
        test.onFrame();
        assertEquals(1, test.curves().size());
        LearningRateRange.Result direct =
                LearningRateRange.run(BOWL, null, START, sgd.contender(), 1e-5, 10, 100, () -> false);
        assertArrayEquals(direct.losses(), test.curves().get(0).result().losses());
    }
}
