package downhill.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/** Marching squares on fields whose contours are known exactly. Coordinates: sample (i, j) at (i + ½, j + ½). */
class ContoursTest {

    @Test
    void aCircleContourLiesOnTheCircleAndClosesIntoOneRing() {
        double cx = 40.3;
        double cy = 37.8;
        double radius = 20;
        double[] values = field(80, 76, (x, y) -> (x - cx) * (x - cx) + (y - cy) * (y - cy));
        float[] ring = Contours.trace(values, 80, 76, new double[] {radius * radius})[0];

        for (int s = 0; s < ring.length; s += 2) {
            double r = Math.hypot(ring[s] - cx, ring[s + 1] - cy);
            assertEquals(radius, r, 0.5, "an end lies on the circle");
        }
        for (int s = 0; s < ring.length; s += 4) {
            double r = Math.hypot((ring[s] + ring[s + 2]) / 2 - cx, (ring[s + 1] + ring[s + 3]) / 2 - cy);
            assertEquals(radius, r, 0.5, "a middle lies on the circle");
        }
        int segments = ring.length / 4;
        double perimeter = 2 * Math.PI * radius;
        assertTrue(segments > perimeter / 2 && segments < 2 * perimeter, segments + " segments");
        assertEquals(segments, loopLength(ring), "one closed ring through every segment");
    }

    @Test
    void aPlaneHasAStraightContourAtTheRightPlace() {
        float[] vertical = Contours.trace(field(30, 20, (x, y) -> x), 30, 20, new double[] {10.25})[0];
        assertEquals(19, vertical.length / 4, "one segment per cell row");
        for (int s = 0; s < vertical.length; s += 2) {
            assertEquals(10.25, vertical[s], 1e-5);
        }
        float[] slanted = Contours.trace(field(30, 20, (x, y) -> 2 * x + y), 30, 20, new double[] {31})[0];
        assertTrue(slanted.length > 0);
        for (int s = 0; s < slanted.length; s += 2) {
            assertEquals(31, 2 * slanted[s] + slanted[s + 1], 1e-4);
        }
        assertEquals(loopLength(slanted), slanted.length / 4, "a single chain, no breaks");
    }

    @Test
    void aSaddleCellHasTwoSegmentsChosenByTheCentreAverage() {
        // Top-left and bottom-right above; the centre average is 0.5.
        double[] saddle = {1, 0, 0, 1};
        float[] centreAbove = Contours.trace(saddle, 2, 2, new double[] {0.4})[0];
        float[] centreBelow = Contours.trace(saddle, 2, 2, new double[] {0.6})[0];
        assertEquals(2, centreAbove.length / 4);
        assertEquals(2, centreBelow.length / 4);
        // Above through the centre: the lines cut off the low corners, top-right (1.5, 0.5) and bottom-left.
        assertTrue(segmentNear(centreAbove, 1.5, 0.5) && segmentNear(centreAbove, 0.5, 1.5));
        assertTrue(segmentNear(centreBelow, 0.5, 0.5) && segmentNear(centreBelow, 1.5, 1.5));
    }

    @Test
    void levelsOutsideTheValuesHaveNoSegmentsAndLevelsKeepTheirOrder() {
        double[] values = field(10, 10, (x, y) -> x + y);
        float[][] byLevel = Contours.trace(values, 10, 10, new double[] {15, -3, 10, 99, 5});
        assertEquals(0, byLevel[1].length);
        assertEquals(0, byLevel[3].length);
        assertTrue(byLevel[0].length > 0 && byLevel[2].length > 0 && byLevel[4].length > 0);
        for (int s = 0; s < byLevel[2].length; s += 2) {
            assertEquals(10, byLevel[2][s] + byLevel[2][s + 1], 1e-4, "level 10 stays level 10 after sorting");
        }
    }

    @Test
    void missingValuesHaveNoContoursAndDoNotStopTheRest() {
        // log(x) over x in [-1, 1]: NaN on the left half, -∞ nowhere sampled.
        double[] values = field(40, 10, (x, y) -> Math.log((x - 20) / 20));
        float[] line = Contours.trace(values, 40, 10, new double[] {-1})[0];
        assertTrue(line.length > 0);
        for (int s = 0; s < line.length; s += 2) {
            assertEquals(20 + 20 / Math.E, line[s], 0.1);
        }
        assertEquals(0, Contours.trace(new double[] {Double.NaN, 1, 2, 3}, 2, 2, new double[] {1.5})[0].length);
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Contours.trace(new double[5], 2, 2, new double[] {0}));
        assertThrows(
                IllegalArgumentException.class, () -> Contours.trace(new double[4], 2, 2, new double[] {Double.NaN}));
    }

    static double[] field(int width, int height, DoubleBinaryOperator f) {
        double[] values = new double[width * height];
        for (int j = 0; j < height; j++) {
            for (int i = 0; i < width; i++) {
                values[j * width + i] = f.applyAsDouble(i + 0.5, j + 0.5);
            }
        }
        return values;
    }

    private static boolean segmentNear(float[] segments, double x, double y) {
        for (int s = 0; s < segments.length; s += 4) {
            double mx = (segments[s] + segments[s + 2]) / 2;
            double my = (segments[s + 1] + segments[s + 3]) / 2;
            if (Math.hypot(mx - x, my - y) < 0.5) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number of segments reached by walking from the first one through shared ends, checking that no end is
     * shared by more than two segments. A closed ring reaches them all; so does one open chain, walked from
     * either end.
     */
    private static int loopLength(float[] segments) {
        Map<List<Float>, List<Integer>> byEnd = new HashMap<>();
        int count = segments.length / 4;
        for (int s = 0; s < count; s++) {
            byEnd.computeIfAbsent(List.of(segments[4 * s], segments[4 * s + 1]), k -> new ArrayList<>())
                    .add(s);
            byEnd.computeIfAbsent(List.of(segments[4 * s + 2], segments[4 * s + 3]), k -> new ArrayList<>())
                    .add(s);
        }
        byEnd.values().forEach(at -> assertTrue(at.size() <= 2, "an end shared by " + at.size() + " segments"));
        // Start at an end shared by one segment if any (an open chain), else anywhere (a ring).
        int start = byEnd.values().stream()
                .filter(at -> at.size() == 1)
                .map(at -> at.get(0))
                .findFirst()
                .orElse(0);
        boolean[] seen = new boolean[count];
        int reached = 0;
        for (int s = start; s >= 0 && !seen[s]; ) {
            seen[s] = true;
            reached++;
            int next = -1;
            for (int end = 0; end < 2 && next < 0; end++) {
                for (int other : byEnd.get(List.of(segments[4 * s + 2 * end], segments[4 * s + 2 * end + 1]))) {
                    if (!seen[other]) {
                        next = other;
                    }
                }
            }
            s = next;
        }
        return reached;
    }
}
