package downhill.app.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Optimizers;
import org.junit.jupiter.api.Test;

/** Fine steps of η: 2 % a notch, 0.2 % with Shift, within the slider's range. */
class FineStepsTest {

    private final Hyperparameter lr = Optimizers.byName("adam").hyperparameters().stream()
            .filter(h -> h.key().equals(Hyperparameter.LR))
            .findFirst()
            .orElseThrow();

    @Test
    void aNotchIsTwoPercentAndShiftATenthOfThat() {
        assertEquals(0.051, FineSteps.nudge(lr, 0.05, 1, false));
        assertEquals(0.04902, FineSteps.nudge(lr, 0.05, -1, false));
        assertEquals(1.002, FineSteps.nudge(lr, 1, 1, true));
        assertEquals(1.004, FineSteps.nudge(lr, 1.002, 1, true), "the finest step still moves");
        assertEquals(0.998, FineSteps.nudge(lr, 1, -1, true));
    }

    @Test
    void theSliderRangeHoldsAndZeroStartsAtItsLeastValue() {
        assertEquals(10, FineSteps.nudge(lr, 9.95, 1, false));
        assertEquals(1e-5, FineSteps.nudge(lr, 1e-5, -1, false));
        assertEquals(1.02e-5, FineSteps.nudge(lr, 0, 1, false));
    }
}
