package downhill.app;

import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.experiment.ExperimentViewModel;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop application: the main window, titled "Downhill". */
public final class DownhillApplication extends Application {

    public static final String TITLE = ExperimentViewModel.APP_NAME;

    private AppContext context;

    public static void open(String[] args) {
        Application.launch(DownhillApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        // Projectors are often 1280×720 or 1024×768: open no larger than the screen, and fill a small one.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1440, screen.getWidth());
        double height = Math.min(900, screen.getHeight());
        context = new AppContext(BackgroundExecutors.daemonPool("engine", 2),
                BackgroundExecutors.daemonThreads("training"));
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
        if (screen.getWidth() <= 1440 || screen.getHeight() <= 900) {
            stage.setMaximized(true);
        }
    }

    @Override
    public void stop() {
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
        // A stage that was sized before (a reloaded or reused one) keeps that size unless told to fit the scene.
        stage.sizeToScene();
        stage.show();
        return scene;
    }
}
