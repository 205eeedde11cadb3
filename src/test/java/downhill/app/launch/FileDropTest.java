package downhill.app.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.experiment.UnsavedChangesDialog;
import downhill.experiment.Experiment;
import downhill.experiment.ExperimentCodec;
import downhill.experiment.Presets;
import downhill.testing.MainWindow;
import downhill.testing.Poll;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files dragged onto the real main window, headless: a drag board carrying files is dragged over and dropped on the
 * scene as the system's drag and drop would, and the file reaches the {@link FileOpener} the window installs.
 */
class FileDropTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread().eachTest();

    @TempDir
    Path folder;

    private AppContext context;
    private final List<String> asked = new ArrayList<>();

    @BeforeEach
    void answerUnsavedChangesWithDiscard(FxRobot robot) {
        context = WINDOW.context();
        robot.interact(() -> context.experimentController().setUnsavedChangesDialog((owner, name) -> {
            asked.add(String.valueOf(name));
            return UnsavedChangesDialog.Choice.DISCARD;
        }));
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> new ArrayList<>(Window.getWindows())
                .stream().filter(w -> w != WINDOW.stage() && w instanceof Stage).forEach(w -> ((Stage) w).close()));
    }

    /** Drags {@code files} over the window's scene and, if the window accepts them, drops them there. */
    private boolean drop(FxRobot robot, File... files) {
        AtomicReference<Boolean> accepted = new AtomicReference<>();
        robot.interact(() -> {
            Dragboard board = DraggedFiles.of(files);
            double x = WINDOW.scene().getWidth() / 2;
            double y = WINDOW.scene().getHeight() / 2;
            DragEvent over = new DragEvent(DragEvent.DRAG_OVER, board, x, y, x, y, TransferMode.COPY, null, null, null);
            Event.fireEvent(WINDOW.scene(), over);
            accepted.set(over.isAccepted());
            if (over.isAccepted()) {
                DragEvent dropped =
                        new DragEvent(DragEvent.DRAG_DROPPED, board, x, y, x, y, TransferMode.COPY, null, null, null);
                Event.fireEvent(WINDOW.scene(), dropped);
                assertTrue(dropped.isDropCompleted());
            }
        });
        // The file is opened once the drop has ended, on the FX thread.
        WaitForAsyncUtils.waitForFxEvents();
        return accepted.get();
    }

    private int selectedTab(FxRobot robot) {
        return robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex();
    }

    @Test
    void aDroppedExperimentOpensAsFileOpenWouldAskingAboutUnsavedChangesFirst(FxRobot robot) throws Exception {
        robot.interact(() -> context.landscape().stepLimitProperty().set(321));
        assertTrue(context.experiment().unsavedProperty().get());
        Experiment lesson = Presets.byName("momentum-rosenbrock").experiment();
        Path file = folder.resolve("lesson.json");
        Files.writeString(file, ExperimentCodec.write(lesson));

        assertTrue(drop(robot, file.toFile()));
        assertEquals(1, asked.size(), "unsaved changes were asked about");
        assertEquals(file, context.experiment().fileProperty().get());
        assertEquals(lesson, context.experiment().capture());
        assertTrue(
                WINDOW.stage().getTitle().contains("lesson.json"),
                WINDOW.stage().getTitle());
    }

    @Test
    void aDroppedCsvBecomesTheNetworkTabsDataAndThatTabShows(FxRobot robot) throws Exception {
        Path data = folder.resolve("points.csv");
        Files.writeString(data, "x1,x2,label\n" + "0,0,0\n1,1,1\n".repeat(10));
        assertEquals(0, selectedTab(robot));

        assertTrue(drop(robot, data.toFile()));
        assertEquals(1, selectedTab(robot), "the network tab comes to the front");
        waitUntil(
                robot, () -> data.equals(context.network().data().csvProperty().get()));
        assertEquals("", context.network().data().dataErrorProperty().get());
        assertTrue(asked.isEmpty(), "data replaces no experiment: nothing to ask");
    }

    @Test
    void aDroppedFileOfAnotherKindIsRefusedInFileOpensDialogAndNothingChanges(FxRobot robot) throws Exception {
        Experiment before = context.experiment().capture();
        Path notes = folder.resolve("notes.txt");
        Files.writeString(notes, "gradient descent");

        assertTrue(drop(robot, notes.toFile()));
        DialogPane dialog = robot.lookup("#experiment-problem").queryAs(DialogPane.class);
        assertNotNull(dialog);
        assertEquals("notes.txt could not be opened; nothing was changed.", dialog.getHeaderText());
        assertEquals(
                "Downhill opens experiments (.json, .downhill) and data tables (.csv); notes.txt is neither.",
                dialog.getContentText());
        assertEquals(before, context.experiment().capture());
        assertTrue(asked.isEmpty());
    }

    @Test
    void aDroppedBadExperimentGetsFileOpensMessageAndLeavesEverythingAsItWas(FxRobot robot) throws Exception {
        robot.interact(() -> context.experiment().openPreset(Presets.byName("lr-too-large")));
        Experiment before = context.experiment().capture();
        Path bad = folder.resolve("bad.downhill");
        Files.writeString(
                bad,
                ExperimentCodec.write(Presets.byName("momentum-rosenbrock").experiment())
                        .replace("\"name\": \"momentum\"", "\"name\": \"momentumm\""));

        assertTrue(drop(robot, bad.toFile()));
        DialogPane dialog = robot.lookup("#experiment-problem").queryAs(DialogPane.class);
        assertEquals("bad.downhill could not be opened; nothing was changed.", dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("unknown optimizer 'momentumm'"), dialog.getContentText());
        assertEquals(before, context.experiment().capture());
    }

    @Test
    void twoFilesAtOnceAreNotTaken(FxRobot robot) throws Exception {
        Path a = folder.resolve("a.json");
        Path b = folder.resolve("b.json");
        Files.writeString(a, ExperimentCodec.write(Presets.byName("schedules").experiment()));
        Files.writeString(b, ExperimentCodec.write(Presets.byName("schedules").experiment()));
        Experiment before = context.experiment().capture();

        assertFalse(drop(robot, a.toFile(), b.toFile()));
        assertEquals(before, context.experiment().capture());
        assertEquals(null, context.experiment().fileProperty().get());
    }

    /** Frames of the window (the view-model takes the newest results) until the condition holds. */
    private void waitUntil(FxRobot robot, BooleanSupplier condition) {
        Poll.until(
                condition,
                () -> {
                    Platform.runLater(() -> context.network().onFrame(1));
                    WaitForAsyncUtils.waitForFxEvents();
                },
                "the dropped CSV file loads");
    }
}
