package downhill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.testing.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nobody catches: logged with its trace, the experiment autosaved, a banner shown, the app alive. */
class CrashReporterTest {

    /** One window for every test; each test gets a fresh log, reporter and autosave count, and no banners. */
    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThreadWithOwnPreferences().whenOpened(window -> {
        Button faulty = new Button("faulty");
        faulty.setId("faulty");
        faulty.setOnAction(e -> {
            throw new IllegalStateException("the faulty button broke");
        });
        ((VBox) window.scene().lookup("#banners")).getChildren().add(faulty);
    });

    private AppContext context;
    private Scene scene;
    private CrashLog log;
    private final AtomicInteger autosaves = new AtomicInteger();
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread.UncaughtExceptionHandler previousFx;

    @BeforeEach
    void installReporter(FxRobot robot) throws IOException {
        context = WINDOW.context();
        scene = WINDOW.scene();
        Path home = Files.createTempDirectory(WINDOW.folder(), "home");
        log = new CrashLog(home.resolve("logs").resolve("downhill.log"));
        robot.interact(() -> {
            context.setAutosaveBeforeCrashReport(autosaves::incrementAndGet);
            previousDefault = Thread.getDefaultUncaughtExceptionHandler();
            previousFx = Thread.currentThread().getUncaughtExceptionHandler();
            context.installCrashReporter(log);
        });
    }

    @AfterEach
    void restoreHandlers(FxRobot robot) {
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        robot.interact(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(previousFx);
            ((VBox) scene.lookup("#banners")).getChildren().removeAll(banners());
        });
    }

    private List<HBox> banners() {
        return ((VBox) scene.lookup("#banners"))
                .getChildren().stream()
                        .filter(n -> n.getStyleClass().contains("problem-banner"))
                        .map(HBox.class::cast)
                        .toList();
    }

    private static String text(HBox banner) {
        return ((Label) banner.getChildren().get(0)).getText();
    }

    @Test
    void anExceptionInAnEventHandlerIsLoggedSavedAndShown(FxRobot robot) throws IOException {
        robot.clickOn("#faulty");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, autosaves.get(), "autosaved before the banner");
        List<HBox> shown = banners();
        assertEquals(1, shown.size());
        assertEquals(
                "Something went wrong: the faulty button broke. Your experiment was saved; details in " + log.file(),
                text(shown.get(0)));
        String logged = Files.readString(log.file());
        assertTrue(logged.contains("java.lang.IllegalStateException: the faulty button broke"), logged);
        assertTrue(logged.contains("at downhill.app.CrashReporterTest"), "the stack trace is in the log");

        // The window still works: the keys still play, and the banner goes when dismissed.
        WINDOW.focus("#timeline");
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(context.landscape().playingProperty().get());
        robot.push(KeyCode.SPACE);
        Node close = shown.get(0).getChildren().get(2);
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(banners().isEmpty());
    }

    @Test
    void anExceptionOnAnotherThreadIsShownOnTheFxThread() throws Exception {
        Thread worker = new Thread(
                () -> {
                    throw new ArithmeticException("background sum failed");
                },
                "worker");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, banners().size());
        assertTrue(text(banners().get(0)).startsWith("Something went wrong: background sum failed."));
        assertTrue(Files.readString(log.file()).contains("uncaught in thread \"worker\""));
    }

    @Test
    void aFailingAutosaveIsSaidInTheBanner(FxRobot robot) {
        context.setAutosaveBeforeCrashReport(() -> {
            throw new IllegalStateException("disk full");
        });
        robot.clickOn("#faulty");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(banners().get(0)).contains("Your experiment could not be saved"));
    }

    @Test
    void withoutAnAutosaveTheBannerClaimsNoSave(FxRobot robot) {
        context.setAutosaveBeforeCrashReport(AppContext.NO_AUTOSAVE);
        robot.clickOn("#faulty");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Something went wrong: the faulty button broke. Details in " + log.file(),
                text(banners().get(0)));
    }

    @Test
    void runningOutOfMemorySaysWhatToDo() throws Exception {
        Thread worker = new Thread(
                () -> {
                    throw new OutOfMemoryError("Java heap space");
                },
                "worker");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();
        String said = text(banners().get(0));
        assertTrue(said.startsWith("Downhill ran out of memory (its heap is "), said);
        assertTrue(said.contains("java -Xmx4g -jar downhill.jar"), said);
    }

    @Test
    void aStormOfErrorsShowsAFewBannersNotHundreds() {
        for (int i = 0; i < 10; i++) {
            Platform.runLater(() -> ((Button) scene.lookup("#faulty")).fire());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, banners().size());
    }

    @Test
    void theLogIsBounded() throws IOException {
        Throwable big = new RuntimeException("x".repeat(300_000));
        for (int i = 0; i < 5; i++) {
            log.write(Thread.currentThread(), big);
        }
        assertTrue(Files.size(log.file()) <= CrashLog.LIMIT + 400_000, "the log was rotated");
        Path old = log.file().resolveSibling("downhill.log.1");
        assertTrue(Files.exists(old));
        assertFalse(Files.size(old) > 2 * CrashLog.LIMIT);
    }
}
