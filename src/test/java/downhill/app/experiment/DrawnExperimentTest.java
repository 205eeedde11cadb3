package downhill.app.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.network.NetworkData;
import downhill.app.network.NetworkViewModel;
import downhill.engine.data.DrawnPoints;
import downhill.experiment.Experiment;
import downhill.experiment.ExperimentCodec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An experiment saved with drawn data opens with the same points, without a window. */
class DrawnExperimentTest {

    private final AppContext context = new AppContext(BackgroundExecutors.sameThread());
    private final ExperimentViewModel vm = context.experiment();
    private final NetworkViewModel network = context.network();

    @Test
    void drawnPointsSavedAndOpenedComeBackAsTheDrawing() {
        network.data().dataChoiceProperty().set(NetworkData.DRAWN);
        network.data().drawing().classesProperty().set(3);
        double[][] xyc = {{-2, 1, 0}, {0.5, 0.25, 1}, {2.75, -3, 2}, {1, 1, 1}};
        for (double[] p : xyc) {
            network.data().drawing().chosenClassProperty().set((int) p[2]);
            network.data().drawing().press(p[0], p[1], false, 0.1);
            network.data().drawing().release();
        }
        DrawnPoints drawn = network.data().drawing().pointsProperty().get();
        String saved = ExperimentCodec.write(vm.capture());

        vm.apply(Experiment.defaults());
        assertFalse(network.data().drawingOnProperty().get(), "the defaults generate moons");
        vm.apply(ExperimentCodec.read(saved));
        network.onFrame(1);
        assertTrue(network.data().drawingOnProperty().get());
        assertEquals(NetworkData.DRAWN, network.data().dataChoiceProperty().get());
        assertEquals(drawn, network.data().drawing().pointsProperty().get());
        assertEquals(3, network.data().drawing().classesProperty().get());
        assertFalse(network.data().drawing().canUndoProperty().get(), "an opened file is not an edit to undo");
        assertEquals(4, network.data().trainingData().train().sampleCount(), "too few to split: all four train");
        assertEquals(vm.capture(), ExperimentCodec.read(saved));
    }

    @Test
    void aPointDrawnIsAnUnsavedChange(@TempDir Path dir) {
        vm.saveAs(dir.resolve("lesson.json"));
        assertFalse(vm.unsavedProperty().get());
        network.data().dataChoiceProperty().set(NetworkData.DRAWN);
        assertTrue(vm.unsavedProperty().get(), "choosing Drawn");
        vm.saveAs(dir.resolve("lesson.json"));
        assertFalse(vm.unsavedProperty().get());
        network.data().drawing().press(1, 1, false, 0.1);
        network.data().drawing().release();
        assertTrue(vm.unsavedProperty().get(), "a point drawn");
    }

    @Test
    void anExperimentOfGeneratedDataLeavesTheDrawing() {
        network.data().dataChoiceProperty().set(NetworkData.DRAWN);
        vm.apply(Experiment.defaults());
        assertFalse(network.data().drawingOnProperty().get());
        assertNull(vm.capture().network().data().drawn());
    }
}
