package downhill.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import downhill.engine.schedule.Constant;
import downhill.engine.schedule.StepDecay;
import downhill.engine.schedule.WarmupCosine;
import org.junit.jupiter.api.Test;

/** The schedule plot's caption: its ends over the run's steps, and warm-up's peak. */
class ScheduleCaptionTest {

    @Test
    void theCaptionShowsWarmUpsPeakAndEveryKindsEnds() {
        assertEquals(
                "η 0 → 0.05 → 5.005e-4 over 500 steps",
                ScheduleCaption.of(new WarmupCosine(20, 500, 0.0005), 0.05, 500));
        assertEquals("η = 0.05 for 300 steps", ScheduleCaption.of(new Constant(), 0.05, 300));
        assertEquals(
                "η 0.1 → 0.025 over 300 steps",
                ScheduleCaption.of(new StepDecay(100, 0.5), 0.1, 300),
                "300 steps use t = 0 … 299: two halvings, not three");
    }

    @Test
    void aNetworksScheduleCountsEpochs() {
        assertEquals("η 0.1 → 0.05 over 200 epochs", ScheduleCaption.of(new StepDecay(100, 0.5), 0.1, 200, true));
        assertEquals("η = 0.01 for 40 epochs", ScheduleCaption.of(new Constant(), 0.01, 40, true));
    }
}
