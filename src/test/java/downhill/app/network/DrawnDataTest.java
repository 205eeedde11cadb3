package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.CsvLoader;
import downhill.engine.data.Dataset;
import downhill.engine.data.DrawnPoints;
import downhill.engine.train.Metric;
import downhill.engine.train.TrainingData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Drawn" source on the network tab's view-model, without a window: everything on the caller's thread. */
class DrawnDataTest {

    private final NetworkViewModel vm = new NetworkViewModel(Runnable::run, Runnable::run);

    private void draw(double x, double y, int label) {
        vm.data().drawing().chosenClassProperty().set(label);
        vm.data().drawing().press(x, y, false, 0.1);
        vm.data().drawing().release();
    }

    /** Three points of class 0 on the left, three of class 1 on the right. */
    private void drawSix() {
        vm.data().dataChoiceProperty().set(NetworkData.DRAWN);
        for (int i = 0; i < 3; i++) {
            draw(-1.5, i - 1, 0);
            draw(1.5, i - 1, 1);
        }
        vm.onFrame(1);
    }

    @Test
    void theDrawingIsTheTrainingDataSplitAsTheSplitSaysAndNotStandardised() {
        drawSix();
        assertTrue(vm.data().drawingOnProperty().get());
        assertFalse(vm.data().dataSettings().generatorFieldsProperty().get(), "samples and noise do not apply");
        assertEquals(
                "Drawn (by hand)", vm.data().dataSettings().sourceNameProperty().get());
        TrainingData data = vm.data().trainingData();
        // A fifth of each class held out, rounded: one of three.
        assertArrayEquals(new int[] {2, 2}, data.train().classCounts());
        assertArrayEquals(new int[] {1, 1}, data.test().classCounts());
        assertNull(data.standardization(), "the points train where they were drawn");
        assertEquals(DrawingViewModel.PLANE, vm.data().dataProperty().get().window());
        for (int i = 0; i < data.train().sampleCount(); i++) {
            assertEquals(1.5, Math.abs(data.train().feature(i, 0)));
        }
        vm.trainingSettings().epochsProperty().set(5);
        vm.training().train();
        vm.onFrame(1);
        assertEquals(TrainingSession.Phase.DONE, vm.session().phaseProperty().get());
        assertEquals("Done: 5 of 5 epochs.", vm.session().statusProperty().get());
    }

    /** docs/classroom.md's claim: XOR drawn by hand defeats a network without hidden layers, not one with them. */
    @Test
    void drawnXorDefeatsALinearModelButNotAHiddenLayer() {
        vm.data().dataChoiceProperty().set(NetworkData.DRAWN);
        for (int i = 0; i < 8; i++) {
            double a = 0.5 + 0.2 * i;
            double b = 2.2 - 0.2 * i;
            draw(a, b, 0);
            draw(-a, -b, 0);
            draw(-a, b, 1);
            draw(a, -b, 1);
        }
        vm.onFrame(1);
        vm.trainingSettings().epochsProperty().set(300);
        vm.shape().hiddenTextProperty().set("");
        vm.training().train();
        vm.onFrame(1);
        for (RunProgress r : vm.session().resultsProperty().get()) {
            assertTrue(r.history().last(Metric.TRAIN_ACCURACY) <= 0.75, r.name() + " without hidden layers");
        }
        vm.shape().hiddenTextProperty().set("8,8");
        vm.training().train();
        vm.onFrame(1);
        for (RunProgress r : vm.session().resultsProperty().get()) {
            assertEquals(1.0, r.history().last(Metric.TRAIN_ACCURACY), r.name() + " with 8, 8");
        }
    }

    @Test
    void tooFewToHoldSomeOutAllTrainAndItIsSaid() {
        vm.data().dataChoiceProperty().set(NetworkData.DRAWN);
        draw(-1, 0, 0);
        draw(-1, 1, 0);
        draw(1, 0, 1);
        draw(1, 1, 1);
        vm.onFrame(1);
        TrainingData data = vm.data().trainingData();
        assertEquals(4, data.train().sampleCount());
        assertSame(data.train(), data.test(), "tested on the same points");
        assertTrue(
                vm.data().dataWarningProperty().get().startsWith("Only 4 points"),
                vm.data().dataWarningProperty().get());
    }

    @Test
    void tooFewPointsOrOneClassTrainNothingAndTrainSaysWhy() {
        vm.data().dataChoiceProperty().set(NetworkData.DRAWN);
        vm.onFrame(1);
        assertNull(vm.data().trainingData(), "nothing drawn, nothing to train on");
        vm.training().train();
        assertEquals(TrainingSession.Phase.IDLE, vm.session().phaseProperty().get());
        assertEquals(
                "To train, draw at least 4 points of two classes or more (now 0 points, no class).",
                vm.session().statusProperty().get());
        for (int i = 0; i < 5; i++) {
            draw(i * 0.5, 0, 1);
        }
        vm.onFrame(1);
        vm.training().train();
        assertEquals(
                "To train, draw at least 4 points of two classes or more (now 5 points, one class).",
                vm.session().statusProperty().get());
        draw(0, 2, 0);
        vm.onFrame(1);
        assertEquals(
                6,
                vm.data().trainingData().train().sampleCount()
                        + vm.data().trainingData().test().sampleCount());
    }

    @Test
    void aGeneratorTakesOverAgainAndTheDrawingIsKept() {
        drawSix();
        vm.data().dataChoiceProperty().set("circles");
        vm.onFrame(1);
        assertFalse(vm.data().drawingOnProperty().get());
        assertEquals(
                1000,
                vm.data().trainingData().train().sampleCount()
                        + vm.data().trainingData().test().sampleCount());
        vm.data().dataChoiceProperty().set(NetworkData.DRAWN);
        vm.onFrame(1);
        assertEquals(6, vm.data().drawing().pointsProperty().get().size());
        vm.data().dataChoiceProperty().set("circles");
        vm.onFrame(1);
        assertFalse(vm.data().drawingOnProperty().get(), "back to the generator it was");
        assertEquals(
                1000,
                vm.data().trainingData().train().sampleCount()
                        + vm.data().trainingData().test().sampleCount());
    }

    @Test
    void startingFromTheGeneratorCopiesItsPointsOnThePlaneUndoably() {
        vm.data().generatorProperty().set("xor");
        vm.data().dataChoiceProperty().set(NetworkData.DRAWN);
        vm.data().drawFromGenerator();
        DrawnPoints copied = vm.data().drawing().pointsProperty().get();
        assertTrue(copied.size() > 900 && copied.size() <= 1000, copied.size() + " of xor's 1000 in [-3, 3]²");
        assertEquals(2, copied.classesUsed());
        vm.data().drawing().undo();
        assertEquals(0, vm.data().drawing().pointsProperty().get().size());
    }

    @Test
    void theExportedCsvIsWhatLoadCsvReadsBack(@TempDir Path dir) throws Exception {
        drawSix();
        draw(0.123456789, -2.5e-3, 1);
        Path file = dir.resolve("drawn.csv");
        vm.data().exportDrawing(file);
        assertEquals(
                "7 points written to drawn.csv.", vm.session().statusProperty().get());
        assertTrue(Files.readString(file).startsWith("x1,x2,label\n-1.5,-1.0,0\n"));
        Dataset read = CsvLoader.load(file);
        Dataset drawn = vm.data().drawing().pointsProperty().get().dataset();
        assertArrayEquals(drawn.features(), read.features(), 0, "every coordinate exactly");
        assertArrayEquals(drawn.targets(), read.targets(), 0);
        vm.data().loadCsv(file);
        vm.onFrame(1);
        assertFalse(vm.data().drawingOnProperty().get(), "the file is the data now");
        assertEquals(file, vm.data().csvProperty().get());
        assertEquals(
                7,
                vm.data().trainingData().train().sampleCount()
                        + vm.data().trainingData().test().sampleCount());
    }

    @Test
    void anUnwritableExportSaysWhyInTheStatus(@TempDir Path dir) throws Exception {
        drawSix();
        vm.data().exportDrawing(Files.createDirectory(dir.resolve("a folder.csv")));
        assertTrue(
                vm.session().statusProperty().get().startsWith("The data was not exported: "),
                vm.session().statusProperty().get());
    }
}
