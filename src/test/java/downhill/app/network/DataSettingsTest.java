package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.i18n.Messages;
import downhill.engine.train.TrainingState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data box's rules and the small texts of the network tab, on a view-model with same-thread executors. */
class DataSettingsTest {

    private final NetworkViewModel vm = new NetworkViewModel(Runnable::run, Runnable::run);

    @Test
    void eachGeneratorGetsItsOwnNoiseUnlessOneWasTypedForIt() {
        assertEquals(0.2, vm.data().noiseProperty().get(), "moons");
        vm.data().generatorProperty().set("spiral");
        assertEquals(
                DataSettings.defaultNoise("spiral"), vm.data().noiseProperty().get());
        assertTrue(vm.data().noiseProperty().get() < 0.1, "a spiral keeps its arms apart");
        vm.data().noiseProperty().set(0.07);
        vm.data().generatorProperty().set("moons");
        assertEquals(0.2, vm.data().noiseProperty().get(), "moons' own default");
        vm.data().generatorProperty().set("spiral");
        assertEquals(0.07, vm.data().noiseProperty().get(), "the noise typed for the spiral comes back");
        vm.data().generatorProperty().set("spiral:arms=3");
        assertEquals(0.03, vm.data().noiseProperty().get(), "a spec takes its generator's default");
    }

    @Test
    void afterACsvFileTheBoxNamesItAndHidesTheGeneratorsFields(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("exam-scores.csv");
        List<String> rows = new ArrayList<>(List.of("x,y,label"));
        for (int i = 0; i < 40; i++) {
            rows.add(i * 0.1 + "," + (i % 7) * 0.3 + "," + (i % 2));
        }
        Files.write(file, rows);
        vm.onFrame(1);
        assertEquals("moons", vm.data().dataSettings().sourceNameProperty().get());
        assertTrue(vm.data().dataSettings().generatorFieldsProperty().get());
        vm.data().loadCsv(file);
        vm.onFrame(1);
        assertEquals(
                "exam-scores.csv", vm.data().dataSettings().sourceNameProperty().get());
        assertFalse(vm.data().dataSettings().generatorFieldsProperty().get(), "no samples or noise for a file");
        vm.data().generatorProperty().set("circles");
        vm.onFrame(1);
        assertEquals("circles", vm.data().dataSettings().sourceNameProperty().get());
        assertTrue(vm.data().dataSettings().generatorFieldsProperty().get());
    }

    @Test
    void theTargetColumnSaysNeverOnceTrainingIsOver() {
        vm.data().noiseProperty().set(0.6);
        vm.trainingSettings().epochsProperty().set(2);
        vm.onFrame(1);
        vm.training().train();
        vm.onFrame(1);
        RunProgress result = vm.session().resultsProperty().get().get(0);
        assertEquals(TrainingState.FINISHED, result.state());
        assertEquals(0, result.epochReaching(RunProgress.TARGET_ACCURACY), "moons this noisy never reach 95 %");
        assertEquals(Messages.text("network.table.never"), ResultRow.of(result).reached());
    }

    @Test
    void theLayerAxisNamesTheRealOutputLayer() {
        assertEquals(Messages.text("network.chart.layer", 3), NetworkCharts.layerAxis(3));
        assertTrue(NetworkCharts.layerAxis(3).contains("3"));
        assertFalse(NetworkCharts.layerAxis(1).contains("first hidden"), "no hidden layer to name");
    }

    @Test
    void untrainedBoundariesFollowADataChange() {
        vm.onFrame(1);
        assertEquals(
                2, vm.boundaries().picturesProperty().get().size(), "the untrained network's boundary per optimizer");
        vm.data().generatorProperty().set("xor");
        vm.onFrame(1);
        assertEquals(2, vm.boundaries().picturesProperty().get().size());
        assertTrue(vm.boundaries().picturesProperty().get().stream().allMatch(java.util.Objects::nonNull));
    }
}
