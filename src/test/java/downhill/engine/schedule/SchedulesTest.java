package downhill.engine.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchedulesTest {

    @Test
    void constantKeepsTheBaseRate() {
        Schedule s = Schedules.parse("constant");
        assertEquals(0.1, s.rate(0.1, 0));
        assertEquals(0.1, s.rate(0.1, 1_000_000));
    }

    @Test
    void stepDecayHalvesEveryHundredSteps() {
        Schedule s = Schedules.parse("step:every=100,gamma=0.5");
        assertEquals(1.0, s.rate(1, 0));
        assertEquals(1.0, s.rate(1, 99));
        assertEquals(0.5, s.rate(1, 100));
        assertEquals(0.5, s.rate(1, 199));
        assertEquals(0.25, s.rate(1, 200));
    }

    @Test
    void exponentialMultipliesEachStep() {
        Schedule s = Schedules.parse("exp:gamma=0.98");
        assertEquals(0.1, s.rate(0.1, 0));
        assertEquals(0.1 * 0.98, s.rate(0.1, 1), 1e-18);
        assertEquals(0.1 * Math.pow(0.98, 50), s.rate(0.1, 50), 1e-16);
    }

    @Test
    void warmupRisesLinearlyThenCoolsAlongACosineToTheFloor() {
        Schedule s = Schedules.parse("warmup-cosine:warmup=20,total=500,floor=0.0001");
        assertEquals(0, s.rate(0.1, 0));
        assertEquals(0.05, s.rate(0.1, 10), 1e-15);
        assertEquals(0.1, s.rate(0.1, 20), 1e-15);
        double middle = 0.0001 + (0.1 - 0.0001) * 0.5;
        assertEquals(middle, s.rate(0.1, 260), 1e-12);
        assertEquals(0.0001, s.rate(0.1, 500), 1e-15);
        assertEquals(0.0001, s.rate(0.1, 10_000), 1e-15);
        for (int t = 21; t < 500; t++) {
            assertTrue(s.rate(0.1, t) < s.rate(0.1, t - 1), "cool-down is strictly decreasing at " + t);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "constant",
                "step:every=7,gamma=0.3",
                "exp:gamma=0.98",
                "warmup-cosine:warmup=5,total=50,floor=0.001"
            })
    void specsReadBack(String spec) {
        Schedule s = Schedules.parse(spec);
        assertEquals(s, Schedules.parse(s.spec()));
    }

    @Test
    void floorIsOptional() {
        assertEquals(new WarmupCosine(3, 9, 0), Schedules.parse("warmup-cosine:warmup=3,total=9"));
        assertInstanceOf(StepDecay.class, Schedules.parse(" step : every = 3 , gamma = 0.5 "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "cosine | unknown schedule 'cosine'",
                "step:every=100 | needs gamma",
                "step:every=x,gamma=0.5 | every=x in schedule 'step:every=x,gamma=0.5': 'x' is not a whole number",
                "step:every=99999999999,gamma=0.5 | every=99999999999 in schedule 'step:every=99999999999,gamma=0.5': '99999999999' is too large",
                "step:every=0,gamma=0.5 | every must be a whole number ≥ 1, got 0",
                "exp:gamma=-1 | gamma must be a finite number > 0, got -1.0",
                "exp:gamma=abc | gamma=abc in schedule 'exp:gamma=abc' is not a finite number",
                "exp:rate=0.9 | has no parameter 'rate' (it takes gamma)",
                "exp:gamma | 'gamma' in schedule 'exp:gamma' is not name=value",
                "exp:gamma=0.9,gamma=0.8 | 'gamma' is given twice",
                "warmup-cosine:warmup=10,total=5 | total must be greater than warmup (10), got 5",
                "constant:gamma=1 | has no parameter 'gamma' (it takes none)"
            })
    void malformedSpecsAreExplained(String spec, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schedules.parse(spec));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
