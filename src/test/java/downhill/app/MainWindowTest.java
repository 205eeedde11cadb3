package downhill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Stage stage;
    private DownhillApplication app;
    private Thread.UncaughtExceptionHandler defaultHandler;
    private Thread.UncaughtExceptionHandler fxHandler;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        defaultHandler = Thread.getDefaultUncaughtExceptionHandler();
        fxHandler = Thread.currentThread().getUncaughtExceptionHandler();
        app = new DownhillApplication();
        app.start(stage);
    }

    /**
     * The app installs its crash reporter; the tests that follow should see their exceptions as before. It also
     * autosaves every minute until it stops: left running, it wrote into the session file of a later test's fork.
     */
    @AfterEach
    void restoreHandlersAndStop(FxRobot robot) {
        Thread.setDefaultUncaughtExceptionHandler(defaultHandler);
        robot.interact(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(fxHandler);
            app.stop();
        });
    }

    @Test
    void theAppReportsUncaughtExceptions(FxRobot robot) {
        robot.interact(() -> assertTrue(Thread.currentThread().getUncaughtExceptionHandler() instanceof CrashReporter));
        assertTrue(Thread.getDefaultUncaughtExceptionHandler() instanceof CrashReporter);
    }

    @Test
    void theWindowOpensTitledDownhill() {
        assertEquals("Downhill", stage.getTitle());
        assertTrue(stage.isShowing());
        assertTrue(stage.getScene().getRoot().getChildrenUnmodifiable().size() > 0);
        assertEquals(
                AppIcon.SIZES,
                stage.getIcons().stream().map(icon -> (int) icon.getWidth()).toList());
    }
}
