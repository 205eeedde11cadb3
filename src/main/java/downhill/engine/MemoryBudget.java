package downhill.engine;

import java.util.Locale;
import java.util.function.LongToDoubleFunction;

/**
 * The one check of a size a user gives (samples, layer widths, grid nodes, pixels, CSV rows) against what this
 * JVM's heap can hold, made before anything is allocated. A size that would not fit is refused in words, with the
 * largest that would and how to get more: "--samples 2147483647 would need 32 GB; the largest that fits in this
 * JVM's 1 GB heap is about 12,000,000 (run java -Xmx40g -jar downhill.jar … for more)".
 *
 * <p>Only {@link #USABLE} of the heap counts: the program, its pictures and the garbage collector need the rest.
 * The byte counts are estimates made in {@code double}, so that no product of user numbers can overflow.
 */
public final class MemoryBudget {

    /** The share of the heap one piece of work may take. */
    public static final double USABLE = 0.75;
    /** The most elements a Java array holds. */
    public static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    /** A larger heap than this is not worth suggesting: the size itself is the mistake. */
    private static final long MOST_SUGGESTED_GB = 64;

    private final long heapBytes;

    /** A budget for a heap of {@code heapBytes} (tests pass a small fake one). */
    public MemoryBudget(long heapBytes) {
        if (heapBytes <= 0) {
            throw new IllegalArgumentException("a heap needs a positive size, got " + heapBytes);
        }
        this.heapBytes = heapBytes;
    }

    /** This JVM's budget: its maximum heap ({@code -Xmx}). */
    public static MemoryBudget ofThisJvm() {
        return new MemoryBudget(Runtime.getRuntime().maxMemory());
    }

    public long heapBytes() {
        return heapBytes;
    }

    /** The bytes one piece of work may take. */
    public double usableBytes() {
        return heapBytes * USABLE;
    }

    /**
     * Refuses {@code value} when {@code bytesOf.applyAsDouble(value)} exceeds the budget.
     *
     * @param subject what the user gave, as the message names it: "--samples 2147483647", "--size 8000x8000"
     * @param value   the number that grows with the need (samples, weights, pixels…); bytesOf must not decrease
     * @param unit    what the largest fitting value counts, after the number, e.g. " weights", or ""
     * @throws IllegalArgumentException saying how much it would need and the largest that fits
     */
    public void require(String subject, long value, LongToDoubleFunction bytesOf, String unit) {
        double need = bytesOf.applyAsDouble(value);
        if (need <= usableBytes()) {
            return;
        }
        long low = 0;
        long high = value;
        while (low < high) {
            long middle = low + (high - low + 1) / 2;
            if (bytesOf.applyAsDouble(middle) <= usableBytes()) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        long gigabytes = gigabytesFor(need);
        throw new IllegalArgumentException(subject + " would need " + bytes(need) + "; the largest that fits in "
                + "this JVM's " + bytes(heapBytes) + " heap is about " + roughly(low) + unit
                + (gigabytes <= MOST_SUGGESTED_GB
                        ? " (run java -Xmx" + gigabytes + "g -jar downhill.jar … for more)"
                        : ""));
    }

    /**
     * Refuses a count of array elements a Java array cannot hold, before it overflows an {@code int}.
     *
     * @param subject what the user gave: "--grid 46341"
     * @param what    what is counted: "grid nodes"
     */
    public static void requireArray(String subject, double elements, String what) {
        if (elements > LARGEST_ARRAY) {
            throw new IllegalArgumentException(subject + " needs " + String.format(Locale.ROOT, "%,.0f", elements)
                    + " " + what + ", more than the " + String.format(Locale.ROOT, "%,d", LARGEST_ARRAY)
                    + " one array can hold");
        }
    }

    /** What to say when the heap ran out anyway: one line with what to do. */
    public String outOfMemory() {
        return "out of memory: this JVM's heap is " + bytes(heapBytes) + "; ask for less, or run java -Xmx"
                + Math.max(2, 2 * Math.round(heapBytes / (double) (1L << 30))) + "g -jar downhill.jar … for more";
    }

    /** Bytes for people: "512 MB", "1 GB", "7.6 GB". */
    public static String bytes(double bytes) {
        double gb = bytes / (1L << 30);
        if (gb >= 1) {
            return (gb >= 10 || gb == Math.rint(gb)
                            ? String.format(Locale.ROOT, "%,.0f", gb)
                            : String.format(Locale.ROOT, "%.1f", gb))
                    + " GB";
        }
        double mb = bytes / (1L << 20);
        return (mb >= 1 ? String.format(Locale.ROOT, "%,.0f", mb) : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
    }

    /** Two significant digits, grouped: 12,345,678 → "12,000,000". */
    static String roughly(long value) {
        if (value < 100) {
            return Long.toString(value);
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)) - 1);
        long rounded = (long) (Math.floor(value / magnitude) * magnitude);
        return String.format(Locale.ROOT, "%,d", rounded);
    }

    /** A whole number of gigabytes of heap that would give {@code need} within the budget. */
    private static long gigabytesFor(double need) {
        return Math.max(1, (long) Math.ceil(need / USABLE / (1L << 30)));
    }
}
