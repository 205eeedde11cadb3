package downhill.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Progress lines of long work on stderr ({@code frame 12/60}, {@code epoch 40/500}, {@code grid node 900/2601}), at
 * most {@link #PER_SECOND} a second plus the last, so a script's log stays short. They show with {@code --progress},
 * or by themselves when the command runs in a terminal (Java sees a console); a pipe or a test sees none unless
 * asked. Thread-safe: the loss grid reports from both of its workers.
 */
final class Progress {

    /** The {@code --progress} option, mixed into the commands that can take long. */
    static final class Option {
        @picocli.CommandLine.Option(
                names = "--progress",
                description = "Print progress lines to stderr (they show by themselves in a terminal).")
        boolean progress;

        Progress to(PrintWriter err) {
            return new Progress(err, progress || System.console() != null, System::nanoTime);
        }
    }

    static final int PER_SECOND = 4;
    private static final long INTERVAL = 1_000_000_000L / PER_SECOND;

    private final PrintWriter err;
    private final boolean shown;
    private final LongSupplier clock;
    private long last;
    private boolean any;
    private long lastDone = -1;

    Progress(PrintWriter err, boolean shown, LongSupplier clock) {
        this.err = err;
        this.shown = shown;
        this.clock = clock;
    }

    /** Reports {@code done} of {@code total} {@code what}s, if a line is due (the last one always is). */
    synchronized void report(String what, long done, long total) {
        if (!shown) {
            return;
        }
        long now = clock.getAsLong();
        long shownDone = Math.min(done, total);
        if (shownDone == lastDone) {
            return;
        }
        if (shownDone == total || !any || now - last >= INTERVAL) {
            err.println(what + " " + shownDone + "/" + total);
            err.flush();
            last = now;
            lastDone = shownDone;
            any = true;
        }
    }
}
