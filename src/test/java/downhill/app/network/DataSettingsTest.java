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
        assertEquals(0.2, vm.noiseProperty().get(), "moons");
        vm.generatorProperty().set("spiral");
        assertEquals(DataSettings.defaultNoise("spiral"), vm.noiseProperty().get());
        assertTrue(vm.noiseProperty().get() < 0.1, "a spiral keeps its arms apart");
        vm.noiseProperty().set(0.07);
        vm.generatorProperty().set("moons");
        assertEquals(0.2, vm.noiseProperty().get(), "moons' own default");
        vm.generatorProperty().set("spiral");
        assertEquals(0.07, vm.noiseProperty().get(), "the noise typed for the spiral comes back");
        vm.generatorProperty().set("spiral:arms=3");
        assertEquals(0.03, vm.noiseProperty().get(), "a spec takes its generator's default");
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
        assertEquals("moons", vm.dataSettings().sourceNameProperty().get());
        assertTrue(vm.dataSettings().generatorFieldsProperty().get());
        vm.loadCsv(file);
        vm.onFrame(1);
        assertEquals("exam-scores.csv", vm.dataSettings().sourceNameProperty().get());
        assertFalse(vm.dataSettings().generatorFieldsProperty().get(), "no samples or noise for a file");
        vm.generatorProperty().set("circles");
        vm.onFrame(1);
        assertEquals("circles", vm.dataSettings().sourceNameProperty().get());
        assertTrue(vm.dataSettings().generatorFieldsProperty().get());
    }

    @Test
    void theTargetColumnSaysNeverOnceTrainingIsOver() {
        vm.noiseProperty().set(0.6);
        vm.epochsProperty().set(2);
        vm.onFrame(1);
        vm.train();
        vm.onFrame(1);
        RunResult result = vm.resultsProperty().get().get(0);
        assertEquals(TrainingState.FINISHED, result.state());
        assertEquals(0, result.epochReaching(RunResult.TARGET_ACCURACY), "moons this noisy never reach 95 %");
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
        assertEquals(2, vm.boundariesProperty().get().size(), "the untrained network's boundary per optimizer");
        vm.generatorProperty().set("xor");
        vm.onFrame(1);
        assertEquals(2, vm.boundariesProperty().get().size());
        assertTrue(vm.boundariesProperty().get().stream().allMatch(java.util.Objects::nonNull));
    }
}
