package downhill.app.optimizers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.control.SeriesChart;
import downhill.app.i18n.Messages;
import downhill.app.optimizers.RangeTestViewModel.Curve;
import downhill.engine.train.LearningRateRange;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The range test's chart without a window: hand-made curves over η = 1e-3 … 10 in five steps, one a decade. */
class RangeTestChartTest {

    private static final RangeTestChart.Range DECADES = new RangeTestChart.Range(1e-3, 10, 5);
    private static final double[] RATES = {1e-3, 1e-2, 1e-1, 1, 10};

    private final OptimizerListViewModel optimizers = new OptimizerListViewModel();
    private final SimpleObjectProperty<OptimizerSettings> focus = new SimpleObjectProperty<>();
    private final RangeTestChart chart = new RangeTestChart(focus, DECADES);

    @BeforeAll
    static void english() {
        Messages.use(Locale.ENGLISH);
    }

    /** A test that falls fastest at η = 0.1, is least at η = 1 and runs to the end of the range. */
    private Curve falling(String optimizer, double scale) {
        double[] smoothed = {1 * scale, 0.8 * scale, 0.3 * scale, 0.1 * scale, 0.35 * scale};
        double[] raw = {1.1 * scale, 0.7 * scale, 0.35 * scale, 0.05 * scale, 0.4 * scale};
        return new Curve(optimizers.get(optimizer), new LearningRateRange.Result(RATES, raw, smoothed, "", 0.1, 1));
    }

    @Test
    void theRateAxisIsTheRangeTestedOneDecadeAStep() {
        assertEquals(-3, chart.firstLog(), 1e-12);
        assertEquals(1, chart.logPerStep(), 1e-12);
        assertEquals(4, chart.lastStep());
        assertEquals(2, chart.index(0.1), 1e-12);
        chart.testedOver(new RangeTestChart.Range(1e-2, 1, 3));
        assertEquals(-2, chart.firstLog(), 1e-12);
        assertEquals(2, chart.lastStep());
        assertEquals(1, chart.index(0.1), 1e-12, "the new range's steps");
    }

    @Test
    void eachCurveIsAFaintRawLineAndItsSmoothedOne() {
        chart.curves().setAll(falling("sgd", 1), falling("adam", 2));
        List<SeriesChart.Series> series = chart.series();
        assertEquals(4, series.size());
        OptimizerSettings sgd = optimizers.get("sgd");
        assertEquals(sgd.displayName() + " ·", series.get(0).label());
        assertEquals(0.3, series.get(0).color().getOpacity(), 1e-6, "the raw loss faint");
        assertEquals(sgd.color(), series.get(1).color());
        assertArrayEquals(
                chart.curves().get(0).result().smoothed(), series.get(1).values());
    }

    @Test
    void onlyTheFocusedOptimizersMarksAreLabelledWithItsCurrentRate() {
        chart.curves().setAll(falling("sgd", 1), falling("adam", 1));
        focus.set(optimizers.get("sgd"));
        optimizers.get("sgd").learningRateProperty().set(0.01);
        List<SeriesChart.Mark> marks = chart.marks();
        assertEquals(5, marks.size(), "now, steepest and least for sgd; steepest and least for adam");
        assertEquals(
                new SeriesChart.Mark(1, Double.NaN, optimizers.get("sgd").color(), "now", true, true), marks.get(0));
        assertEquals("steepest", marks.get(1).label());
        assertEquals(2, marks.get(1).index());
        assertEquals(0.3, marks.get(1).value(), "on the smoothed curve");
        assertEquals("min", marks.get(2).label());
        assertEquals(3, marks.get(2).index());
        assertEquals("", marks.get(3).label());
        assertFalse(marks.get(3).line(), "another optimizer's suggestion: a dot");
        optimizers.get("sgd").learningRateProperty().set(100);
        assertEquals(4, chart.marks().size(), "a current rate beyond the range has no line");
    }

    @Test
    void theLossAxisHoldsTheFallAndGoesLogOverTwoDecades() {
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, chart.lossRange(), "before a test");
        chart.curves().setAll(falling("sgd", 1));
        assertFalse(chart.logScale());
        double[] linear = chart.lossRange();
        assertEquals(0.1 - 0.9 * 0.15, linear[0], 1e-12, "the least value, padded");
        assertEquals(1 + 0.9 * 0.15, linear[1], 1e-12, "the first value, padded");
        chart.curves().setAll(falling("sgd", 1), falling("adam", 1000));
        assertTrue(chart.logScale(), "0.1 to 1000: four decades");
        assertArrayEquals(new double[] {0.1 / 2, 1000 * 3}, chart.lossRange(), 1e-9);
    }

    @Test
    void theSummarySaysTheSuggestionsAndWhyTheTestEnded() {
        Curve whole = falling("sgd", 1);
        assertEquals(
                "SGD: steepest fall at η = 0.1, least loss at η = 1; reached the end of the range",
                chart.summary(whole));
        double[] three = {1e-3, 1e-2, 1e-1};
        Curve stopped = new Curve(
                optimizers.get("adam"),
                new LearningRateRange.Result(three, three, three, "loss not finite", Double.NaN, Double.NaN));
        assertEquals(
                "Adam: steepest fall at η = –, least loss at η = –; stopped at η = 0.1 (the loss overflowed)",
                chart.summary(stopped));
    }
}
