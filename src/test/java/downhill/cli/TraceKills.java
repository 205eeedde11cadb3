package downhill.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Kills {@code trace --out} child processes at random moments (seeded): half with SIGTERM, as Ctrl-C stops a run,
 * half with SIGKILL, which no program can answer. After each, the target must be the old file or the new one,
 * whole; after SIGTERM no part file may remain. {@link #main} runs the hundred kills; the suite runs a few
 * (TraceKillTest).
 */
final class TraceKills {

    /** What the kills left. */
    record Outcome(int kills, int old, int fresh, int partFilesAfterSigkill) {}

    private static final String STEPS = "20000";

    private TraceKills() {}

    static Outcome run(Path dir, int kills, long seed, int longestWaitMillis) throws IOException, InterruptedException {
        Path target = dir.resolve("trajectory.csv");
        Path expected = dir.resolve("expected").resolve("trajectory.csv");
        Files.createDirectories(expected.getParent());
        CliRunner made = CliRunner.run(arguments(expected));
        if (made.exitCode() != 0) {
            throw new IllegalStateException(made.err());
        }
        byte[] fresh = Files.readAllBytes(expected);
        byte[] old = "step,x,y,loss,grad_x,grad_y,lr\nthe old file\n".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(seed);
        int keptOld = 0;
        int madeNew = 0;
        int partFiles = 0;
        for (int k = 0; k < kills; k++) {
            Files.write(target, old);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "downhill.Main"));
            command.addAll(Arrays.asList(arguments(target)));
            Process child = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            boolean gentle = random.nextBoolean();
            // The random moment: the child runs at most this long before it is killed.
            boolean finished = child.waitFor(random.nextInt(longestWaitMillis), TimeUnit.MILLISECONDS);
            if (!finished) {
                if (gentle) {
                    child.destroy();
                } else {
                    child.destroyForcibly();
                }
            }
            child.waitFor();
            byte[] now = Files.readAllBytes(target);
            if (Arrays.equals(now, old)) {
                keptOld++;
            } else if (Arrays.equals(now, fresh)) {
                madeNew++;
            } else {
                throw new AssertionError("kill " + k + " left " + now.length + " bytes, neither the old file ("
                        + old.length + ") nor the new one (" + fresh.length + ")");
            }
            List<Path> parts = partFiles(dir);
            if (!parts.isEmpty()) {
                if (gentle || finished) {
                    throw new AssertionError("kill " + k + " (SIGTERM) left " + parts);
                }
                partFiles += parts.size();
                for (Path part : parts) {
                    Files.delete(part);
                }
            }
        }
        return new Outcome(kills, keptOld, madeNew, partFiles);
    }

    private static String[] arguments(Path out) {
        return new String[] {
            "trace", "--function", "rosenbrock", "--optimizer", "adam", "--steps", STEPS, "--out", out.toString()
        };
    }

    private static List<Path> partFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part"))
                    .toList();
        }
    }

    /** The soak: a hundred kills. */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("trace-kills");
        Outcome outcome = run(dir, args.length > 0 ? Integer.parseInt(args[0]) : 100, 21, 4000);
        System.out.println(outcome);
    }
}
