package downhill.bench;

import downhill.app.FirstFrame;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up as a student sees it: from launching Downhill to the first drawn frame of its window, for the app image
 * ({@code target/dist/Downhill/bin/Downhill}, made by {@code mvn -Pdist package}) and for {@code java -jar
 * target/downhill.jar}, interleaved so that both see the same load. Each launch runs under one Xvfb server this main
 * starts, with {@link FirstFrame}'s variables set: the app writes the wall-clock time of its first frame and quits.
 * The figure is that time minus the moment this main started the process, so the launcher's own work counts. One
 * warm-up round (disk cache, JavaFX's extracted natives) is left out. Prints median, min and max per way and the
 * load average before and after, and the processor time each start used up to its first frame (all threads: on a
 * loaded machine the wall clock mostly measures the other builds; this changes less).
 *
 * <p>Arguments: the number of rounds (default 5).
 * <pre>mvn -Pdist package -DskipTests
 * mvn -Pbench test-compile exec:exec -Dbench.main=downhill.bench.StartupBenchmark [-Dbench.args=5]</pre>
 */
public final class StartupBenchmark {

    private static final long LAUNCH_TIMEOUT_SECONDS = 180;

    private StartupBenchmark() {}

    /** One way to start the app: a name and its command line. */
    record Way(String name, List<String> command) {}

    public static void main(String[] given) throws Exception {
        String[] args = String.join(" ", given).trim().isEmpty()
                ? new String[0]
                : String.join(" ", given).trim().split("\\s+");
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path image = Path.of("target/dist/Downhill/bin/Downhill").toAbsolutePath();
        Path jar = Path.of("target/downhill.jar").toAbsolutePath();
        if (!Files.isExecutable(image) || !Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "build first: mvn -Pdist package -DskipTests (needs " + image + " and " + jar + ")");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Way> ways = List.of(
                new Way("app image", List.of(image.toString())),
                new Way("java -jar", List.of(java, "-jar", jar.toString())));
        Path work = Files.createTempDirectory("downhill-startup");
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1920x1200x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String display = ":"
                    + new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8))
                            .readLine()
                            .strip();
            System.out.printf("load average before: %s%n", loadAverage());
            Map<String, List<Long>> times = new LinkedHashMap<>();
            Map<String, List<Long>> cpu = new LinkedHashMap<>();
            ways.forEach(way -> times.put(way.name(), new ArrayList<>()));
            ways.forEach(way -> cpu.put(way.name(), new ArrayList<>()));
            for (int round = 0; round <= rounds; round++) {
                // Alternate which way goes first, so neither always follows the other's disk and cache work.
                List<Way> order = round % 2 == 0 ? ways : List.of(ways.get(1), ways.get(0));
                for (Way way : order) {
                    long launched = System.currentTimeMillis();
                    FirstFrame.Timing timing = launch(way, display, work);
                    long ms = timing.epochMillis() - launched;
                    System.out.printf(
                            "round %d %-9s %6d ms (processor %6d ms)%s%n",
                            round, way.name(), ms, timing.cpuMillis(), round == 0 ? " (warm-up)" : "");
                    if (round > 0) {
                        times.get(way.name()).add(ms);
                        cpu.get(way.name()).add(timing.cpuMillis());
                    }
                }
            }
            System.out.printf(
                    "load average after: %s (%d cores)%n",
                    loadAverage(), Runtime.getRuntime().availableProcessors());
            summary("wall clock, launch to first frame", times);
            summary("processor time to first frame", cpu);
        } finally {
            xvfb.destroy();
        }
    }

    private static void summary(String what, Map<String, List<Long>> figures) {
        System.out.println(what + ":");
        figures.forEach((name, list) -> {
            List<Long> ordered = sorted(list);
            System.out.printf(
                    "  %-9s median %6d ms  min %6d  max %6d  (n = %d)%n",
                    name, median(ordered), ordered.get(0), ordered.get(ordered.size() - 1), ordered.size());
        });
        double ratio = (double) median(sorted(figures.get("java -jar"))) / median(sorted(figures.get("app image")));
        System.out.printf("  java -jar / app image (medians): %.2f x%n", ratio);
    }

    /** The first frame's timing; the process quits by itself once it has written it. */
    private static FirstFrame.Timing launch(Way way, String display, Path work)
            throws IOException, InterruptedException {
        Path frame = work.resolve("first-frame.txt");
        Files.deleteIfExists(frame);
        ProcessBuilder builder = new ProcessBuilder(way.command())
                .redirectErrorStream(true)
                .redirectOutput(
                        work.resolve(way.name().replace(' ', '-') + ".log").toFile());
        builder.environment().put("DISPLAY", display);
        builder.environment().put(FirstFrame.FILE_VARIABLE, frame.toString());
        builder.environment().put(FirstFrame.EXIT_VARIABLE, "true");
        // A user folder per way, kept between rounds: a returning user's start, session and all.
        builder.environment()
                .put("XDG_DATA_HOME", work.resolve(way.name().replace(' ', '-')).toString());
        Process process = builder.start();
        if (!process.waitFor(LAUNCH_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(way.name() + " did not quit within " + LAUNCH_TIMEOUT_SECONDS + " s");
        }
        if (!Files.exists(frame)) {
            throw new IllegalStateException(
                    way.name() + " wrote no first frame (exit " + process.exitValue() + "); see " + work);
        }
        return FirstFrame.Timing.parse(Files.readString(frame));
    }

    private static List<Long> sorted(List<Long> values) {
        return values.stream().sorted().toList();
    }

    private static long median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
