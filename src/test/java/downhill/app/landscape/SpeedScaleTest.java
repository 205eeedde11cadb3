package downhill.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import downhill.app.control.PlaybackClock;
import org.junit.jupiter.api.Test;

/** The speed slider's logarithmic scale. */
class SpeedScaleTest {

    @Test
    void theSlidersEndsAreTheClocksSlowestAndFastestSpeeds() {
        assertEquals(PlaybackClock.MIN_SPEED, SpeedScale.speed(SpeedScale.MIN_POSITION));
        assertEquals(PlaybackClock.MAX_SPEED, SpeedScale.speed(SpeedScale.MAX_POSITION));
    }

    @Test
    void theMiddleIsTheGeometricMeanAndEveryDecadeGetsTheSameRoom() {
        double middle = (SpeedScale.MIN_POSITION + SpeedScale.MAX_POSITION) / 2;
        assertEquals(
                Math.round(Math.sqrt(PlaybackClock.MIN_SPEED * PlaybackClock.MAX_SPEED)), SpeedScale.speed(middle));
        assertEquals(1, SpeedScale.position(100) - SpeedScale.position(10), 1e-12);
        assertEquals(1, SpeedScale.position(10) - SpeedScale.position(1), 1e-12);
    }

    @Test
    void aPositionGivesWholeStepsAndASpeedComesBackFromItsPosition() {
        assertEquals(60, SpeedScale.speed(SpeedScale.position(60)));
        assertEquals(3, SpeedScale.speed(Math.log10(2.7)), "2.7 steps/s rounds to 3");
    }
}
