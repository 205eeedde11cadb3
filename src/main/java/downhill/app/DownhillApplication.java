package downhill.app;

import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.experiment.ExperimentViewModel;
import downhill.app.launch.FileDrop;
import downhill.app.launch.FileOpener;
import downhill.app.launch.LaunchServer;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop application: the main window, titled "Downhill". */
public final class DownhillApplication extends Application {

    public static final String TITLE = ExperimentViewModel.APP_NAME;

    private AppContext context;
    /** Hears later starts that bring a file; null when another window has the user folder's lock. */
    private LaunchServer launchServer;

    /**
     * JavaFX's logger; held so that its filter stays (the logging framework keeps loggers weakly).
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    /** Opens the window; {@code args} is empty, or holds the absolute path of a file to open once it shows. */
    public static void open(String[] args) {
        hideClassPathWarning();
        Application.launch(DownhillApplication.class, args);
    }

    /**
     * JavaFX from the class path (the jar and the app image run it so) warns at every start that this is an
     * "unsupported configuration"; it works, and a teacher starting {@code downhill} from a terminal should not read a
     * warning each time. Every other JavaFX message still shows.
     */
    static void hideClassPathWarning() {
        JAVAFX_LOG.setFilter(
                entry -> !String.valueOf(entry.getMessage()).startsWith("Unsupported JavaFX configuration"));
    }

    @Override
    public void start(Stage stage) {
        // Projectors are often 1280×720 or 1024×768: open no larger than the screen, and fill a small one.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1440, screen.getWidth());
        double height = Math.min(900, screen.getHeight());
        context = new AppContext(
                BackgroundExecutors.daemonPool("engine", 2), BackgroundExecutors.daemonThreads("training"));
        stage.getIcons().setAll(AppIcon.images());
        show(stage, context, width, height);
        FirstFrame.watchIfAsked(stage);
        // A crash saves the session first, then shows its banner; the app goes on.
        AppContext saving = context;
        context.setAutosaveBeforeCrashReport(() -> {
            if (!saving.saveSessionNow()) {
                throw new IllegalStateException("the session could not be saved");
            }
        });
        context.installCrashReporter(CrashLog.inUserFolder());
        // The last session comes back as it was left; it is saved every minute and on exit.
        context.experiment().restoreSession();
        context.startAutosave();
        openFromOutside(stage, context);
        if (screen.getWidth() <= 1440 || screen.getHeight() <= 900) {
            stage.setMaximized(true);
        }
    }

    @Override
    public void stop() {
        if (launchServer != null) {
            launchServer.close();
        }
        if (context != null) {
            context.stopAutosave();
            context.saveSessionNow();
        }
    }

    /** Puts the main window of {@code context} on {@code stage}; tests pass a context with a same-thread executor. */
    public static Scene show(Stage stage, AppContext context) {
        return show(stage, context, 1440, 900);
    }

    public static Scene show(Stage stage, AppContext context, double width, double height) {
        // The theme, the scale and the stylesheets come with the window (see MainWindowController).
        Scene scene = new Scene(context.loadMainWindow(), width, height);
        // "Downhill — lesson.json •": the file and whether anything is unsaved.
        stage.titleProperty().bind(context.experiment().titleProperty());
        // Closing the window asks about unsaved changes as File → Quit does.
        stage.setOnCloseRequest(event -> {
            if (!context.experimentController().confirmLeave()) {
                event.consume();
            }
        });
        stage.setScene(scene);
        acceptDroppedFiles(scene, context);
        // A stage that was sized before (a reloaded or reused one) keeps that size unless told to fit the scene.
        stage.sizeToScene();
        stage.show();
        return scene;
    }

    // ----- files from outside the window (#18): the command line, later starts, drops

    /** The one way files from outside reach the window; see {@link FileOpener}. */
    public static FileOpener fileOpener(AppContext context) {
        return new FileOpener(context.experimentController(), context.experiment(), context.network());
    }

    /** A file dropped on the window opens as if given on the command line. */
    private static void acceptDroppedFiles(Scene scene, AppContext context) {
        FileOpener opener = fileOpener(context);
        FileDrop.install(scene, opener::open);
    }

    /**
     * After the session is back: opens the file this start was given, and listens for later starts' files, which
     * arrive on a thread of the server's and are opened on the FX thread with the window in front.
     */
    private void openFromOutside(Stage stage, AppContext context) {
        FileOpener opener = fileOpener(context);
        launchServer = LaunchServer.start(
                        UserFolder.path(),
                        file -> {
                            toFront(stage);
                            opener.open(file);
                        },
                        Platform::runLater)
                .orElse(null);
        // No parameters when a test calls start() itself rather than through Application.launch.
        List<String> given =
                getParameters() == null ? List.of() : getParameters().getRaw();
        if (!given.isEmpty()) {
            opener.open(Path.of(given.get(0)));
        }
    }

    private static void toFront(Stage stage) {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.toFront();
        stage.requestFocus();
    }
}
