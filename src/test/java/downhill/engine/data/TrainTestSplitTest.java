package downhill.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainTestSplitTest {

    @Test
    void stratifiedByClassAndDisjoint() {
        Dataset data = Generators.blobs(1000, 0.3, 4, 9);
        TrainTestSplit split = TrainTestSplit.split(data, 0.2, 1);
        assertArrayEquals(new int[] {200, 200, 200, 200}, split.train().classCounts());
        assertArrayEquals(new int[] {50, 50, 50, 50}, split.test().classCounts());
        Set<String> points = new HashSet<>();
        for (Dataset part : new Dataset[] {split.train(), split.test()}) {
            for (int i = 0; i < part.sampleCount(); i++) {
                points.add(part.feature(i, 0) + "," + part.feature(i, 1));
            }
        }
        assertEquals(1000, points.size(), "every sample lands in exactly one part");
    }

    @Test
    void sameSeedSameSplit() {
        Dataset data = Generators.sine(100, 0.1, 3);
        TrainTestSplit a = TrainTestSplit.split(data, 0.25, 5);
        TrainTestSplit b = TrainTestSplit.split(data, 0.25, 5);
        assertEquals(25, a.test().sampleCount());
        assertArrayEquals(a.test().features(), b.test().features());
    }

    @Test
    void fractionMustLeaveBothParts() {
        Dataset data = Generators.moons(10, 0, 0);
        assertEquals(
                "the test fraction must be > 0 and < 1, got 1.0",
                assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.split(data, 1, 0))
                        .getMessage());
        assertEquals(
                "a test fraction of 0.01 of 10 samples leaves no test samples",
                assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.split(data, 0.01, 0))
                        .getMessage());
    }

    @Test
    void standardizationUsesTheTrainingPartOnly() {
        Dataset train =
                new Dataset("t", List.of("a", "b"), "y", List.of(), new double[] {1, 5, 3, 5}, new double[] {0, 1});
        Dataset test = new Dataset("t", List.of("a", "b"), "y", List.of(), new double[] {100, 7}, new double[] {2});
        Standardization s = Standardization.fit(train);
        // Kept in units of a power of two near each column's largest |x| (2 for a, 4 for b), so nothing overflows.
        assertArrayEquals(new double[] {2, 4}, s.magnitude());
        assertArrayEquals(new double[] {2.0 / 2, 5.0 / 4}, s.mean());
        assertArrayEquals(new double[] {1.0 / 2, 1.0 / 4}, s.scale(), "std 1 for a, and 1 for the constant b");
        assertArrayEquals(new double[] {-1, 0, 1, 0}, s.apply(train).features());
        assertArrayEquals(new double[] {98, 2}, s.apply(test).features());
    }
}
