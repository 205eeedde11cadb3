package downhill.app.optimizers;

import downhill.engine.optimizer.Hyperparameter;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Fine steps for a log-scaled hyperparameter such as η: its slider spans 1e-5…10 in a hundred-odd pixels (one pixel
 * ≈ 13 %), so an arrow key or a notch of the wheel multiplies the value by a small factor instead, Shift by a
 * tenth of it. Kept to four significant digits, so that the smallest step still changes the value.
 */
public final class FineSteps {

    /** One notch: 2 %. */
    public static final double NOTCH = 1.02;
    /** One notch with Shift: 0.2 %. */
    public static final double FINE_NOTCH = 1.002;

    private FineSteps() {}

    /**
     * The value {@code notches} notches from {@code value} (negative: smaller), within the slider's range when it
     * starts there; a zero starts from the slider's least value.
     */
    public static double nudge(Hyperparameter h, double value, double notches, boolean fine) {
        double from = value > 0 ? value : h.sliderMin();
        double next = from * Math.pow(fine ? FINE_NOTCH : NOTCH, notches);
        if (from >= h.sliderMin() && from <= h.sliderMax()) {
            next = Math.max(h.sliderMin(), Math.min(h.sliderMax(), next));
        }
        return new BigDecimal(next).round(new MathContext(4)).doubleValue();
    }
}
