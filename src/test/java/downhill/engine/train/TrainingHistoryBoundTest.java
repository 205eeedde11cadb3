package downhill.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.Heap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A training history keeps at most its capacity of records: the recent ones exact, the older ones thinned. */
class TrainingHistoryBoundTest {

    private static void append(TrainingHistory history, int epoch, double[] parameters) {
        double[] metrics = new double[Metric.values().length];
        metrics[Metric.TRAIN_LOSS.ordinal()] = epoch;
        metrics[Metric.TEST_LOSS.ordinal()] = -epoch;
        history.append(metrics, new double[] {epoch, 2 * epoch}, parameters);
    }

    @Test
    void beyondItsCapacityOlderEpochsAreThinnedAndSnapshotsStayValid() {
        TrainingHistory history = new TrainingHistory(4, 2, true, 16);
        HistorySnapshot early = null;
        for (int epoch = 1; epoch <= 1000; epoch++) {
            append(history, epoch, new double[] {epoch});
            if (epoch == 12) {
                early = history.snapshot();
            }
        }
        HistorySnapshot h = history.snapshot();
        assertEquals(1000, h.epochs());
        assertEquals(1000, h.last(Metric.TRAIN_LOSS));
        int[] recorded = h.recordedIndices();
        assertTrue(recorded.length <= 16, recorded.length + " records");
        assertEquals(0, recorded[0], "the first epoch stays");
        assertEquals(999, recorded[recorded.length - 1], "the last stays");
        for (int i = 1000 - 8; i < 1000; i++) {
            assertEquals(i + 1, h.value(Metric.TRAIN_LOSS, i), "the newest half of the capacity is exact");
            assertEquals(2.0 * (i + 1), h.gradientNorm(i, 1));
            assertArrayEquals(new double[] {i + 1}, h.parameters(i));
        }
        double[] series = h.series(Metric.TEST_LOSS);
        assertEquals(1000, series.length, "one value per epoch for the charts");
        for (int i = 0; i < 1000; i++) {
            double kept = -series[i];
            assertTrue(kept <= i + 1 && kept >= 1, "epoch " + (i + 1) + " reads a kept epoch at or before it");
            assertEquals(kept, h.value(Metric.TRAIN_LOSS, i));
            assertEquals(2 * kept, h.gradientNorm(i, 1), "one record's columns stay together");
            assertEquals(kept == i + 1, h.hasParameters(i), "a thinned epoch has no vector of its own");
            if (h.hasParameters(i)) {
                assertEquals(i + 1, h.parameters(i)[0]);
            }
        }
        assertEquals(12, early.epochs(), "a snapshot taken before thinning does not change");
        for (int i = 0; i < 12; i++) {
            assertEquals(i + 1, early.value(Metric.TRAIN_LOSS, i));
        }
    }

    @Test
    void thinningKeepsTheParameterVectors() {
        TrainingHistory history = new TrainingHistory(16, 2, true, 1000);
        int planned = 5000;
        for (int epoch = 1; epoch <= planned; epoch++) {
            append(history, epoch, TrainingHistory.keepsParameters(epoch, planned) ? new double[] {epoch} : null);
        }
        HistorySnapshot h = history.snapshot();
        assertTrue(h.recordedIndices().length <= 1000);
        List<HistorySnapshot.KeptParameters> kept = h.keptParameters();
        assertEquals(100, kept.size(), "every 50th of 5000 epochs, none lost to thinning");
        for (int i = 0; i < kept.size(); i++) {
            assertEquals(50 * (i + 1), kept.get(i).epoch());
            assertEquals(50.0 * (i + 1), kept.get(i).parameters()[0]);
            assertTrue(h.hasParameters(50 * (i + 1) - 1));
        }
        assertTrue(!h.hasParameters(74), "epoch 75 kept no vector");
    }

    /**
     * 20,000 epochs of a network of nine layers: each record holds an epoch number, 5 metrics and 9 gradient norms
     * (116 bytes), so 10,000 records take 1.16 MB; the bound adds 0.54 MB for the network, the data, the layer
     * statistics (25 measurements of 9 layers, about 80 kB) and the JVM's noise (about one child JVM in ten keeps
     * 150 kB more than the others: 1.64 MB against 1.49 MB). Without the cap the same history needs 20,000 records
     * (2.4 MB), which the second run checks. Measured in child JVMs (see {@link Heap#runInChildJvm}).
     */
    @Test
    void twentyThousandEpochsStayUnderTheBound() {
        long bound = 1700L << 10;
        long[] capped = soak("capped");
        assertEquals(HistorySoak.EPOCHS, capped[1], "every epoch trained");
        assertTrue(capped[2] <= TrainingHistory.CAPACITY, capped[2] + " records");
        assertTrue(capped[0] < bound, "20,000 epochs retain " + Heap.megabytes(capped[0]));
        long[] uncapped = soak("uncapped");
        assertEquals(HistorySoak.EPOCHS, uncapped[2]);
        assertTrue(uncapped[0] > bound, "without the cap: " + Heap.megabytes(uncapped[0]));
        System.out.println("20,000 epochs: the trainer retains " + Heap.megabytes(capped[0])
                + " (a history without the cap alone " + Heap.megabytes(uncapped[0]) + ")");
    }

    private static long[] soak(String mode) {
        return Heap.numbersFromChildJvm("256m", HistorySoak.class, mode);
    }
}
