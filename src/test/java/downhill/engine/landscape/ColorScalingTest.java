package downhill.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ColorScalingTest {

    @Test
    void logIsSuggestedForRosenbrocksWindowAndLinearForRastrigins() {
        assertEquals(ColorScaling.LOG, ColorScaling.suggested(sampled("rosenbrock")));
        assertEquals(ColorScaling.LINEAR, ColorScaling.suggested(sampled("rastrigin")));
        assertEquals(ColorScaling.LINEAR, ColorScaling.suggested(sampled("saddle")));
    }

    @Test
    void suggestionIgnoresMissingValuesAndCopesWithNone() {
        assertEquals(ColorScaling.LINEAR, ColorScaling.suggested(new double[] {Double.NaN, Double.NaN}));
        assertEquals(ColorScaling.LINEAR, ColorScaling.suggested(new double[] {3, 3, 3}));
        assertEquals(ColorScaling.LINEAR, ColorScaling.suggested(new double[0]));
    }

    @ParameterizedTest
    @EnumSource(ColorScaling.class)
    void theRangeSpansTheWholeBarInEitherScaling(ColorScaling scaling) {
        assertEquals(0, scaling.position(0, 0, 1e4), 1e-12);
        assertEquals(1, scaling.position(1e4, 0, 1e4), 1e-12);
        assertEquals(0, scaling.position(-5, 0, 1e4));
        assertEquals(1, scaling.position(2e4, 0, 1e4));
        assertTrue(Double.isNaN(scaling.position(Double.NaN, 0, 1e4)));
        assertEquals(0, scaling.position(7, 7, 7), "an empty range puts everything at the bottom");
        for (double f = 0; f < 1e4; f += 37) {
            assertTrue(scaling.position(f + 37, 0, 1e4) > scaling.position(f, 0, 1e4));
            assertEquals(f, scaling.unscaled(scaling.scaled(f, 0, 1e4), 0, 1e4), 1e-9 * 1e4);
        }
    }

    @Test
    void logSpreadsAMinimumAtZeroAndFourDecadesAcrossTheBar() {
        // min 0, range 1e4: δ = 1, so 0, 9, 99, 999 and 9999 sit at 0, ¼, ½, ¾ and 1.
        assertEquals(1, ColorScaling.logOffset(0, 1e4), 1e-12);
        double[] fs = {0, 9, 99, 999, 9999};
        for (int k = 0; k < fs.length; k++) {
            assertEquals(k / 4.0, ColorScaling.LOG.position(fs[k], 0, 1e4 - 1), 1e-3);
        }
        assertEquals(0.5, ColorScaling.LINEAR.position(5e3, 0, 1e4), 1e-12);
        // The same shape one unit up or a million times smaller: δ follows the range.
        assertEquals(ColorScaling.LOG.position(99, 0, 1e4), ColorScaling.LOG.position(100, 1, 1e4 + 1), 1e-9);
        assertEquals(ColorScaling.LOG.position(99, 0, 1e4), ColorScaling.LOG.position(99e-6, 0, 1e-2), 1e-9);
    }

    static double[] sampled(String name) {
        Objective objective = Functions.resolve(name);
        return LandscapeRenderer.sequential().sample(objective::valueRow, objective.window(), 200, 160);
    }
}
