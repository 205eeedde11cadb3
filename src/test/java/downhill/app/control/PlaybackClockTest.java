package downhill.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one clock both tabs play paths with, driven by made-up frame times: no window, no wall clock. */
class PlaybackClockTest {

    private final AtomicInteger last = new AtomicInteger(100);
    private final PlaybackClock clock = new PlaybackClock(0, 10, last::get);

    @Test
    void wholeStepsAtTheSpeedAndTheFractionsAddUp() {
        clock.togglePlay();
        assertTrue(clock.advance(0.5));
        assertEquals(5, clock.stepProperty().get());
        assertFalse(clock.advance(0.05), "half a step shows nothing yet");
        assertTrue(clock.advance(0.05));
        assertEquals(6, clock.stepProperty().get(), "two halves make a step");
    }

    @Test
    void theSpeedIsPlayedWithinItsLimits() {
        clock.speedProperty().set(0);
        clock.togglePlay();
        clock.advance(1);
        assertEquals((int) PlaybackClock.MIN_SPEED, clock.stepProperty().get());
        clock.speedProperty().set(1e9);
        clock.advance(0.1);
        assertEquals(
                1 + (int) (0.1 * PlaybackClock.MAX_SPEED), clock.stepProperty().get());
    }

    @Test
    void itStopsAtTheLastStepAndPlayingAgainStartsOver() {
        clock.togglePlay();
        clock.advance(20);
        assertEquals(100, clock.stepProperty().get());
        assertFalse(clock.playingProperty().get());
        clock.togglePlay();
        assertEquals(0, clock.stepProperty().get());
        assertTrue(clock.playingProperty().get());
    }

    @Test
    void loopingShowsTheLastStepForOneFrameThenStartsOver() {
        clock.loopProperty().set(true);
        clock.togglePlay();
        clock.advance(20);
        assertEquals(100, clock.stepProperty().get());
        assertTrue(clock.playingProperty().get(), "a loop never stops");
        clock.advance(0.1);
        assertEquals(0, clock.stepProperty().get());
    }

    @Test
    void pausedTimeIsNotSaved() {
        clock.togglePlay();
        clock.advance(0.05);
        clock.togglePlay();
        assertFalse(clock.advance(10), "paused, nothing moves");
        clock.togglePlay();
        assertFalse(clock.advance(0.05), "the half step before the pause is gone");
        assertEquals(0, clock.stepProperty().get());
    }

    @Test
    void theLastStepIsAskedEachTimeAndTheCommandsPause() {
        clock.togglePlay();
        last.set(3);
        clock.advance(1);
        assertEquals(3, clock.stepProperty().get());
        clock.stepBack();
        assertFalse(clock.playingProperty().get());
        assertEquals(2, clock.stepProperty().get());
        clock.stepForward();
        clock.stepForward();
        assertEquals(3, clock.stepProperty().get(), "never past the end");
        clock.rewind();
        assertEquals(0, clock.stepProperty().get());
        clock.stepBack();
        assertEquals(0, clock.stepProperty().get(), "never before the start");
        clock.toEnd();
        assertEquals(3, clock.stepProperty().get());
    }
}
