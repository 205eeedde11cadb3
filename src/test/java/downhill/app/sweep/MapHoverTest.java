package downhill.app.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.i18n.Messages;
import downhill.engine.run.Outcome;
import downhill.engine.sweep.Axis;
import downhill.engine.sweep.Cell;
import downhill.engine.sweep.Sweep;
import downhill.engine.sweep.SweepSpec;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The map's hover line without a window: a computed cell read out, nothing for a cell not on the map or not done. */
class MapHoverTest {

    private final MapHover hover = new MapHover();

    @BeforeAll
    static void english() {
        Messages.use(Locale.ENGLISH);
    }

    /** SGD with momentum on the bowl over 3 × 2 cells, not yet run. */
    private static Sweep sweep() {
        return BowlSweeps.momentum(new Axis("lr", 0.01, 3, true, 3), new Axis("momentum", 0, 0.9, false, 2), 100);
    }

    @Test
    void aComputedCellIsReadOutWithItsValuesLossAndOutcome() throws InterruptedException {
        Sweep sweep = sweep();
        sweep.run(1);
        hover.show(sweep, 0, 1);
        Cell cell = sweep.cell(0, 1);
        assertEquals(MapHover.describe(sweep.spec(), cell), hover.textProperty().get());
        assertTrue(
                hover.textProperty().get().startsWith("lr = 0.01, momentum = 0.9: final loss "),
                hover.textProperty().get());
    }

    @Test
    void theLineSaysWhenACellGotWithinToleranceOrThatItNeverDid() {
        SweepSpec spec = sweep().spec();
        assertEquals(
                "lr = 0.1, momentum = 0.5: final loss 1e-9, within tolerance from step 42, converged at step 42",
                MapHover.describe(spec, new Cell(0.1, 0.5, 1e-9, 1e-9, 42, new Outcome(Outcome.Status.CONVERGED, 42))));
        assertEquals(
                "lr = 3, momentum = 0: final loss ∞, never within tolerance, diverged at step 7",
                MapHover.describe(
                        spec,
                        new Cell(3, 0, Double.POSITIVE_INFINITY, 1, -1, new Outcome(Outcome.Status.DIVERGED, 7))));
    }

    @Test
    void noMapACellOffItOrOneNotYetComputedClearsTheLine() throws InterruptedException {
        Sweep sweep = sweep();
        hover.show(sweep, 0, 0);
        assertEquals("", hover.textProperty().get(), "not computed yet");
        sweep.run(1);
        hover.show(sweep, 2, 1);
        assertTrue(!hover.textProperty().get().isEmpty(), "the last cell");
        hover.show(sweep, 3, 1);
        assertEquals("", hover.textProperty().get(), "right of the map");
        hover.show(sweep, 1, 1);
        hover.show(sweep, 0, -1);
        assertEquals("", hover.textProperty().get(), "below it");
        hover.show(sweep, 1, 1);
        hover.show(null, 1, 1);
        assertEquals("", hover.textProperty().get(), "no map");
    }
}
