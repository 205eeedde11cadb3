package downhill.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import downhill.engine.function.Window;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SurfaceMeshTest {

    private static final Surface BOWL = (xs, y, out) -> {
        for (int i = 0; i < xs.length; i++) {
            out[i] = xs[i] * xs[i] + y * y;
        }
    };

    @Test
    void aGridOfNByMVerticesHasTheArraysATriangleMeshWants() {
        SurfaceMesh mesh = SurfaceMesh.build(BOWL, new Window(-1, 1, -1, 1), 200, 200, ColorScaling.LINEAR, 0, 2, 0.7);
        assertEquals(40_000, mesh.vertexCount());
        assertEquals(120_000, mesh.points().length);
        assertEquals(80_000, mesh.texCoords().length);
        assertEquals(199 * 199 * 2, mesh.faceCount());
        assertEquals(199 * 199 * 12, mesh.faces().length);
        int maxIndex = Arrays.stream(mesh.faces()).max().orElseThrow();
        assertEquals(39_999, maxIndex);
    }

    @Test
    void heightsAreTheColourPositionsTimesTheScale() {
        // 201×201 over [−2, 2] × [−1, 1]: vertex (i, j) lies at x = −2 + 4i/200, y = 1 − 2j/200.
        Window window = new Window(-2, 2, -1, 1);
        SurfaceMesh mesh = SurfaceMesh.build(BOWL, window, 201, 201, ColorScaling.LINEAR, 0, 5, 0.5);
        assertPoint(mesh, 0, 0, -1, 0.5, 0.5); // (−2, 1): f = 5, the top
        assertPoint(mesh, 100, 100, 0, 0, 0); // (0, 0): f = 0, the bottom
        assertPoint(mesh, 150, 0, 0.5, 0.5, 0.5 * 2 / 5); // (1, 1): f = 2
        assertEquals(0.75f, mesh.texCoords()[2 * (201 * 0 + 150)]);
        assertEquals(0.5f, mesh.texCoords()[2 * (201 * 100 + 150) + 1]);
        SurfaceMesh log = SurfaceMesh.build(BOWL, window, 201, 201, ColorScaling.LOG, 0, 5, 1);
        double expected = ColorScaling.LOG.position(2, 0, 5);
        assertEquals(expected, log.points()[3 * 150 + 2], 1e-6, "the same scaling as the heatmap's colours");
    }

    @Test
    void pointsWithoutAValueLieAtTheBottom() {
        Surface holes = (xs, y, out) -> Arrays.fill(out, Double.NaN);
        SurfaceMesh mesh = SurfaceMesh.build(holes, new Window(0, 1, 0, 1), 3, 3, ColorScaling.LINEAR, 0, 1, 1);
        for (int v = 0; v < 9; v++) {
            assertEquals(0f, mesh.points()[3 * v + 2]);
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> SurfaceMesh.build(BOWL, new Window(0, 1, 0, 1), 1, 5, ColorScaling.LINEAR, 0, 1, 1));
    }

    private static void assertPoint(SurfaceMesh mesh, int column, int row, double x, double y, double z) {
        int v = row * mesh.columns() + column;
        assertEquals(x, mesh.points()[3 * v], 1e-6, "x of vertex " + column + "," + row);
        assertEquals(y, mesh.points()[3 * v + 1], 1e-6, "y of vertex " + column + "," + row);
        assertEquals(z, mesh.points()[3 * v + 2], 1e-6, "height of vertex " + column + "," + row);
    }
}
