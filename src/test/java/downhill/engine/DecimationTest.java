package downhill.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecimationTest {

    @Test
    void thinningKeepsEverySecondOlderRowAndAllNewerOnes() {
        assertArrayEquals(new int[] {0, 2, 4, 6, 7, 8, 9, 10, 11}, Decimation.keptRows(12));
        assertArrayEquals(new int[] {0, 2, 3}, Decimation.keptRows(4));
    }

    @Test
    void rowsAskedToStayStayButThinningStillMakesRoom() {
        assertArrayEquals(new int[] {0, 2, 3, 4, 6, 7, 8, 9, 10, 11}, Decimation.keptRows(12, r -> r == 3));
        for (int rows : new int[] {4, 5, 16, 100, 10_000}) {
            assertTrue(Decimation.keptRows(rows, r -> true).length < rows, rows + " rows");
        }
    }

    @Test
    void aStepReadsItsOwnRowOrTheNearestEarlierOne() {
        int[] steps = {0, 2, 4, 5, 6, 99};
        assertEquals(0, Decimation.rowAt(steps, 5, 0));
        assertEquals(0, Decimation.rowAt(steps, 5, 1));
        assertEquals(3, Decimation.rowAt(steps, 5, 5));
        assertEquals(4, Decimation.rowAt(steps, 5, 50), "only the first 5 entries count");
        int[] epochs = {1, 2, 3, 4};
        assertEquals(2, Decimation.rowAt(epochs, 4, 3), "1-based epochs take the fast path too");
    }
}
