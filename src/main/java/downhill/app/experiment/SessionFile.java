package downhill.app.experiment;

import downhill.app.UserFiles;
import downhill.app.i18n.Messages;
import downhill.engine.WholeFiles;
import downhill.experiment.Experiment;
import downhill.experiment.ExperimentCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * The autosaved session: written when something changed (on the writer's thread, or at once on quitting) and
 * restored at start. A session that cannot be written or read gets a banner saying so and why.
 */
final class SessionFile {

    private static final Logger LOG = Logger.getLogger(SessionFile.class.getName());

    /** What the session reads from and writes to: both tabs' settings, the banners and the saved mark. */
    record Window(Supplier<Experiment> capture, Consumer<Experiment> apply, Runnable markSaved, List<Banner> banners) {}

    private final Window window;
    private final Executor writer;
    /** Where the session lives: the user folder is looked up at each use, so a folder fixed later is used. */
    private final Supplier<Path> location;

    private final UserFiles reader;
    /** What the session file holds as far as this window knows: a minute without changes writes nothing. */
    private Experiment onDisk;
    /** The banner saying that the session cannot be saved, while it is (or was) shown; dismissed, it stays quiet. */
    private Banner unsavedBanner;
    /** False after a broken session could not be moved aside: it is not overwritten, the user may still want it. */
    private volatile boolean writable = true;

    SessionFile(Window window, Executor writer, Supplier<Path> location, UserFiles reader) {
        this.window = window;
        this.writer = writer;
        this.location = location;
        this.reader = reader;
    }

    /**
     * Captures now (on the FX thread) and, if anything changed since the session was last restored or saved,
     * writes the session file on the writer's thread.
     */
    void autosave() {
        Experiment now;
        try {
            now = window.capture().get();
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "the session could not be captured", e);
            return;
        }
        if (!now.equals(onDisk)) {
            onDisk = now;
            writer.execute(() -> write(now));
        }
    }

    /** Captures and writes the session file on this thread (the FX thread); false when it could not. */
    boolean save() {
        try {
            Experiment now = window.capture().get();
            onDisk = now;
            return write(now);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "the session could not be captured", e);
            return false;
        }
    }

    /**
     * Writes the session file (on any thread). When it cannot be written, a banner says so and why, once; the next
     * minute tries again, and a save that works takes the banner away.
     */
    private boolean write(Experiment experiment) {
        if (!writable) {
            return false;
        }
        try {
            Path session = location.get();
            ExperimentCodec.save(experiment, session);
            onFxThread(() -> {
                if (unsavedBanner != null) {
                    window.banners().remove(unsavedBanner);
                    unsavedBanner = null;
                }
            });
            return true;
        } catch (IOException e) {
            Path session = location.get();
            String reason = WholeFiles.reason(session, e);
            // The banner tells the user; the terminal gets one line, not a stack trace.
            LOG.warning("the session could not be saved to " + session + ": " + reason);
            onFxThread(() -> {
                onDisk = null;
                if (unsavedBanner == null) {
                    unsavedBanner = new Banner(
                            Messages.text("experiment.session.unsaved.title"),
                            Messages.text("experiment.session.unsaved", session, reason));
                    window.banners().add(unsavedBanner);
                }
            });
            return false;
        }
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /**
     * Restores the last session, if there is one. A session file that cannot be read or checked (see
     * {@link UserFiles}) is kept aside under a name of its own, the app starts with its defaults, and a banner
     * names the copy.
     */
    void restore() {
        Path session = location.get();
        UserFiles.Read<Experiment> read = reader.read(session, UserFiles.SESSION_LIMIT, ExperimentCodec::read);
        if (read.value().isPresent()) {
            try {
                window.apply().accept(read.value().get());
                onDisk = window.capture().get();
                window.markSaved().run();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the session could not be applied", e);
                read = reader.failed(session, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }
        if (!read.failed()) {
            return;
        }
        window.apply().accept(Experiment.defaults());
        window.markSaved().run();
        if (read.keptAs() == null) {
            writable = false;
        }
        window.banners()
                .add(new Banner(
                        Messages.text("experiment.session.broken.title"),
                        read.keptAs() != null
                                ? Messages.text("experiment.session.broken", read.problem(), read.keptAs())
                                : Messages.text("experiment.session.broken.notMoved", read.problem(), session)));
    }
}
