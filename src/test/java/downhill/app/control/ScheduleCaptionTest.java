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
        assertEquals("η 0 → 0.05 → 5e-4 over 500 steps",
                ScheduleCaption.of(new WarmupCosine(20, 500, 0.0005), 0.05, 500));
        assertEquals("η = 0.05 for 300 steps", ScheduleCaption.of(new Constant(), 0.05, 300));
        assertEquals("η 0.1 → 0.0125 over 300 steps", ScheduleCaption.of(new StepDecay(100, 0.5), 0.1, 300));
    }

}
