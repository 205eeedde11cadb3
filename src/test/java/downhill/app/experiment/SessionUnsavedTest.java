package downhill.app.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.experiment.Presets;
import downhill.testing.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A session that cannot be saved (the user folder is a file) says so in the window, once, with the reason; a save
 * that works again takes the banner away. Before, only a stack trace on the terminal told anyone.
 */
class SessionUnsavedTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread().eachTest();

    private final String home = System.getProperty("downhill.home");
    private AppContext context;
    private ExperimentViewModel vm;

    @TempDir
    Path folder;

    @BeforeEach
    void start(FxRobot robot) {
        robot.interact(() -> {
            context = WINDOW.context();
            vm = context.experiment();
        });
    }

    @AfterEach
    void restoreHome() {
        if (home == null) {
            System.clearProperty("downhill.home");
        } else {
            System.setProperty("downhill.home", home);
        }
    }

    private List<String> bannerTexts(FxRobot robot) {
        return robot.lookup(".experiment-banner .banner-text").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
    }

    @Test
    void aUserFolderThatIsAFileGivesABannerWithTheReason(FxRobot robot) throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("downhill"), "a file where the folder should be");
        System.setProperty("downhill.home", notAFolder.toString());

        robot.interact(() -> vm.openPreset(Presets.byName("saddle-escape")));
        robot.interact(vm::autosave);
        List<String> shown = bannerTexts(robot).stream()
                .filter(t -> t.contains("cannot save the session"))
                .toList();
        assertEquals(1, shown.size(), bannerTexts(robot).toString());
        assertTrue(shown.get(0).contains(notAFolder + " is a file, not a folder"), shown.get(0));

        robot.interact(() -> context.landscape().stepLimitProperty().set(77));
        robot.interact(vm::autosave);
        assertFalse(context.saveSessionNow(), "saving on exit fails too");
        assertEquals(
                1,
                bannerTexts(robot).stream()
                        .filter(t -> t.contains("cannot save the session"))
                        .count(),
                "one banner, not one a minute");

        Path writable = Files.createDirectory(folder.resolve("home"));
        System.setProperty("downhill.home", writable.toString());
        robot.interact(() -> context.landscape().stepLimitProperty().set(78));
        robot.interact(vm::autosave);
        assertTrue(Files.exists(writable.resolve("session.json")));
        assertTrue(
                bannerTexts(robot).stream().noneMatch(t -> t.contains("cannot save the session")),
                "saved again: the banner goes");
    }
}
