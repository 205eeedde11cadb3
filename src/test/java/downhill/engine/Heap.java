package downhill.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Heap measurements for the soak and large-input tests. They run in a child JVM of their own: a fresh heap makes
 * the numbers clean and the full collections quick, where the test JVM holds whatever earlier tests left.
 */
public final class Heap {

    private Heap() {}

    /** Heap in use after full collections: what live objects hold. */
    public static long retainedBytes() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(
                    used,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /** {@link #runInChildJvm}, for a main that prints whole numbers separated by spaces: those numbers. */
    public static long[] numbersFromChildJvm(String maxHeap, Class<?> main, String... args) {
        String output = runInChildJvm(maxHeap, main, args);
        if (!output.matches("-?\\d+( -?\\d+)*")) {
            throw new IllegalStateException(main.getSimpleName() + " printed: " + output);
        }
        return Arrays.stream(output.split(" ")).mapToLong(Long::parseLong).toArray();
    }

    /**
     * Runs {@code main} in a child JVM with the test classpath and {@code -Xmx} of {@code maxHeap} (e.g. "64m");
     * returns what it printed (standard output and error), stripped.
     */
    public static String runInChildJvm(String maxHeap, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
