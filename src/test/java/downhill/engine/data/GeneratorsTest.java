package downhill.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

    /** scikit-learn 1.2: make_moons(7, noise=0, shuffle=False), as x1, x2, label. */
    private static final double[][] SKLEARN_MOONS = {
        {1.0, 0.0, 0}, {6.123233995736766e-17, 1.0, 0}, {-1.0, 1.2246467991473532e-16, 0},
        {0.0, 0.5, 1}, {0.4999999999999999, -0.3660254037844385, 1}, {1.4999999999999998, -0.3660254037844387, 1},
        {2.0, 0.4999999999999999, 1}
    };

    /** scikit-learn 1.2: make_circles(6, noise=0, shuffle=False, factor=0.5). */
    private static final double[][] SKLEARN_CIRCLES = {
        {1.0, 0.0, 0}, {-0.4999999999999997, 0.8660254037844387, 0}, {-0.5000000000000003, -0.8660254037844383, 0},
        {0.5, 0.0, 1}, {-0.24999999999999986, 0.43301270189221935, 1}, {-0.25000000000000017, -0.43301270189221913, 1}
    };

    @Test
    void moonsHaveScikitLearnsGeometry() {
        assertSamePoints(SKLEARN_MOONS, Generators.moons(7, 0, 3));
    }

    @Test
    void circlesHaveScikitLearnsGeometry() {
        assertSamePoints(SKLEARN_CIRCLES, Generators.circles(6, 0, 0.5, 3));
    }

    @Test
    void noiseHasTheGivenStandardDeviation() {
        Dataset clean = Generators.moons(20000, 0, 5);
        Dataset noisy = Generators.moons(20000, 0.2, 5);
        // Same seed, same shuffle: the difference is the noise alone.
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < clean.features().length; i++) {
            double d = noisy.features()[i] - clean.features()[i];
            sum += d;
            squares += d * d;
        }
        int n = clean.features().length;
        assertEquals(0, sum / n, 0.005);
        assertEquals(0.2, Math.sqrt(squares / n), 0.003);
    }

    @Test
    void sameSeedSameData() {
        for (Generator g : Generators.all()) {
            Dataset a = g.generate(300, 0.1, 42);
            Dataset b = g.generate(300, 0.1, 42);
            Dataset c = g.generate(300, 0.1, 43);
            assertArrayEquals(a.features(), b.features(), g.name());
            assertArrayEquals(a.targets(), b.targets(), g.name());
            assertNotEquals(Arrays.toString(a.features()), Arrays.toString(c.features()), g.name());
        }
    }

    @Test
    void classesAreBalancedAndShuffled() {
        Dataset blobs = Generators.blobs(301, 0.2, 3, 1);
        assertEquals(3, blobs.classCount());
        assertArrayEquals(new int[] {101, 100, 100}, blobs.classCounts());
        Dataset spiral = Generators.generate("spiral:arms=4,turns=1.5", 400, 0.05, 1);
        assertArrayEquals(new int[] {100, 100, 100, 100}, spiral.classCounts());
        Dataset moons = Generators.moons(1000, 0.2, 0);
        assertArrayEquals(new int[] {500, 500}, moons.classCounts());
        int changes = 0;
        for (int i = 1; i < 1000; i++) {
            changes += moons.targets()[i] != moons.targets()[i - 1] ? 1 : 0;
        }
        assertTrue(changes > 300, "labels look unshuffled: " + changes + " changes");
    }

    @Test
    void shapesOfTheOtherGenerators() {
        Dataset xor = Generators.xor(500, 0, 2);
        for (int i = 0; i < 500; i++) {
            boolean differ = (xor.feature(i, 0) > 0) != (xor.feature(i, 1) > 0);
            assertEquals(differ ? 1 : 0, xor.targets()[i]);
        }
        Dataset sine = Generators.sine(200, 0, 2);
        assertEquals(0, sine.classCount());
        assertEquals(1, sine.featureCount());
        for (int i = 0; i < 200; i++) {
            assertEquals(Math.sin(sine.features()[i]), sine.targets()[i], 1e-15);
        }
        Dataset gaussian = Generators.gaussian(2000, 0.2, 2);
        double meanOfClassOne = 0;
        for (int i = 0; i < 2000; i++) {
            meanOfClassOne += gaussian.targets()[i] == 1 ? gaussian.feature(i, 0) / 1000 : 0;
        }
        assertEquals(0.25, meanOfClassOne, 0.03);
        Dataset circles = Generators.generate("circles:factor=0.3", 100, 0, 2);
        for (int i = 0; i < 100; i++) {
            double radius = Math.hypot(circles.feature(i, 0), circles.feature(i, 1));
            assertEquals(circles.targets()[i] == 1 ? 0.3 : 1, radius, 1e-12);
        }
    }

    @Test
    void badParametersAreNamed() {
        assertEquals(
                "unknown dataset 'mooons' (generators: moons, circles, blobs, xor, spiral, gaussian, sine)",
                assertThrows(IllegalArgumentException.class, () -> Generators.generate("mooons", 10, 0, 0))
                        .getMessage());
        assertEquals(
                "circles has no parameter 'radius' (it takes factor)",
                assertThrows(IllegalArgumentException.class, () -> Generators.generate("circles:radius=2", 10, 0, 0))
                        .getMessage());
        assertEquals(
                "circles: factor must be ≥ 0 and < 1, got 1.5",
                assertThrows(IllegalArgumentException.class, () -> Generators.generate("circles:factor=1.5", 10, 0, 0))
                        .getMessage());
        assertEquals(
                "blobs: centers must be a whole number, got 2.5",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Generators.find("blobs").generate(10, 0, 0, Map.of("centers", 2.5)))
                        .getMessage());
        assertEquals(
                "moons: samples must be at least 2, got 1",
                assertThrows(IllegalArgumentException.class, () -> Generators.generate("moons", 1, 0, 0))
                        .getMessage());
        assertEquals(
                "moons: noise must be a finite number ≥ 0, got -0.1",
                assertThrows(IllegalArgumentException.class, () -> Generators.generate("moons", 10, -0.1, 0))
                        .getMessage());
    }

    private static void assertSamePoints(double[][] expected, Dataset actual) {
        List<double[]> remaining = new ArrayList<>(List.of(expected));
        assertEquals(expected.length, actual.sampleCount());
        for (int i = 0; i < actual.sampleCount(); i++) {
            double x = actual.feature(i, 0);
            double y = actual.feature(i, 1);
            double label = actual.targets()[i];
            boolean found =
                    remaining.removeIf(p -> Math.abs(p[0] - x) < 1e-12 && Math.abs(p[1] - y) < 1e-12 && p[2] == label);
            assertTrue(found, "(" + x + ", " + y + ") of class " + label + " is not one of scikit-learn's points");
        }
    }
}
