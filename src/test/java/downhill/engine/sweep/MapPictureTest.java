package downhill.engine.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.schedule.Constant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's picture, shared by the window and `render --map`: where values lie, ticks, colours, theory's line. */
class MapPictureTest {

    private static final Objective BOWL = Functions.resolve("bowl");

    private static SweepSpec spec(String type, Axis x, Axis y) {
        return new SweepSpec(
                BOWL,
                null,
                BOWL.start(),
                Optimizers.byName(type),
                Hyperparameters.empty(),
                new Constant(),
                x,
                y,
                100,
                MapPicture.TOLERANCE);
    }

    @Test
    void aValueLiesAtTheCentreOfItsCell() {
        Axis lin = new Axis("momentum", 0, 1, false, 11);
        assertEquals(0.5 / 11, MapPicture.fraction(lin, 0), 1e-12);
        assertEquals(10.5 / 11, MapPicture.fraction(lin, 1), 1e-12);
        Axis log = new Axis("lr", 1e-3, 1, true, 4);
        // 1e-3, 1e-2, 1e-1, 1: the third value sits in the middle of the third of four cells.
        assertEquals(2.5 / 4, MapPicture.fraction(log, 0.1), 1e-12);
    }

    @Test
    void aLogAxisIsTickedAtItsDecades() {
        MapPicture.Ticks ticks = MapPicture.ticks(new Axis("lr", 2e-4, 3, true, 61), 6);
        assertArrayEquals(new double[] {1e-3, 1e-2, 1e-1, 1}, ticks.values(), 1e-15);
        assertEquals(List.of("1e-3", "1e-2", "1e-1", "1e0"), ticks.labels());
    }

    /** On the bowl (λ = 2) heavy-ball momentum is stable for η < 2(1 + μ)/λ = 1 + μ. */
    @Test
    void theoryLineOnTheBowlIsOnePlusMomentum() {
        Axis mu = new Axis("momentum", 0, 0.9, false, 10);
        double[][] line = MapPicture.theoryLine(spec("momentum", new Axis("lr", 0.01, 3, true, 20), mu));
        assertEquals(10, line.length);
        for (int j = 0; j < mu.count(); j++) {
            assertEquals(1 + mu.value(j), line[j][0], 1e-6);
            assertEquals(mu.value(j), line[j][1], 0);
        }
    }

    @Test
    void noTheoryLineForAdamOrWhenXIsNotTheLearningRate() {
        assertNull(MapPicture.theoryLine(
                spec("adam", new Axis("lr", 0.01, 1, true, 5), new Axis("beta1", 0, 0.9, false, 4))));
        assertNull(MapPicture.theoryLine(
                spec("momentum", new Axis("momentum", 0, 0.9, false, 4), new Axis("lr", 0.01, 1, true, 5))));
    }

    @Test
    void divergedCellsTakeTheirOwnColourAndConvergedOnesTheColourmap() throws InterruptedException {
        Axis lr = new Axis("lr", 0.1, 1.5, false, 8);
        Sweep sweep = new Sweep(spec("sgd", lr, new Axis("momentum", 0, 0, false, 1)));
        sweep.run(1);
        LandscapeImage picture = MapPicture.paint(sweep, false);
        assertEquals(8, picture.width());
        int diverged = 0;
        for (int i = 0; i < lr.count(); i++) {
            boolean failed = sweep.cell(i, 0).outcome().failed();
            int argb = picture.argb()[i];
            if (failed) {
                assertEquals(MapPicture.DIVERGED, argb, "cell " + i);
                diverged++;
            } else {
                assertNotEquals(MapPicture.DIVERGED, argb, "cell " + i);
                assertEquals(0xFF, argb >>> 24, "a computed cell is opaque");
            }
        }
        // Plain GD on the bowl diverges past η = 1: 1.1, 1.3, 1.5 (η = 1 itself oscillates without growing).
        assertEquals(3, diverged);
        assertEquals(diverged, MapPicture.diverged(sweep));
    }
}
