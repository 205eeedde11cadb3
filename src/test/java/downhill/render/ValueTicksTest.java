package downhill.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValueTicksTest {

    @Test
    void aLossStuckAtLnTwoGetsAReadableRangeAndTicks() {
        double v = Math.log10(Math.log(2));
        double[] range = ValueTicks.curveRange(v - 1e-9, v + 1e-9, true);
        assertEquals(ValueTicks.LEAST_DECADES * 1.08, range[1] - range[0], 1e-12);
        assertEquals(v, (range[0] + range[1]) / 2, 1e-12);
        assertTrue(ValueTicks.of(true, range[0], range[1], 5).values().length >= 2, "ticks on a flat loss");
        double[] linear = ValueTicks.curveRange(0.6931, 0.6932, false);
        assertEquals(0.06932 * 1.08, linear[1] - linear[0], 1e-9);
    }

    @Test
    void aWideRangeIsOnlyPadded() {
        assertArrayEquals(ValueTicks.paddedRange(-3, 0), ValueTicks.curveRange(-3, 0, true));
        assertArrayEquals(ValueTicks.paddedRange(0.1, 0.9), ValueTicks.curveRange(0.1, 0.9, false));
    }
}
