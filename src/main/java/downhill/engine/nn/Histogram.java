package downhill.engine.nn;

import java.util.Arrays;

/**
 * Counts of values in equal bins with explicit edges: bin i holds the values v with {@code edge(i) ≤ v <
 * edge(i + 1)}, the last bin also its upper edge; edge i is {@code (low·(bins − i) + high·i) / bins}, so the last is
 * {@code high} exactly and a symmetric range has 0 as an edge or a bin's centre exactly. Values below {@code low}
 * count in the first bin and values above {@code high} in the last (the range is the caller's choice); values that
 * are not finite are not counted. Only the range and the counts are stored: a run keeps dozens of these per layer.
 *
 * @param low    the first edge
 * @param high   the last edge, above {@code low}
 * @param counts one count per bin (a copy the record owns; as in any record of arrays, equality is identity)
 */
public record Histogram(double low, double high, int[] counts) {

    public Histogram {
        if (!(high > low) || counts.length == 0) {
            throw new IllegalArgumentException("a histogram needs low < high and a bin, got [" + low + ", " + high
                    + "] and " + counts.length + " bins");
        }
        counts = counts.clone();
    }

    /** {@code bins} equal bins from {@code low} to {@code high} (high > low) over {@code values}. */
    public static Histogram of(double[] values, double low, double high, int bins) {
        if (!(high > low) || bins < 1) {
            throw new IllegalArgumentException(
                    "a histogram needs low < high and a bin, got [" + low + ", " + high + "] and " + bins + " bins");
        }
        int[] counts = new int[bins];
        double width = (high - low) / bins;
        for (double v : values) {
            if (Double.isFinite(v)) {
                int bin = (int) Math.floor((v - low) / width);
                // Rounding may put a value one bin off its edges; the edges decide.
                while (bin > 0 && bin < bins && v < edge(low, high, bins, bin)) {
                    bin--;
                }
                while (bin >= 0 && bin < bins - 1 && v >= edge(low, high, bins, bin + 1)) {
                    bin++;
                }
                counts[Math.max(0, Math.min(bins - 1, bin))]++;
            }
        }
        return new Histogram(low, high, counts);
    }

    private static double edge(double low, double high, int bins, int i) {
        return (low * (bins - i) + high * i) / bins;
    }

    public int bins() {
        return counts.length;
    }

    /** Bin {@code i}'s count. */
    public int count(int i) {
        return counts[i];
    }

    /** Edge {@code i}, 0 … bins. */
    public double edge(int i) {
        return edge(low, high, counts.length, i);
    }

    /** The {@code bins + 1} edges, ascending. */
    public double[] edges() {
        double[] edges = new double[counts.length + 1];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = edge(i);
        }
        return edges;
    }

    /** The values counted. */
    public int total() {
        return Arrays.stream(counts).sum();
    }

    /** The largest count of a bin. */
    public int peak() {
        return Arrays.stream(counts).max().orElse(0);
    }

    /** A copy of the counts. */
    @Override
    public int[] counts() {
        return counts.clone();
    }
}
