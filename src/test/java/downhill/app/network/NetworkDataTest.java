package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.i18n.Messages;
import downhill.engine.train.TrainingData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network tab's data without a window: every source prepared on the caller's thread, taken by a frame. */
class NetworkDataTest {

    private static final Path LECTURE_TRAIN = Path.of("docs/data/lecture_train.csv");
    private static final Path LECTURE_TEST = Path.of("docs/data/lecture_test.csv");

    private final AtomicInteger dataChanges = new AtomicInteger();
    private final AtomicInteger drawnChanges = new AtomicInteger();
    private final List<String> said = new ArrayList<>();
    private final NetworkData data =
            new NetworkData(Runnable::run, dataChanges::incrementAndGet, drawnChanges::incrementAndGet, said::add);

    private static int samples(TrainingData data) {
        return data.train().sampleCount() + data.test().sampleCount();
    }

    @Test
    void theGeneratorsDataArriveWithAFrameAndEachSettingAsksAgain() {
        assertNull(data.prepared(), "nothing asked for yet");
        assertEquals(Messages.text("network.status.noData"), data.problem());
        data.reload();
        assertTrue(data.takeNewest());
        assertEquals(1000, samples(data.trainingData()));
        assertEquals(1, dataChanges.get(), "what trained on the old data is reset");
        assertFalse(data.takeNewest(), "nothing new");
        data.samplesProperty().set(200);
        assertTrue(data.takeNewest());
        assertEquals(200, samples(data.trainingData()));
        data.dataChoiceProperty().set("circles");
        assertEquals("circles", data.generatorProperty().get());
        assertTrue(data.takeNewest());
        assertEquals(3, dataChanges.get());
    }

    @Test
    void aCsvFileTrainsWithAShareSplitOffOrAllOfItBesideATestFile() {
        data.loadCsv(LECTURE_TRAIN);
        assertEquals(LECTURE_TRAIN, data.dataFile(), "what a save keeps while the file loads");
        assertNull(data.csvProperty().get());
        data.takeNewest();
        assertEquals(LECTURE_TRAIN, data.csvProperty().get());
        assertEquals(640, data.trainingData().train().sampleCount());
        assertEquals(
                Messages.text("network.test.split", (int) Math.round(PreparedData.TEST_FRACTION * 100)),
                data.testTextProperty().get());
        data.useTestCsv(LECTURE_TEST);
        assertEquals(
                Messages.text("network.test.file", LECTURE_TEST.getFileName()),
                data.testTextProperty().get());
        data.takeNewest();
        assertEquals(800, data.trainingData().train().sampleCount(), "all of the file trains");
        assertEquals(200, data.trainingData().test().sampleCount(), "the test file tests");
        data.useGenerator();
        assertNull(data.dataFile());
        assertNull(data.testCsvProperty().get());
        assertEquals("moons", data.dataChoiceProperty().get());
        data.takeNewest();
        assertEquals(1000, samples(data.trainingData()));
    }

    @Test
    void aBadCsvFileShowsItsErrorAndThePreviousDataStay(@TempDir Path dir) throws IOException {
        data.reload();
        data.takeNewest();
        PreparedData before = data.prepared();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "a,b,label\n1,2\n");
        data.loadCsv(bad);
        data.takeNewest();
        assertFalse(data.dataErrorProperty().get().isEmpty());
        assertSame(before, data.prepared());
        assertNull(data.dataFile(), "no longer loading, and not the data in use");
        assertEquals(1, dataChanges.get(), "nothing to reset");
    }

    @Test
    void tooFewPointsDrawnCannotTrainAndSayWhy() {
        data.dataChoiceProperty().set(NetworkData.DRAWN);
        assertTrue(data.drawingOnProperty().get());
        data.takeNewest();
        assertNull(data.prepared());
        assertFalse(data.dataWarningProperty().get().isEmpty());
        assertEquals(data.dataWarningProperty().get(), data.problem(), "Train says the drawing's problem");
        assertNotEquals(Messages.text("network.status.noData"), data.problem());
        data.drawing().press(1, 1, false, 0.1);
        data.drawing().release();
        int drawn = drawnChanges.get();
        assertTrue(drawn > 0, "a point drawn on the data in use");
        data.dataChoiceProperty().set("moons");
        assertFalse(data.drawingOnProperty().get());
        data.takeNewest();
        assertEquals(Messages.text("network.status.noData"), data.problem());
        assertEquals(1000, samples(data.trainingData()));
        data.drawing().press(-1, 1, false, 0.1);
        data.drawing().release();
        assertEquals(drawn, drawnChanges.get(), "the drawing kept aside changes nothing in use");
    }

    @Test
    void theDrawnPointsAreWrittenAsCsvAndTheStatusSaysWhere(@TempDir Path dir) throws IOException {
        data.drawFromGenerator();
        int points = data.drawing().pointsProperty().get().size();
        assertTrue(points > 500 && points <= 1000, "the generator's set within the plane, copied: " + points);
        Path file = dir.resolve("drawn.csv");
        data.exportDrawing(file);
        assertEquals(data.drawing().pointsProperty().get().csv(), Files.readString(file));
        assertEquals(List.of(Messages.text("network.drawn.exported", points, file.getFileName())), said);
        data.exportDrawing(file.resolve("not-a-folder.csv"));
        assertTrue(said.get(1).startsWith(Messages.text("network.drawn.exportFailed", "")), said.get(1));
    }
}
