package downhill.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.sweep.Axis;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The map's optimizer, axes and ranges without a window: settled for the racing optimizer, reset on a new key. */
class MapAxesTest {

    private final OptimizerListViewModel optimizers = new OptimizerListViewModel();
    private final MapAxes axes = new MapAxes(optimizers);

    @BeforeAll
    static void english() {
        Messages.use(Locale.ENGLISH);
    }

    private void race(String... names) {
        List<String> racing = List.of(names);
        for (OptimizerSettings s : optimizers.all()) {
            s.setEnabled(racing.contains(s.name()));
        }
    }

    @Test
    void theFirstRacingOptimizerIsMappedOverLrAndItsSecondAxisAcrossTheSliders() {
        race("momentum", "adam");
        OptimizerSettings chosen = axes.chosen();
        assertEquals("momentum", chosen.name());
        assertEquals("momentum", axes.optimizerProperty().get());
        assertEquals("lr", axes.xKeyProperty().get());
        assertEquals("momentum", axes.yKeyProperty().get(), "lr × momentum unless told otherwise");
        assertEquals(1e-5, axes.xFromProperty().get(), "the slider's ends, filled in for the fields");
        assertEquals(10, axes.xToProperty().get());
        assertEquals(0, axes.yFromProperty().get());
        assertEquals(0.999, axes.yToProperty().get());
        assertEquals(List.of("momentum", "adam"), axes.racingNames());
        assertEquals(chosen, axes.named());
    }

    @Test
    void anotherOptimizerResetsBothAxesToWhatItHas() {
        race("momentum", "adam");
        axes.chosen();
        axes.yFromProperty().set(0.5);
        axes.optimizerProperty().set("adam");
        assertTrue(Double.isNaN(axes.yFromProperty().get()), "back to the slider's, to be filled in");
        assertEquals("adam", axes.chosen().name());
        assertEquals("beta1", axes.yKeyProperty().get(), "Adam has no momentum: β₁");
        assertTrue(
                axes.axisChoices().containsAll(List.of("lr", "beta1", "beta2")),
                axes.axisChoices().toString());
        axes.optimizerProperty().set("sgd");
        assertEquals("momentum", axes.chosen().name(), "one not racing is not mapped: the first racing one is");
    }

    /** A file applies the optimizer and then its ranges, nobody reading in between; the next choice still resets. */
    @Test
    void aSecondChoiceNeverReadStillResetsTheRanges() {
        race("momentum", "adam");
        axes.optimizerProperty().set("adam");
        axes.xFromProperty().set(1e-3);
        axes.yToProperty().set(0.9);
        axes.optimizerProperty().set("momentum");
        assertTrue(
                Double.isNaN(axes.xFromProperty().get()),
                "x reset: " + axes.xFromProperty().get());
        assertTrue(
                Double.isNaN(axes.yToProperty().get()),
                "y reset: " + axes.yToProperty().get());
        axes.xKeyProperty().set("momentum");
        axes.xFromProperty().set(0.2);
        axes.xKeyProperty().set("dampening");
        assertTrue(Double.isNaN(axes.xFromProperty().get()), "a key never read resets too");
    }

    @Test
    void aNewKeyResetsOnlyItsOwnRange() {
        race("momentum");
        axes.chosen();
        axes.xFromProperty().set(1e-3);
        axes.yToProperty().set(0.9);
        axes.yKeyProperty().set("dampening");
        assertEquals(1e-3, axes.xFromProperty().get(), "x's range stays");
        assertTrue(Double.isNaN(axes.yToProperty().get()));
        axes.chosen();
        assertEquals(0, axes.yFromProperty().get(), "another hyperparameter starts from its own slider");
        assertEquals(1, axes.yToProperty().get());
    }

    @Test
    void theAxesFollowTheRangesAndARangeItDoesNotTakeIsExplained() {
        race("momentum");
        OptimizerSettings momentum = axes.chosen();
        axes.yFromProperty().set(0.5);
        axes.yToProperty().set(0.95);
        Axis y = axes.y(momentum);
        assertEquals("momentum", y.key());
        assertEquals(0.5, y.from());
        assertEquals(0.95, y.to());
        assertEquals("lr", axes.x(momentum).key());
        String problem = axes.rangeProblem("momentum", -0.5);
        assertTrue(problem != null && problem.startsWith("momentum must be"), "the field says why: " + problem);
        assertNull(axes.rangeProblem("momentum", 0.2));
        assertNull(axes.rangeProblem("beta1", -3), "not the mapped optimizer's: nothing to say");
        axes.yToProperty().set(0.4);
        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class, () -> axes.y(momentum));
        assertTrue(backwards.getMessage().contains("from a smaller to a larger value"), backwards.getMessage());
    }

    @Test
    void noOptimizerRacingLeavesNothingToMapAndTheSymbolsNameTheKeys() {
        race();
        assertNull(axes.chosen());
        assertNull(axes.named());
        assertEquals(List.of(), axes.axisChoices());
        assertEquals("η (lr)", MapAxes.symbolOf("lr"));
        assertEquals("μ (momentum)", MapAxes.symbolOf("momentum"));
        assertEquals("nonsense", MapAxes.symbolOf("nonsense"));
    }
}
