package downhill.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Window;
import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LandscapeRendererTest {

    private static final Window SQUARE = new Window(-1, 1, -1, 1);
    private static final LandscapeRenderer RENDERER = LandscapeRenderer.sequential();

    @Test
    void rowZeroIsTheTopOfTheWindowAndSamplesSitAtPixelCentres() {
        Surface f = pointwise((x, y) -> y);
        LandscapeImage image = RENDERER.render(RenderRequest.of(f, new Window(0, 4, 10, 18), 4, 8));
        assertEquals(17.5, image.values()[0], 1e-12, "top row: yMax − half a pixel");
        assertEquals(10.5, image.values()[7 * 4], 1e-12, "bottom row: yMin + half a pixel");
        Surface g = pointwise((x, y) -> x);
        assertEquals(
                0.5,
                RENDERER.render(RenderRequest.of(g, new Window(0, 4, 10, 18), 4, 8))
                        .values()[0],
                1e-12);

        LandscapeImage colours =
                RENDERER.render(RenderRequest.of(f, SQUARE, 30, 20).withContourLevels(0));
        assertEquals(Colormap.VIRIDIS.argb(1), colours.argb()[0], "the highest value is at the top");
        assertEquals(Colormap.VIRIDIS.argb(0), colours.argb()[19 * 30], "the lowest at the bottom");
    }

    @Test
    void eachPixelHasTheColourOfItsValuesPlaceOnTheBar() {
        Objective rosenbrock = Functions.resolve("rosenbrock");
        for (ColorScaling scaling : ColorScaling.values()) {
            LandscapeImage image = RENDERER.render(RenderRequest.of(rosenbrock::valueRow, rosenbrock.window(), 90, 70)
                    .withScaling(scaling)
                    .withColormap(Colormap.MAGMA)
                    .withContourLevels(0));
            for (int p = 0; p < image.values().length; p++) {
                double t = image.colorPosition(image.values()[p]);
                int pixel = image.argb()[p];
                // The table entry nearest t, or its neighbour when t falls on the rounding boundary.
                assertTrue(
                        pixel == Colormap.MAGMA.argb(t)
                                || pixel == Colormap.MAGMA.argb(t - 0.5 / 255)
                                || pixel == Colormap.MAGMA.argb(t + 0.5 / 255),
                        scaling + " pixel " + p);
            }
            assertEquals(0, image.colorPosition(image.min()), 1e-12);
            assertEquals(1, image.colorPosition(image.max()), 1e-12);
        }
    }

    @Test
    void levelsAreEvenlySpacedInTheScaledValuesStrictlyInsideTheRange() {
        Objective rosenbrock = Functions.resolve("rosenbrock");
        RenderRequest request = RenderRequest.of(rosenbrock::valueRow, rosenbrock.window(), 100, 80)
                .withScaling(ColorScaling.LOG);
        LandscapeImage image = RENDERER.render(request);
        double[] levels = image.levels();
        assertEquals(RenderRequest.DEFAULT_CONTOUR_LEVELS, levels.length);
        assertTrue(levels.length >= 15);
        double step = 1.0 / (levels.length + 1);
        for (int k = 0; k < levels.length; k++) {
            assertEquals((k + 1) * step, image.colorPosition(levels[k]), 1e-9);
        }
        assertTrue(levels[0] < 1, "log scaling rings the valley floor: " + levels[0]);
        assertTrue(levels[0] > image.min() && levels[levels.length - 1] < image.max());
    }

    @Test
    void contourLinesChangeExactlyThePixelsNearALevelLine() {
        Surface bowl = pointwise((x, y) -> x * x + 2 * y * y);
        RenderRequest request = RenderRequest.of(bowl, SQUARE, 120, 90).withContourLevels(6);
        LandscapeImage with = RENDERER.render(request);
        LandscapeImage without = RENDERER.render(request.withContourLevels(0));
        float[][] lines = Contours.trace(with.values(), 120, 90, with.levels());
        int changed = 0;
        for (int j = 0; j < 90; j++) {
            for (int i = 0; i < 120; i++) {
                double distance = nearest(lines, i + 0.5, j + 0.5);
                boolean differs = with.argb()[j * 120 + i] != without.argb()[j * 120 + i];
                if (distance < 0.5) {
                    assertTrue(differs, "pixel (" + i + ", " + j + ") on a line is unchanged");
                }
                if (differs) {
                    changed++;
                    assertTrue(distance < ContourStroke.REACH, "pixel (" + i + ", " + j + ") away from lines changed");
                    assertTrue(
                            brightness(with.argb()[j * 120 + i]) > brightness(without.argb()[j * 120 + i]),
                            "white lines lighten");
                }
            }
        }
        assertTrue(changed > 500, changed + " pixels changed");
    }

    @Test
    void missingValuesGetTheNoValueGreyAndLeaveTheRestDrawn() {
        Surface log = pointwise((x, y) -> Math.log(x));
        LandscapeImage image = RENDERER.render(RenderRequest.of(log, SQUARE, 60, 40));
        for (int j = 0; j < 40; j++) {
            for (int i = 0; i < 28; i++) {
                assertEquals(Colormap.NO_VALUE_ARGB, image.argb()[j * 60 + i], "x < 0 at column " + i);
            }
            for (int i = 30; i < 60; i++) {
                assertNotEquals(Colormap.NO_VALUE_ARGB, image.argb()[j * 60 + i]);
            }
        }
        assertEquals(Math.log(1 / 60.0), image.min(), 1e-12);
        assertEquals(Math.log(59 / 60.0), image.max(), 1e-12);
        assertEquals(20, image.levels().length);
        assertTrue(Double.isNaN(image.valueAt(-0.5, 0)));
    }

    @Test
    void aSurfaceWithNoValuesAtAllIsAllGrey() {
        LandscapeImage image = RENDERER.render(RenderRequest.of(pointwise((x, y) -> Double.NaN), SQUARE, 7, 5));
        assertTrue(Double.isNaN(image.min()) && Double.isNaN(image.max()));
        assertEquals(0, image.levels().length);
        assertTrue(Arrays.stream(image.argb()).allMatch(c -> c == Colormap.NO_VALUE_ARGB));
        assertTrue(!image.hasValues());
    }

    @Test
    void aFlatSurfaceIsTheBottomColourWithoutContours() {
        LandscapeImage image = RENDERER.render(RenderRequest.of(pointwise((x, y) -> 3), SQUARE, 7, 5));
        assertEquals(0, image.levels().length);
        assertTrue(Arrays.stream(image.argb()).allMatch(c -> c == Colormap.VIRIDIS.argb(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rosenbrock", "rastrigin", "himmelblau"})
    void oneThreadAndTwoGiveIdenticalPixels(String name) {
        Objective objective = Functions.resolve(name);
        RenderRequest request = RenderRequest.of(objective::valueRow, objective.window(), 333, 257)
                .withScaling(objective.prefersLogScale() ? ColorScaling.LOG : ColorScaling.LINEAR);
        LandscapeImage alone = LandscapeRenderer.sequential().render(request);
        for (int run = 0; run < 3; run++) {
            LandscapeImage shared = LandscapeRenderer.parallel().render(request);
            assertArrayEquals(alone.argb(), shared.argb());
            assertArrayEquals(alone.values(), shared.values());
        }
    }

    @Test
    void recolouringSampledValuesGivesTheSamePictureAsRendering() {
        Objective himmelblau = Functions.resolve("himmelblau");
        RenderRequest request = RenderRequest.of(himmelblau::valueRow, himmelblau.window(), 64, 48);
        double[] values = RENDERER.sample(request.surface(), request.window(), 64, 48);
        assertArrayEquals(
                RENDERER.render(request.withColormap(Colormap.CIVIDIS)).argb(),
                RENDERER.recolour(request.withColormap(Colormap.CIVIDIS), values)
                        .argb());
    }

    @Test
    void aFixedColourRangeKeepsANarrowSpreadOfValuesInTheMiddleColours() {
        Surface narrow = (xs, y, out) -> Arrays.fill(out, 0.5);
        LandscapeImage image =
                RENDERER.render(RenderRequest.of(narrow, SQUARE, 8, 8).withContourLevels(0), 0, 1);
        assertEquals(0, image.min());
        assertEquals(1, image.max());
        assertEquals(0.5, image.colorPosition(0.5), 1e-12);
        assertNotEquals(Colormap.standard().argb(0), image.argb()[0], "not stretched to the bottom colour");
        assertNotEquals(Colormap.standard().argb(1), image.argb()[0], "nor to the top one");
    }

    @Test
    void valueAtReadsTheNearestSample() {
        Surface f = pointwise((x, y) -> 10 * x + y);
        LandscapeImage image = RENDERER.render(RenderRequest.of(f, new Window(0, 4, 0, 2), 4, 2));
        assertEquals(10 * 2.5 + 0.5, image.valueAt(2.9, 0.1), 1e-12);
        assertEquals(10 * 0.5 + 1.5, image.valueAt(0, 2), 1e-12);
        assertEquals(10 * 3.5 + 0.5, image.valueAt(4, 0), 1e-12);
        assertTrue(Double.isNaN(image.valueAt(5, 1)));
    }

    static Surface pointwise(DoubleBinaryOperator f) {
        return (xs, y, out) -> {
            for (int i = 0; i < xs.length; i++) {
                out[i] = f.applyAsDouble(xs[i], y);
            }
        };
    }

    private static double nearest(float[][] lines, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (float[] level : lines) {
            for (int s = 0; s < level.length; s += 4) {
                best = Math.min(best, distance(x, y, level[s], level[s + 1], level[s + 2], level[s + 3]));
            }
        }
        return best;
    }

    private static double distance(double x, double y, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / length));
        return Math.hypot(x0 + t * dx - x, y0 + t * dy - y);
    }

    private static int brightness(int argb) {
        return (argb >> 16 & 0xFF) + (argb >> 8 & 0xFF) + (argb & 0xFF);
    }
}
