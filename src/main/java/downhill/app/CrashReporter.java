package downhill.app;

import downhill.app.i18n.Messages;
import downhill.engine.MemoryBudget;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * What happens to an exception nobody caught, on any thread: it goes to the {@link CrashLog} with its stack trace,
 * then, on the FX thread, the experiment is autosaved and a banner tells the user, and the app keeps running.
 */
public final class CrashReporter implements Thread.UncaughtExceptionHandler {

    private final CrashLog log;
    private final Supplier<Runnable> autosave;
    private final Consumer<String> banner;

    /**
     * @param autosave gives what saves the experiment, or null while nothing does (the banner then claims no save);
     *                 asked and run on the FX thread before the banner shows
     * @param banner   shows a message in the window, called on the FX thread
     */
    public CrashReporter(CrashLog log, Supplier<Runnable> autosave, Consumer<String> banner) {
        this.log = log;
        this.autosave = autosave;
        this.banner = banner;
    }

    /** Reports exceptions of every thread, the FX thread's included; call on the FX thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        boolean logged;
        try {
            log.write(thread, error);
            logged = true;
        } catch (IOException | RuntimeException e) {
            logged = false;
        }
        boolean inLog = logged;
        String what = error.getMessage() == null || error.getMessage().isBlank()
                ? error.getClass().getSimpleName()
                : error.getMessage();
        Runnable tell = () -> {
            Runnable save = autosave.get();
            String outcome;
            try {
                if (save == null) {
                    outcome = "crash.logged";
                } else {
                    save.run();
                    outcome = "crash.saved";
                }
            } catch (RuntimeException e) {
                outcome = "crash.notSaved";
            }
            String details = inLog ? log.file().toString() : Messages.text("crash.noLog");
            banner.accept(
                    error instanceof OutOfMemoryError
                            ? Messages.text(
                                    "crash.outOfMemory",
                                    MemoryBudget.bytes(MemoryBudget.ofThisJvm().heapBytes()),
                                    details)
                            : Messages.text(outcome, what, details));
        };
        if (Platform.isFxApplicationThread()) {
            // Reporting must never throw again from inside the handler.
            try {
                tell.run();
            } catch (RuntimeException ignored) {
                // Already in the log; the banner is all that is lost.
            }
        } else {
            Platform.runLater(tell);
        }
    }
}
