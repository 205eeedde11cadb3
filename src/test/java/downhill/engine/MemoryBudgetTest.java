package downhill.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import downhill.engine.train.TrainingMemory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one size check, against a small fake heap: the need in bytes, the largest that fits, the -Xmx to ask for. */
class MemoryBudgetTest {

    private static final long GB = 1L << 30;

    @Test
    void aSizeThatFitsPassesAndOneThatDoesNotIsRefusedWithTheLargestThatFits() {
        MemoryBudget oneGb = new MemoryBudget(GB);
        oneGb.require("--grid 100", 100, n -> 8.0 * n * n, "");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> oneGb.require("--grid 20000", 20_000, n -> 8.0 * n * n, ""));
        // 0.75 GB / 8 bytes = 100,663,296 nodes: a side of 10,033.
        assertEquals(
                "--grid 20000 would need 3.0 GB; the largest that fits in this JVM's 1 GB heap is about "
                        + "10,000 (run java -Xmx4g -jar downhill.jar … for more)",
                e.getMessage());
    }

    @Test
    void anAbsurdSizeGetsNoHeapAdviceAndNoOverflow() {
        MemoryBudget small = new MemoryBudget(64L << 20);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> small.require("--samples 2147483647", Integer.MAX_VALUE, n -> 1000.0 * n, ""));
        assertEquals(
                "--samples 2147483647 would need 2,000 GB; the largest that fits in this JVM's 64 MB heap is "
                        + "about 50,000",
                e.getMessage());
    }

    @Test
    void anArrayLargerThanJavaAllowsIsRefusedBeforeAnIntOverflows() {
        MemoryBudget.requireArray("--grid 46340", 46340.0 * 46340, "grid nodes");
        assertEquals(
                "--grid 46341 needs 2,147,488,281 grid nodes, more than the 2,147,483,639 one array can hold",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> MemoryBudget.requireArray("--grid 46341", 46341.0 * 46341, "grid nodes"))
                        .getMessage());
    }

    @Test
    void trainingNamesTheLargerPart() {
        MemoryBudget oneGb = new MemoryBudget(GB);
        List<Integer> hidden = List.of(64, 64);
        TrainingMemory.require(oneGb, 1000, true, 200, 2, "64,64", hidden, 2, false);
        assertEquals(
                "--samples",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> TrainingMemory.require(
                                        oneGb, 100_000_000, true, 200, 2, "64,64", hidden, 2, false))
                        .getMessage()
                        .split(" ")[0]);
        String wide = assertThrows(
                        IllegalArgumentException.class,
                        () -> TrainingMemory.require(
                                oneGb, 1000, true, 200, 2, "5000,5000", List.of(5000, 5000), 2, false))
                .getMessage();
        assertEquals(
                "--hidden 5000,5000 would need 2.3 GB; the largest that fits in this JVM's 1 GB heap is about "
                        + "7,700,000 weights (run java -Xmx4g -jar downhill.jar … for more)",
                wide);
    }

    @Test
    void bytesReadAsPeopleSayThem() {
        assertEquals("512 MB", MemoryBudget.bytes(512L << 20));
        assertEquals("1 GB", MemoryBudget.bytes(GB));
        assertEquals("7.6 GB", MemoryBudget.bytes(7.6 * GB));
        assertEquals("12,000,000", MemoryBudget.roughly(12_345_678));
    }
}
