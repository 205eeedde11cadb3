package downhill.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicksTest {

    @Test
    void minusTwoToTwoInFiveTicksIsTheIntegers() {
        AxisTicks ticks = AxisTicks.nice(-2, 2, 5);
        assertArrayEquals(new double[] {-2, -1, 0, 1, 2}, ticks.values());
        assertEquals(List.of("-2", "-1", "0", "1", "2"), ticks.labels());
    }

    @Test
    void tenthsComeOutAsTheDecimalsWithoutBinaryNoise() {
        AxisTicks ticks = AxisTicks.nice(0, 0.3, 4);
        assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3}, ticks.values());
        assertEquals(List.of("0", "0.1", "0.2", "0.3"), ticks.labels());
        assertEquals("0.3", AxisTicks.format(0.1 + 0.2, 0.1));
        assertEquals("0", AxisTicks.format(-1e-17, 0.1), "never -0");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "-5.12; 5.12; 6; -4 -2 0 2 4",
                "0; 2500; 6; 0 500 1000 1500 2000 2500",
                "0.013; 80.7; 5; 20 40 60 80",
                "-1; 3; 5; -1 0 1 2 3",
                "0; 1e-6; 3; 0 5e-7 1e-6",
                "1e6; 5e6; 5; 1e6 2e6 3e6 4e6 5e6",
                "-0.35; 0.35; 8; -0.3 -0.2 -0.1 0 0.1 0.2 0.3",
                "0.5; 0.5; 5; 0.5"
            })
    void niceTicksAndLabels(double min, double max, int target, String expected) {
        assertEquals(expected, String.join(" ", AxisTicks.nice(min, max, target).labels()));
    }

    @Test
    void everyLabelReadsBackAsItsTickValue() {
        for (double max = 0.01; max < 1e5; max *= 1.37) {
            AxisTicks ticks = AxisTicks.nice(-max / 3, max, 7);
            assertTrue(ticks.values().length >= 3 && ticks.values().length <= 7, max + ": " + ticks.labels());
            for (int i = 0; i < ticks.values().length; i++) {
                assertEquals(
                        ticks.values()[i], Double.parseDouble(ticks.labels().get(i)), max + "");
            }
        }
    }

    @Test
    void anAxisNeedsAnOrderedFiniteRange() {
        assertThrows(IllegalArgumentException.class, () -> AxisTicks.nice(2, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> AxisTicks.nice(0, Double.NaN, 5));
        assertThrows(IllegalArgumentException.class, () -> AxisTicks.nice(0, 1, 1));
    }

    @Test
    void aLogColourBarOfRosenbrockReadsInDecades() {
        List<ColorbarTicks.Tick> ticks = ColorbarTicks.of(ColorScaling.LOG, 5.75e-5, 2498.5, 6);
        assertEquals(
                List.of("0", "1", "10", "100", "1000"),
                ticks.stream().map(ColorbarTicks.Tick::label).toList());
        double previous = -1;
        for (ColorbarTicks.Tick tick : ticks) {
            assertEquals(ColorScaling.LOG.position(tick.value(), 5.75e-5, 2498.5), tick.position(), 1e-12);
            assertTrue(tick.position() > previous && tick.position() <= 1);
            previous = tick.position();
        }
        // δ = 2498.5e-4 ≈ 0.25, so 1000 sits at log10(1000.25 / 0.25) / log10(2498.75 / 0.25) ≈ 0.9.
        assertEquals(0.9, ticks.get(4).position(), 0.01);
    }

    @Test
    void aLinearColourBarUsesNiceTicks() {
        List<ColorbarTicks.Tick> ticks = ColorbarTicks.of(ColorScaling.LINEAR, 0.013, 80.7, 5);
        assertEquals(
                List.of("20", "40", "60", "80"),
                ticks.stream().map(ColorbarTicks.Tick::label).toList());
        assertEquals((40 - 0.013) / (80.7 - 0.013), ticks.get(1).position(), 1e-12);
        assertTrue(ColorbarTicks.of(ColorScaling.LOG, 1, 1, 5).isEmpty());
    }
}
