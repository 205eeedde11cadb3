package downhill.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Start-up as a user sees it, measured when asked: with the system property {@value #FILE_PROPERTY} (or the
 * environment variable {@value #FILE_VARIABLE}) naming a file, the app writes there how many milliseconds after its
 * process started the main window's first frame was drawn, and the wall-clock time of that frame, as one line
 * {@code "sinceStart epochMillis cpuMillis"}. With {@value #EXIT_PROPERTY}{@code =true} (or {@value #EXIT_VARIABLE}{@code =true})
 * it then quits, as the start-up benchmark and the class-data-sharing archive's training run need. Not asked, it costs
 * one property and one variable look-up.
 */
public final class FirstFrame {

    public static final String FILE_PROPERTY = "downhill.firstFrame";
    public static final String EXIT_PROPERTY = "downhill.firstFrame.exit";
    public static final String FILE_VARIABLE = "DOWNHILL_FIRST_FRAME";
    public static final String EXIT_VARIABLE = "DOWNHILL_FIRST_FRAME_EXIT";

    private FirstFrame() {}

    /**
     * One measurement: milliseconds from the process's start to the first frame, that frame's epoch millis, and the
     * processor time the process had used by then (all its threads; a figure a loaded machine changes less).
     */
    public record Timing(long sinceStartMillis, long epochMillis, long cpuMillis) {

        /** The file's one line. */
        public String line() {
            return sinceStartMillis + " " + epochMillis + " " + cpuMillis;
        }

        /** Reads what {@link #line()} wrote. */
        public static Timing parse(String line) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a first-frame line: " + line);
            }
            return new Timing(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        }
    }

    /** Watches {@code stage}'s first frame if the property or the variable asks for it; call once it is shown. */
    public static void watchIfAsked(Stage stage) {
        Optional<Path> file = asked(System.getProperty(FILE_PROPERTY), System.getenv(FILE_VARIABLE));
        if (file.isPresent()) {
            boolean exit = Boolean.getBoolean(EXIT_PROPERTY) || Boolean.parseBoolean(System.getenv(EXIT_VARIABLE));
            watch(stage, file.get(), exit ? Platform::exit : () -> {});
        }
    }

    /** The file asked for: the property first, then the variable; none when both are blank. */
    static Optional<Path> asked(String property, String variable) {
        for (String value : new String[] {property, variable}) {
            if (value != null && !value.isBlank()) {
                return Optional.of(Path.of(value.strip()));
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the timing to {@code file} at the second pulse after {@code stage} shows, then runs {@code then} on the FX
     * thread. A pulse lays a frame out and draws it at its end, so the second pulse starts after the first frame is
     * drawn.
     */
    static void watch(Stage stage, Path file, Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (!stage.isShowing() || ++pulses < 2) {
                    return;
                }
                stop();
                write(file, measure(Instant.now()));
                then.run();
            }
        }.start();
    }

    /** The time since the process started (not the JVM's: the launcher's own work counts too). */
    static Timing measure(Instant now) {
        // ProcessHandle is in java.base and cheap; the management beans would load a module for one number.
        ProcessHandle.Info process = ProcessHandle.current().info();
        long started = process.startInstant().map(Instant::toEpochMilli).orElse(now.toEpochMilli());
        long cpu = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        return new Timing(now.toEpochMilli() - started, now.toEpochMilli(), cpu);
    }

    /** Written whole or not at all: a reader waiting for the file never sees half a line. */
    static void write(Path file, Timing timing) {
        try {
            Path absolute = file.toAbsolutePath();
            Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
            Files.writeString(partial, timing.line() + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the first-frame time could not be written to " + file, e);
        }
    }
}
