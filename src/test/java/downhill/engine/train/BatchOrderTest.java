package downhill.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchOrderTest {

    @Test
    void reshufflingPermutesTheSamplesAndTheSameSeedGivesTheSameOrder() {
        BatchOrder a = new BatchOrder(50, 8, true, new SplittableRandom(7));
        BatchOrder b = new BatchOrder(50, 8, true, new SplittableRandom(7));
        a.reshuffle();
        b.reshuffle();
        assertArrayEquals(a.indices(), b.indices());
        assertFalse(Arrays.equals(IntStream.range(0, 50).toArray(), a.indices()), "shuffled");
        assertArrayEquals(
                IntStream.range(0, 50).toArray(),
                Arrays.stream(a.indices()).sorted().toArray(),
                "a permutation");
    }

    @Test
    void withoutShufflingTheSamplesKeepTheirOrder() {
        BatchOrder order = new BatchOrder(10, 3, false, new SplittableRandom(1));
        order.reshuffle();
        assertArrayEquals(IntStream.range(0, 10).toArray(), order.indices());
    }

    @Test
    void theLastBatchTakesWhatIsLeftAndABatchBeyondTheSamplesIsThemAll() {
        BatchOrder order = new BatchOrder(10, 4, true, new SplittableRandom(1));
        assertEquals(3, order.batchCount());
        assertEquals(4, order.rowsFrom(4));
        assertEquals(2, order.rowsFrom(8));
        BatchOrder whole = new BatchOrder(10, Integer.MAX_VALUE, true, new SplittableRandom(1));
        assertEquals(10, whole.batchSize());
        assertEquals(1, whole.batchCount());
    }
}
