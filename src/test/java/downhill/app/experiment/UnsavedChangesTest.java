package downhill.app.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.landscape.LandscapeViewModel;
import downhill.experiment.Experiment;
import downhill.experiment.ExperimentCodec;
import downhill.experiment.Presets;
import downhill.testing.MainWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Unsaved changes: the title's mark, Quit and closing ask first, Save confirms, scenarios ask and keep their tab. */
class UnsavedChangesTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread().eachTest();

    private AppContext context;
    private ExperimentViewModel vm;
    private LandscapeViewModel landscape;
    private Stage stage;
    private final List<String> asked = new ArrayList<>();
    private UnsavedChangesDialog.Choice answer = UnsavedChangesDialog.Choice.CANCEL;
    private final AtomicInteger quits = new AtomicInteger();

    @TempDir
    Path folder;

    @BeforeEach
    void start(FxRobot robot) {
        robot.interact(() -> {
            stage = WINDOW.stage();
            context = WINDOW.context();
            vm = context.experiment();
            landscape = context.landscape();
            context.experimentController().setUnsavedChangesDialog((owner, name) -> {
                asked.add(String.valueOf(name));
                return answer;
            });
            context.experimentController().setQuit(quits::incrementAndGet);
        });
    }

    private MenuItem fileItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        return file.getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theTitleNamesTheFileAndMarksUnsavedChangesUntilSaved(FxRobot robot) {
        assertEquals("Downhill", stage.getTitle());
        robot.interact(() -> landscape.stepLimitProperty().set(300));
        assertEquals("Downhill •", stage.getTitle());
        Path file = folder.resolve("lesson.json");
        robot.interact(() -> vm.saveAs(file));
        assertEquals("Downhill — lesson.json", stage.getTitle());
        Label saved = robot.lookup("#save-status").queryAs(Label.class);
        assertTrue(saved.isVisible());
        assertEquals("Saved lesson.json", saved.getText(), "Save confirms");
        robot.interact(
                () -> landscape.optimizers().get("adam").learningRateProperty().set(0.02));
        assertEquals("Downhill — lesson.json •", stage.getTitle());
        robot.interact(
                () -> landscape.optimizers().get("adam").learningRateProperty().set(0.05));
        assertEquals("Downhill — lesson.json", stage.getTitle(), "back as saved: nothing unsaved");
        robot.interact(() -> vm.activeTabProperty().set(Experiment.Tab.NETWORK));
        assertEquals("Downhill — lesson.json", stage.getTitle(), "looking at the other tab changes nothing");
    }

    @Test
    void quitAsksOnlyWhenSomethingIsUnsavedAndCancelKeepsTheWindow(FxRobot robot) {
        MenuItem quit = fileItem(robot, "experiment-menu-quit");
        assertEquals(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), quit.getAccelerator());
        robot.interact(quit::fire);
        assertEquals(List.of(), asked, "nothing unsaved: no question");
        assertEquals(1, quits.get());
        robot.interact(() -> landscape.expressionProperty().set("x^2 + 3*y^2"));
        robot.interact(quit::fire);
        assertEquals(List.of("null"), asked, "a typed function is asked about");
        assertEquals(1, quits.get(), "Cancel keeps the window");
        answer = UnsavedChangesDialog.Choice.DISCARD;
        robot.interact(quit::fire);
        assertEquals(2, quits.get());
    }

    @Test
    void closingTheWindowAsksTheSameAndSaveWritesTheFile(FxRobot robot) {
        Path file = folder.resolve("lesson.json");
        robot.interact(() -> vm.saveAs(file));
        robot.interact(() -> landscape.stepLimitProperty().set(321));
        WindowEvent close = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        robot.interact(() -> stage.getOnCloseRequest().handle(close));
        assertTrue(close.isConsumed(), "Cancel: the window stays");
        assertEquals(List.of("lesson.json"), asked);
        answer = UnsavedChangesDialog.Choice.SAVE;
        WindowEvent again = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        robot.interact(() -> stage.getOnCloseRequest().handle(again));
        assertFalse(again.isConsumed(), "saved, then closed");
        assertEquals(321, ExperimentCodec.read(file).landscape().stepLimit());
    }

    @Test
    void aScenarioAsksBeforeReplacingATypedFunction(FxRobot robot) {
        robot.interact(() -> {
            landscape.expressionProperty().set("x^2 + 3*y^2");
            landscape.applyExpression();
        });
        String typed = landscape.objective().formula();
        MenuItem scenario = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(1).getItems().stream()
                .filter(i -> "scenario-momentum-rosenbrock".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        robot.interact(scenario::fire);
        assertEquals(1, asked.size());
        assertEquals(typed, landscape.objective().formula(), "Cancel keeps the typed function");
        answer = UnsavedChangesDialog.Choice.DISCARD;
        robot.interact(scenario::fire);
        assertEquals("rosenbrock", landscape.objective().name());
    }

    @Test
    void aScenarioNoteShowsOnlyOnItsTabAndScenarioTitlesKeepTheirUnderscores(FxRobot robot) {
        robot.interact(() -> vm.openPreset(Presets.byName("momentum-rosenbrock")));
        assertEquals(1, vm.shownBanners().size());
        assertEquals(1, robot.lookup(".experiment-banner").queryAll().size());
        robot.interact(() -> vm.activeTabProperty().set(Experiment.Tab.NETWORK));
        assertEquals(0, vm.shownBanners().size(), "a landscape note does not show on the network tab");
        assertEquals(0, robot.lookup(".experiment-banner").queryAll().size());
        robot.interact(() -> vm.activeTabProperty().set(Experiment.Tab.LANDSCAPE));
        assertEquals(1, robot.lookup(".experiment-banner").queryAll().size(), "and comes back on its tab");
        MenuItem lecture = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(1).getItems().stream()
                .filter(i -> "scenario-lecture-moons".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertFalse(lecture.isMnemonicParsing());
        assertTrue(lecture.getText().contains("make_moons"), lecture.getText());
    }
}
