package downhill.app.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.landscape.Colormap;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.run.Outcome;
import downhill.engine.scene.Entrant;
import downhill.engine.scene.LandscapeScene;
import downhill.engine.sweep.Cell;
import downhill.engine.sweep.MapPicture;
import downhill.engine.sweep.Sweep;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hyperparameter map without a window: one sweep per setting, clicks that race, theory on the bowl. */
class MapViewModelTest {

    private final OptimizerListViewModel optimizers = new OptimizerListViewModel();
    private final AtomicInteger sweeps = new AtomicInteger();
    private final AtomicReference<Objective> function = new AtomicReference<>(Functions.resolve("bowl"));
    private final MapViewModel map = new MapViewModel(
            task -> {
                sweeps.incrementAndGet();
                task.run();
            },
            () -> LandscapeScene.of(function.get(), List.<Entrant>of(), 200),
            optimizers);

    @BeforeAll
    static void english() {
        Messages.use(Locale.ENGLISH);
    }

    private OptimizerSettings momentumOnly() {
        for (OptimizerSettings s : optimizers.all()) {
            s.setEnabled(s.name().equals("momentum"));
        }
        return optimizers.get("momentum");
    }

    @Test
    void aMapIsComputedOncePerSettingAndAClickRacesWithTheCellsValues() {
        OptimizerSettings momentum = momentumOnly();
        assertTrue(!map.onFrame() && sweeps.get() == 0, "nothing while the map is not shown");
        map.shownProperty().set(true);
        assertTrue(map.onFrame());
        assertEquals(1, sweeps.get());
        assertEquals("momentum", map.axes().optimizerProperty().get());
        assertEquals("momentum", map.axes().yKeyProperty().get(), "lr × momentum unless told otherwise");
        LandscapeImage picture = map.imageProperty().get();
        assertEquals(MapViewModel.CELLS, picture.width());
        assertTrue(
                map.statusProperty().get().startsWith("3,721 cells × 200 steps"),
                map.statusProperty().get());

        map.choose(10, 50);
        double lr = map.spec().x().value(10);
        double mu = map.spec().y().value(50);
        assertEquals(lr, momentum.learningRateProperty().get());
        assertEquals(mu, momentum.value("momentum").get());
        assertArrayEquals(new double[] {lr, mu}, map.marker(), "the marker follows the editor");
        map.onFrame();
        assertEquals(1, sweeps.get(), "choosing a cell is no new map");
        momentum.value("dampening").set(0.2);
        map.onFrame();
        assertEquals(2, sweeps.get(), "another setting of the optimizer is");
        function.set(Functions.resolve("ravine"));
        map.onFrame();
        assertEquals(3, sweeps.get(), "and so is another landscape");
    }

    @Test
    void onTheBowlTheoryDrawsItsLineAndTheDivergedCellsHaveTheirColour() {
        momentumOnly();
        map.shownProperty().set(true);
        map.onFrame();
        double[][] line = map.theoryLine();
        assertNotNull(line);
        for (double[] point : line) {
            assertEquals(1 + point[1], point[0], 1e-6, "η < 2(1 + μ)/λ_max with λ_max = 2");
        }
        LandscapeImage picture = map.imageProperty().get();
        int n = MapViewModel.CELLS;
        int diverged = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double lr = map.spec().x().value(i);
                boolean beyond = lr > 1.1 * (1 + map.spec().y().value(j));
                int pixel = picture.argb()[(n - 1 - j) * n + i];
                if (beyond) {
                    assertEquals(MapPicture.DIVERGED, pixel, "η = " + lr + " diverges and is drawn so");
                    diverged++;
                }
            }
        }
        assertTrue(diverged > 100, "a good part of the slider's range diverges: " + diverged);
        map.hover(0, 0);
        assertEquals(
                "lr = 1e-5, momentum = 0: final loss 3.224, never within tolerance, running",
                map.hover().textProperty().get());
        function.set(Functions.resolve("rosenbrock"));
        map.onFrame();
        assertNull(map.theoryLine(), "no theory for a landscape that is not a quadratic");
    }

    @Test
    void byStepsTheCellsThatNeverConvergeAreBlank() {
        momentumOnly();
        map.shownProperty().set(true);
        map.byStepsProperty().set(true);
        map.onFrame();
        LandscapeImage picture = map.imageProperty().get();
        int n = MapViewModel.CELLS;
        Cell slow = Sweep.cell(map.spec(), null, 0, 0, 0);
        assertEquals(-1, slow.stepsToTolerance(), "η = 1e-5 does not get there in 200 steps");
        assertEquals(Outcome.Status.RUNNING, slow.outcome().status());
        assertEquals(picture.argb()[(n - 1) * n], Colormap.NO_VALUE_ARGB, "blank: the renderer's no-value grey");
    }

    @Test
    void eachAxisSpansItsSlidersRangeUntilToldAndAnotherKeyResetsIt() {
        momentumOnly();
        map.shownProperty().set(true);
        map.onFrame();
        assertEquals(1e-5, map.axes().xFromProperty().get(), "the slider's ends, filled in for the fields");
        assertEquals(10, map.axes().xToProperty().get());
        assertEquals(1, sweeps.get());
        map.axes().yFromProperty().set(0.5);
        map.axes().yToProperty().set(0.95);
        map.onFrame();
        assertEquals(2, sweeps.get(), "a new range is a new map");
        assertEquals(0.5, map.spec().y().from());
        assertEquals(0.95, map.spec().y().to());
        String problem = map.axes().rangeProblem("momentum", -0.5);
        assertTrue(problem != null && problem.startsWith("momentum must be"), "the field says why: " + problem);
        assertEquals(null, map.axes().rangeProblem("momentum", 0.2));
        map.axes().yToProperty().set(0.4);
        map.onFrame();
        assertTrue(
                map.statusProperty().get().contains("from a smaller to a larger value"),
                map.statusProperty().get());
        map.axes().yKeyProperty().set("dampening");
        map.onFrame();
        assertEquals(0, map.axes().yFromProperty().get(), "another hyperparameter starts from its own slider");
        assertEquals("dampening", map.spec().y().key());
    }
}
