package downhill.engine.data;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A uniform random sample of at most {@link CsvLoader#ROW_CAP} rows from a stream of any length (reservoir sampling,
 * Algorithm R): row n replaces a random kept row with probability cap / n. Every choice comes from the seed, and the
 * kept rows come back in the order they arrived.
 */
final class Reservoir {

    private final int width;
    private final int cap;
    private final SplittableRandom random;
    private double[] features;
    private double[] labels;
    /** The arrival number of each kept row, to restore file order. */
    private long[] arrivals;

    private int kept;
    private long seen;

    /** Asked before the kept rows grow to a number of rows; throws when they would not fit. */
    private IntConsumer beforeGrowing = rows -> {};

    Reservoir(int width, long seed) {
        this(width, CsvLoader.ROW_CAP, seed);
    }

    /** A reservoir that asks {@code check} before it grows to hold a number of rows (a memory check). */
    Reservoir(int width, long seed, IntConsumer check) {
        this(width, CsvLoader.ROW_CAP, seed);
        beforeGrowing = check;
    }

    Reservoir(int width, int cap, long seed) {
        this.width = width;
        this.cap = cap;
        this.random = new SplittableRandom(seed);
        int initial = Math.min(cap, 1024);
        features = new double[initial * width];
        labels = new double[initial];
        arrivals = new long[initial];
    }

    /** Offers one row of {@code values}, whose column {@code label} is the label and the rest the features. */
    void offer(double[] values, int label) {
        long arrival = seen++;
        int slot;
        if (kept < cap) {
            if (kept == labels.length) {
                int grown = Math.min(cap, 2 * kept);
                beforeGrowing.accept(grown);
                features = Arrays.copyOf(features, grown * width);
                labels = Arrays.copyOf(labels, grown);
                arrivals = Arrays.copyOf(arrivals, grown);
            }
            slot = kept++;
        } else {
            long pick = random.nextLong(seen);
            if (pick >= cap) {
                return;
            }
            slot = (int) pick;
        }
        int feature = slot * width;
        for (int c = 0; c < values.length; c++) {
            if (c == label) {
                labels[slot] = values[c];
            } else {
                features[feature++] = values[c];
            }
        }
        arrivals[slot] = arrival;
    }

    /** Rows offered so far. */
    long seen() {
        return seen;
    }

    /** The kept rows' features, row-major, in arrival order. */
    double[] features() {
        int[] order = order();
        double[] sorted = new double[kept * width];
        for (int i = 0; i < kept; i++) {
            System.arraycopy(features, order[i] * width, sorted, i * width, width);
        }
        return sorted;
    }

    /** The kept rows' labels, in arrival order. */
    double[] labels() {
        int[] order = order();
        double[] sorted = new double[kept];
        for (int i = 0; i < kept; i++) {
            sorted[i] = labels[order[i]];
        }
        return sorted;
    }

    private int[] order() {
        if (seen <= cap) {
            return IntStream.range(0, kept).toArray();
        }
        return IntStream.range(0, kept)
                .boxed()
                .sorted((a, b) -> Long.compare(arrivals[a], arrivals[b]))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
