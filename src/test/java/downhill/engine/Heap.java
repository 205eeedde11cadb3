package downhill.engine;

import java.lang.management.ManagementFactory;

/** Heap measurements for the soak and large-input tests. */
public final class Heap {

    private Heap() {
    }

    /** Heap in use after full collections: what live objects hold. */
    public static long retainedBytes() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
