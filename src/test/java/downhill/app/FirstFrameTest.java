package downhill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.testing.Poll;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first-frame time the start-up benchmark reads: who asks for it, its line, and that a shown window writes it. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("first frame"), 200, 100));
        stage.show();
    }

    @Test
    void thePropertyIsAskedBeforeTheVariableAndBlankAsksNothing() {
        assertEquals(Optional.of(Path.of("a.txt")), FirstFrame.asked("a.txt", "b.txt"));
        assertEquals(Optional.of(Path.of("b.txt")), FirstFrame.asked(" ", "b.txt"));
        assertEquals(Optional.of(Path.of("b.txt")), FirstFrame.asked(null, " b.txt "));
        assertEquals(Optional.empty(), FirstFrame.asked(null, ""));
    }

    @Test
    void aTimingReadsBackWhatItWrote() {
        FirstFrame.Timing timing = new FirstFrame.Timing(1234, 1_796_394_602_685L, 2345);
        assertEquals("1234 1796394602685 2345", timing.line());
        assertEquals(timing, FirstFrame.Timing.parse(timing.line() + "\n"));
        assertThrows(IllegalArgumentException.class, () -> FirstFrame.Timing.parse("1234 1796394602685"));
    }

    @Test
    void theTimeSinceTheProcessStartedIsNeverNegativeAndTheProcessorTimeIsRead() {
        FirstFrame.Timing timing = FirstFrame.measure(java.time.Instant.now());
        assertTrue(timing.sinceStartMillis() >= 0, timing.line());
        assertTrue(timing.cpuMillis() > 0, "this JVM has used the processor: " + timing.line());
        assertTrue(timing.sinceStartMillis() <= timing.epochMillis(), timing.line());
    }

    @Test
    void aShownWindowWritesItsFirstFrameThenRunsWhatFollows(FxRobot robot, @TempDir Path folder) throws Exception {
        Path file = folder.resolve("first-frame.txt");
        AtomicBoolean followed = new AtomicBoolean();
        robot.interact(() -> FirstFrame.watch(stage, file, () -> followed.set(Files.exists(file))));
        Poll.until(followed::get, "the first-frame file written before what follows runs");
        FirstFrame.Timing timing = FirstFrame.Timing.parse(Files.readString(file));
        assertTrue(timing.sinceStartMillis() >= 0, timing.line());
        assertFalse(Files.exists(folder.resolve("first-frame.txt.part")), "no partial file left behind");
    }
}
