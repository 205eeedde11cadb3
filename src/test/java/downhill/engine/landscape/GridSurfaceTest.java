package downhill.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Window;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GridSurfaceTest {

    private static final Window WINDOW = new Window(-2, 2, -1, 3);

    @Test
    void atTheNodesItIsTheGridValues() {
        Objective rosenbrock = Functions.resolve("rosenbrock");
        GridSurface grid = GridSurface.sample(rosenbrock::valueRow, WINDOW, 51, 51);
        double[] nodes = grid.values();
        double[] xs = new double[51];
        double[] out = new double[51];
        for (int c = 0; c < 51; c++) {
            xs[c] = -2 + c * 4.0 / 50;
        }
        for (int r = 0; r < 51; r++) {
            double y = 3 - r * 4.0 / 50;
            grid.valueRow(xs, y, out);
            for (int c = 0; c < 51; c++) {
                assertEquals(nodes[r * 51 + c], out[c], 1e-9 * Math.abs(nodes[r * 51 + c]) + 1e-12);
                assertEquals(rosenbrock.value(xs[c], y), out[c], 1e-9 * Math.abs(out[c]) + 1e-12);
            }
        }
    }

    @Test
    void betweenNodesItIsBilinear() {
        // 3 × 2 nodes over [0, 2] × [0, 1]: row 0 (y = 1) holds 1, 2, 4; row 1 (y = 0) holds 0, 0, 8.
        GridSurface grid = new GridSurface(new Window(0, 2, 0, 1), 3, 2, new double[] {1, 2, 4, 0, 0, 8});
        assertEquals(1.5, at(grid, 0.5, 1), 1e-12);
        assertEquals(0.5, at(grid, 0, 0.5), 1e-12);
        assertEquals((1 + 2 + 0 + 0) / 4.0, at(grid, 0.5, 0.5), 1e-12);
        assertEquals(0.25 * 0.75 * 2 + 0.75 * 0.75 * 4 + 0.75 * 0.25 * 8, at(grid, 1.75, 0.75), 1e-12);
        // Any bilinear function is reproduced exactly.
        GridSurface bilinear = GridSurface.sample(
                LandscapeRendererTest.pointwise((x, y) -> 3 - 2 * x + 5 * y + 0.5 * x * y), WINDOW, 5, 9);
        SplittableRandom random = new SplittableRandom(4);
        for (int n = 0; n < 1000; n++) {
            double x = random.nextDouble(-2, 2);
            double y = random.nextDouble(-1, 3);
            assertEquals(3 - 2 * x + 5 * y + 0.5 * x * y, at(bilinear, x, y), 1e-12);
        }
    }

    @Test
    void outsideTheWindowItTakesTheNearestEdge() {
        GridSurface grid = new GridSurface(new Window(0, 2, 0, 1), 3, 2, new double[] {1, 2, 4, 0, 0, 8});
        assertEquals(4, at(grid, 7, 5), 1e-12);
        assertEquals(0, at(grid, -1, -1), 1e-12);
    }

    @Test
    void aGridNeedsTwoByTwoNodesAndMatchingValues() {
        IllegalArgumentException small =
                assertThrows(IllegalArgumentException.class, () -> new GridSurface(WINDOW, 1, 5, new double[5]));
        assertTrue(small.getMessage().contains("columns 1"), small.getMessage());
        IllegalArgumentException wrong =
                assertThrows(IllegalArgumentException.class, () -> new GridSurface(WINDOW, 3, 3, new double[8]));
        assertTrue(wrong.getMessage().contains("9") && wrong.getMessage().contains("8"), wrong.getMessage());
    }

    private static double at(GridSurface grid, double x, double y) {
        double[] out = new double[1];
        grid.valueRow(new double[] {x}, y, out);
        return out[0];
    }
}
