package downhill.app.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.landscape.LandscapeViewModel;
import downhill.engine.sweep.Cell;
import downhill.engine.sweep.Sweep;
import downhill.engine.sweep.SweepSpec;
import downhill.experiment.Presets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The β₁ × β₂ scenario's note, checked on the map the window computes from the preset. */
class MapScenarioTest {

    private static double share(List<Cell> cells, Predicate<Cell> where, Predicate<Cell> what) {
        List<Cell> chosen = cells.stream().filter(where).toList();
        return chosen.stream().filter(what).count() / (double) chosen.size();
    }

    private static double median(List<Cell> cells, Predicate<Cell> where) {
        double[] v = cells.stream()
                .filter(where)
                .mapToDouble(Cell::finalLoss)
                .sorted()
                .toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    @Test
    void momentumHelpsUpToNinetyAndTheDefaultBetaTwoRemembersTheWallTooLong() {
        AppContext context = new AppContext(BackgroundExecutors.sameThread());
        LandscapeViewModel landscape = context.landscape();
        context.experiment().openPreset(Presets.byName("map-adam-betas"));
        landscape.onFrame(0);
        landscape.onFrame(0);
        MapViewModel map = landscape.map();
        Sweep sweep = map.sweep();
        assertTrue(sweep != null && sweep.complete(), map.statusProperty().get());
        SweepSpec spec = sweep.spec();
        assertEquals("beta1", spec.x().key());
        assertEquals(0.99, spec.x().to());
        assertEquals(0.9, spec.y().from());
        assertEquals(0.9999, spec.y().to());
        assertArrayEquals(new double[] {0.9, 0.999}, map.marker(), "the ring is PyTorch's default");
        List<Cell> cells = new ArrayList<>();
        for (int j = 0; j < spec.y().count(); j++) {
            for (int i = 0; i < spec.x().count(); i++) {
                cells.add(sweep.cell(i, j));
            }
        }
        assertEquals(0.05, median(cells, c -> c.x() == 0), 0.005, "without momentum");
        assertTrue(
                share(cells, c -> Math.abs(c.x() - 0.9) <= 0.05 + 1e-12 && c.y() < 0.999, c -> c.finalLoss() < 1e-3)
                        > 0.9,
                "around β₁ = 0.9 most cells get below 1e-3");
        assertTrue(cells.stream().mapToDouble(Cell::finalLoss).min().orElseThrow() < 2e-8, "the best to 1e-8");
        assertTrue(share(cells, c -> c.x() == 0.99, c -> c.finalLoss() > 1) > 0.5, "β₁ = 0.99 swings too long");
        assertEquals(
                0.87,
                landscape.raceProperty().get().paths().get(0).trajectory().loss(1000),
                0.005,
                "the default after 1,000 steps");
    }
}
