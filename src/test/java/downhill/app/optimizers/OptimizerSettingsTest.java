package downhill.app.optimizers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.optimizer.Optimizers;
import downhill.engine.schedule.Constant;
import downhill.engine.schedule.Exponential;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptimizerSettingsTest {

    @Test
    void everyOptimizerIsListedWithItsOwnHyperparametersAndAFixedDistinctColour() {
        OptimizerListViewModel list = new OptimizerListViewModel();
        assertEquals(13, list.all().size());
        Set<String> colours = new HashSet<>();
        for (OptimizerSettings s : list.all()) {
            colours.add(Palette.hex(s.color()));
            assertEquals(Optimizers.byName(s.name()).defaults(), s.hyperparameters());
        }
        assertEquals(13, colours.size());
        assertThrows(IllegalArgumentException.class, () -> list.get("adam").value("rho"));
    }

    @Test
    void theContenderCarriesTheCurrentValuesAndSchedule() {
        OptimizerSettings adam = new OptimizerListViewModel().get("adam");
        adam.learningRateProperty().set(0.05);
        adam.value("beta2").set(0.99);
        adam.scheduleProperty().set(new Exponential(0.98));
        assertEquals(0.05, adam.contender().hyperparameters().get("lr"));
        assertEquals(0.99, adam.contender().hyperparameters().get("beta2"));
        assertEquals(new Exponential(0.98), adam.contender().schedule());
        assertEquals(
                "lr=0.05 β₁=0.9 β₂=0.99 exp:gamma=0.98", adam.summaryProperty().get());
    }

    @Test
    void resetGoesBackToPyTorchsDefaults() {
        OptimizerSettings adamw = new OptimizerListViewModel().get("adamw");
        adamw.learningRateProperty().set(0.3);
        adamw.value("weight-decay").set(0.5);
        adamw.scheduleProperty().set(new Exponential(0.9));
        adamw.resetToDefaults();
        assertEquals(1e-3, adamw.learningRateProperty().get());
        assertEquals(1e-2, adamw.value("weight-decay").get());
        assertEquals(new Constant(), adamw.scheduleProperty().get());
    }

    @Test
    void aCombinationThatCannotRunIsExplainedAndKeptOutOfTheRace() {
        OptimizerListViewModel list = new OptimizerListViewModel();
        list.select(Map.of("nesterov", 0.01, "adam", 0.1));
        OptimizerSettings nesterov = list.get("nesterov");
        nesterov.value("momentum").set(0);
        assertFalse(nesterov.runnable());
        assertTrue(nesterov.problemProperty().get().contains("nesterov needs momentum > 0"));
        assertEquals(
                List.of("adam"),
                list.racing().stream().map(OptimizerSettings::name).toList());
        nesterov.value("momentum").set(0.9);
        assertTrue(nesterov.runnable());
        assertEquals(
                List.of("nesterov", "adam"),
                list.racing().stream().map(OptimizerSettings::name).toList());
    }

    @Test
    void everyChangeThatAltersAPathBumpsTheListsRevision() {
        OptimizerListViewModel list = new OptimizerListViewModel();
        int before = list.revisionProperty().get();
        list.get("sgd").learningRateProperty().set(0.2);
        int afterLr = list.revisionProperty().get();
        assertNotEquals(before, afterLr);
        list.get("lion").setEnabled(true);
        assertNotEquals(afterLr, list.revisionProperty().get());
    }

    @Test
    void aLabelNamesItsEntryUntilASettingChangesAndLikeNamesAreToldApartByTheirRate() {
        OptimizerListViewModel list = new OptimizerListViewModel();
        list.select(Map.of("sgd", 1.2, "momentum", 0.9));
        list.get("momentum").value("momentum").set(0);
        assertEquals(Map.of("sgd", "SGD", "momentum", "SGD + momentum"), list.displayNames());
        list.get("momentum").labelProperty().set("SGD");
        assertEquals(
                Map.of("sgd", "SGD η=1.2", "momentum", "SGD η=0.9"),
                list.displayNames(),
                "two entries that would read alike get their learning rates");
        list.get("sgd").labelProperty().set("SGD η=1.2");
        list.get("momentum").labelProperty().set("SGD η=0.9");
        assertEquals(Map.of("sgd", "SGD η=1.2", "momentum", "SGD η=0.9"), list.displayNames());
        list.get("momentum").learningRateProperty().set(0.5);
        assertEquals("", list.get("momentum").labelProperty().get(), "a label that would now lie goes");
        assertEquals("SGD + momentum", list.displayNames().get("momentum"));
    }
}
