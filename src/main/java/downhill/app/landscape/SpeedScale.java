package downhill.app.landscape;

import downhill.app.control.PlaybackClock;

/**
 * The speed slider's scale: logarithmic, so that 1 to 10 steps per second get as much of the slider as 50 to 500;
 * its ends are the clock's slowest and fastest speeds, and a position gives a whole number of steps per second.
 */
public final class SpeedScale {

    /** The slider's left end: {@link PlaybackClock#MIN_SPEED}. */
    public static final double MIN_POSITION = Math.log10(PlaybackClock.MIN_SPEED);
    /** The slider's right end: {@link PlaybackClock#MAX_SPEED}. */
    public static final double MAX_POSITION = Math.log10(PlaybackClock.MAX_SPEED);

    private SpeedScale() {}

    /** Where the slider shows {@code stepsPerSecond}. */
    public static double position(double stepsPerSecond) {
        return Math.log10(stepsPerSecond);
    }

    /** The steps per second at a slider position, rounded to a whole number. */
    public static double speed(double position) {
        return Math.round(Math.pow(10, position));
    }
}
