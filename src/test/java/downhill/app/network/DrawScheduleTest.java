package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import downhill.app.network.DrawSchedule.Draw;
import downhill.engine.train.TrainingState;
import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** When the network tab draws what, frame by frame, without a window. */
class DrawScheduleTest {

    private static final double FRAME = 1.0 / 60;

    private final DrawSchedule schedule = new DrawSchedule();

    private static List<RunProgress> copy(TrainingState state) {
        return List.of(new RunProgress("adam", "Adam", Color.GREEN, null, state, "", 0));
    }

    @Test
    void chartsFollowEveryChangeAndTheSlowPartsAFewTimesASecond() {
        List<RunProgress> running = copy(TrainingState.RUNNING);
        assertEquals(Draw.EVERYTHING, schedule.next(FRAME, true, true, running), "a copy added: everything at once");
        assertEquals(Draw.CHARTS, schedule.next(FRAME, true, true, running));
        assertEquals(Draw.NOTHING, schedule.next(FRAME, true, false, running), "nothing new, nothing drawn");
        assertEquals(
                Draw.EVERYTHING,
                schedule.next(DrawSchedule.SLOW_PARTS_SECONDS, true, true, running),
                "their turn has come");
        assertEquals(Draw.CHARTS, schedule.next(FRAME, true, true, running));
    }

    @Test
    void aCopyEndingIsDrawnInFullAtOnce() {
        schedule.next(FRAME, true, true, copy(TrainingState.RUNNING));
        assertEquals(Draw.EVERYTHING, schedule.next(FRAME, true, true, copy(TrainingState.DIVERGED)));
    }

    @Test
    void aChangeBetweenTheSlowPartsTurnsIsDrawnAtTheirNextTurnEvenWithoutALaterChange() {
        List<RunProgress> running = copy(TrainingState.RUNNING);
        schedule.next(FRAME, true, true, running);
        assertEquals(Draw.CHARTS, schedule.next(FRAME, true, true, running));
        assertEquals(Draw.NOTHING, schedule.next(FRAME, true, false, running));
        assertEquals(Draw.EVERYTHING, schedule.next(DrawSchedule.SLOW_PARTS_SECONDS, true, false, running));
        assertEquals(
                Draw.NOTHING,
                schedule.next(DrawSchedule.SLOW_PARTS_SECONDS, true, false, running),
                "drawn once, not again");
    }

    @Test
    void aHiddenTabDrawsNothingAndCatchesUpInFullWhenShown() {
        List<RunProgress> running = copy(TrainingState.RUNNING);
        schedule.next(FRAME, true, true, running);
        assertEquals(Draw.NOTHING, schedule.next(FRAME, false, true, running));
        assertEquals(Draw.NOTHING, schedule.next(FRAME, false, false, running));
        assertEquals(Draw.EVERYTHING, schedule.next(FRAME, true, false, running), "what it missed, in full");
        assertEquals(Draw.NOTHING, schedule.next(FRAME, true, false, running));
    }
}
