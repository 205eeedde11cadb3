package downhill.app.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.engine.scene.PathResult;
import downhill.experiment.Experiment;
import downhill.experiment.ExperimentCodec;
import downhill.experiment.ExperimentCodecTestData;
import downhill.experiment.Presets;
import downhill.testing.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** File → Open/Save, the Scenarios menu and the session in a real window, headless, on the FX thread. */
class ExperimentTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread().eachTest();

    private AppContext context;
    private ExperimentViewModel vm;
    private Stage stage;

    @TempDir
    Path folder;

    @BeforeEach
    void start(FxRobot robot) {
        robot.interact(() -> {
            stage = WINDOW.stage();
            context = WINDOW.context();
            vm = context.experiment();
        });
    }

    private <T> T onFx(FxRobot robot, Callable<T> action) {
        Object[] result = new Object[1];
        robot.interact(() -> {
            try {
                result[0] = action.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    @Test
    void aFreshWindowCapturesTheDefaults(FxRobot robot) {
        assertEquals(Experiment.defaults(), onFx(robot, vm::capture));
    }

    @Test
    void saveThenOpenGivesTheSameExperimentAndFile(FxRobot robot) throws Exception {
        Experiment changed = ExperimentCodecTestData.everythingChanged();
        robot.interact(() -> vm.apply(changed));
        Path file = folder.resolve("lesson.json");
        assertEquals(Optional.empty(), onFx(robot, () -> vm.saveAs(file)));
        String written = Files.readString(file);
        robot.interact(() -> vm.apply(Experiment.defaults()));
        assertEquals(Optional.empty(), onFx(robot, () -> vm.open(file)));
        assertEquals(changed, onFx(robot, vm::capture));
        assertEquals(Optional.empty(), onFx(robot, vm::save));
        assertEquals(written, Files.readString(file));
    }

    @Test
    void aBadFileLeavesEverythingAsItWasAndADialogSaysWhatAndWhere(FxRobot robot) throws Exception {
        robot.interact(() -> vm.openPreset(Presets.byName("momentum-rosenbrock")));
        Experiment before = onFx(robot, vm::capture);
        Path bad = folder.resolve("bad.json");
        String text = ExperimentCodec.write(Presets.byName("lr-too-large").experiment())
                .replace("\"name\": \"momentum\"", "\"name\": \"momentumm\"");
        Files.writeString(bad, text);
        robot.interact(() -> context.experimentController().open(bad));
        assertEquals(before, onFx(robot, vm::capture));
        DialogPane dialog = robot.lookup("#experiment-problem").queryAs(DialogPane.class);
        assertNotNull(dialog);
        String message = dialog.getContentText();
        assertTrue(
                message.matches("line \\d+, column \\d+: landscape\\.optimizers\\[1]\\.name: unknown optimizer "
                        + "'momentumm'.*"),
                message);
        assertTrue(message.contains("did you mean 'momentum'"), message);
        assertTrue(dialog.getHeaderText().contains("bad.json"), dialog.getHeaderText());
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }

    @Test
    void aScenarioAppliesSwitchesToItsTabAndShowsItsNote(FxRobot robot) {
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> "scenario-lecture-moons".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertEquals(Presets.byName("lecture-moons").title(), item.getText());
        robot.interact(item::fire);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals(1, tabs.getSelectionModel().getSelectedIndex());
        assertTrue(robot.lookup(".banner-text").queryAll().stream()
                .anyMatch(node -> ((Label) node)
                        .getText()
                        .equals(Presets.byName("lecture-moons").note())));

        robot.interact(() -> vm.openPreset(Presets.byName("lr-too-large")));
        robot.interact(() -> context.landscape().onFrame(0));
        assertEquals(0, tabs.getSelectionModel().getSelectedIndex());
        assertEquals(1, robot.lookup(".experiment-banner").queryAll().size(), "the new note replaces the old");
        PathResult sgd = context.landscape().raceProperty().get().path("sgd").orElseThrow();
        assertTrue(sgd.outcome().failed(), "η = 1.2 diverges in the app too: " + sgd.outcome());

        robot.interact(() -> vm.openPreset(Presets.byName("stochastic-logistic")));
        assertEquals("1", robot.lookup("#batchSizePicker").queryComboBox().getValue(), "the picker follows");
        assertEquals(1, context.landscape().batchSizeProperty().get());

        robot.clickOn(".banner-dismiss");
        assertTrue(robot.lookup(".experiment-banner").queryAll().isEmpty());
    }

    @Test
    void theSessionIsSavedAndRestoredAndABrokenOneIsMovedAside(FxRobot robot) throws Exception {
        Path session = ExperimentViewModel.sessionFile();
        robot.interact(() -> vm.openPreset(Presets.byName("schedules")));
        assertTrue(context.saveSessionNow());
        assertEquals(Presets.byName("schedules").experiment(), ExperimentCodec.read(session));
        robot.interact(() -> vm.apply(Experiment.defaults()));
        robot.interact(vm::restoreSession);
        assertEquals(Presets.byName("schedules").experiment(), onFx(robot, vm::capture));

        Files.writeString(session, "{\"schemaVersion\": 1, \"landscape\": {\"function\": ");
        robot.interact(() -> vm.apply(Experiment.defaults()));
        int bannersBefore = vm.banners().size();
        robot.interact(vm::restoreSession);
        assertEquals(Experiment.defaults(), onFx(robot, vm::capture));
        assertFalse(Files.exists(session));
        Path kept;
        try (var files = Files.list(session.getParent())) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("session.json.broken-"))
                    .findFirst()
                    .orElseThrow();
        }
        assertEquals(bannersBefore + 1, vm.banners().size());
        assertTrue(vm.banners().get(vm.banners().size() - 1).text().contains(kept.toString()));
        Files.deleteIfExists(kept);
    }

    @Test
    void autosaveWritesTheSessionFile(FxRobot robot) throws Exception {
        Path session = ExperimentViewModel.sessionFile();
        Files.deleteIfExists(session);
        robot.interact(() -> vm.openPreset(Presets.byName("saddle-escape")));
        robot.interact(vm::autosave);
        assertEquals(Presets.byName("saddle-escape").experiment(), ExperimentCodec.read(session));
        Files.delete(session);
        robot.interact(vm::autosave);
        assertFalse(Files.exists(session), "nothing changed, nothing written");
        robot.interact(() -> context.landscape().stepLimitProperty().set(77));
        robot.interact(vm::autosave);
        assertEquals(77, ExperimentCodec.read(session).landscape().stepLimit());
        assertNotEquals(List.of(), vm.presets());
        Files.deleteIfExists(session);
    }
}
