package downhill.app.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.control.ChartStyle;
import downhill.app.i18n.Messages;
import downhill.app.landscape.LandscapeViewModel;
import downhill.engine.function.Functions;
import downhill.engine.optimizer.Hyperparameter;
import downhill.experiment.LandscapeSettings.Layout;
import downhill.testing.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The View and Help menus in a real window: themes, scale, hidden controls, shortcuts and a language switch. */
class PresentationTest {

    private static final Pattern MISSING_KEY = Pattern.compile("![a-zA-Z][\\w.-]*!");

    /** One window for the class, its preferences in a folder of its own; each test starts from the defaults. */
    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThreadWithOwnPreferences();

    private PreferencesStore store;
    private AppContext context;
    private Stage stage;
    private Scene scene;

    @BeforeEach
    void start() {
        stage = WINDOW.stage();
        store = new PreferencesStore(WINDOW.folder().resolve(PreferencesStore.FILE_NAME));
        context = WINDOW.context();
        scene = WINDOW.scene();
    }

    @AfterEach
    void backToTheDefaults(FxRobot robot) {
        robot.interact(() -> {
            stage.setFullScreen(false);
            PresentationViewModel presentation = context.presentation();
            presentation.controlsHiddenProperty().set(false);
            presentation.themeProperty().set(Theme.LIGHT);
            presentation.scalePercentProperty().set(100);
            if (!Locale.ENGLISH.equals(presentation.languageProperty().get())) {
                menuItem(scene, "menu-language-en").fire();
            }
            Messages.use(Locale.ENGLISH);
            Appearance.apply(scene.getStylesheets(), Theme.LIGHT, 100);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(FxRobot robot, String menuItemId) {
        robot.interact(() -> menuItem(scene, menuItemId).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDarkThemeRepaintsTheCanvasesAndIsRemembered(FxRobot robot) throws IOException {
        assertEquals(ChartStyle.LIGHT, ChartStyle.current());
        Color before = pixel(robot, "#loss-chart");
        choose(robot, "menu-theme-dark");
        assertEquals(Theme.DARK, context.presentation().themeProperty().get());
        assertEquals(ChartStyle.DARK, ChartStyle.current());
        Color after = pixel(robot, "#loss-chart");
        assertTrue(before.getBrightness() > 0.9, "light background " + before);
        assertTrue(after.getBrightness() < 0.2, "dark background " + after);
        assertTrue(Files.readString(store.file()).contains("theme=dark"));
        assertEquals(
                Theme.DARK, new PresentationViewModel(store).themeProperty().get());

        choose(robot, "menu-theme-high-contrast");
        assertEquals(ChartStyle.HIGH_CONTRAST, ChartStyle.current());
        assertTrue(scene.getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
        assertEquals(Color.BLACK, pixel(robot, "#loss-chart"));
    }

    @Test
    void theUiScaleGrowsTheTextOfControlsAndCanvases(FxRobot robot) {
        Labeled play = robot.lookup("#playButton").queryLabeled();
        double normal = play.getFont().getSize();
        choose(robot, "menu-scale-150");
        robot.interact(() -> scene.getRoot().applyCss());
        assertEquals(normal * 1.5, play.getFont().getSize(), 0.01);
        assertEquals(1.5, ChartStyle.current().scale());
        assertEquals(
                Font.font("System", 19.5).getSize(),
                ChartStyle.current().font(13).getSize(),
                1e-9);
        assertEquals(
                150, new PresentationViewModel(store).scalePercentProperty().get());
        robot.interact(() -> context.presentation().scalePercentProperty().set(130));
        assertEquals(150, context.presentation().scalePercentProperty().get(), "130 % is not offered");
    }

    @Test
    void hidingTheControlsLeavesTheLandscapeTheTimelineAndThePlayButton(FxRobot robot) {
        BorderPane landscape = (BorderPane) robot.lookup(".landscape-view").query();
        // The network tab's view is loaded when first shown or asked for, not at start.
        robot.interact(context::networkController);
        BorderPane network = (BorderPane)
                ((TabPane) robot.lookup("#tabs").query()).getTabs().get(1).getContent();
        Node networkSidebar = network.getLeft();
        WINDOW.focus("#timeline");
        robot.push(KeyCode.CONTROL, KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(context.presentation().controlsHiddenProperty().get());
        assertNull(landscape.getLeft(), "the sidebar is gone");
        assertNull(landscape.getRight(), "the inspector is gone");
        for (String id : List.of("#lossHost", "#speedSlider", "#rewindButton", "#inspectToggle")) {
            assertFalse(shown(landscape.lookup(id)), id);
        }
        for (String id : List.of("#landscapeHost", "#timeline", "#playButton")) {
            assertTrue(shown(landscape.lookup(id)), id);
        }
        assertFalse(networkSidebar.isVisible());
        assertTrue(landscape.lookup("#functionPicker") == null || !shown(landscape.lookup("#functionPicker")));

        robot.push(KeyCode.CONTROL, KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(landscape.getLeft());
        assertTrue(shown(landscape.lookup("#lossHost")));
        assertTrue(shown(landscape.lookup("#functionPicker")));
        assertTrue(networkSidebar.isVisible());
    }

    @Test
    void f11TogglesFullScreen(FxRobot robot) {
        WINDOW.focus("#timeline");
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(context.presentation().fullScreenProperty().get());
        assertTrue(stage.isFullScreen());
        robot.interact(() -> stage.setFullScreen(false));
        assertFalse(context.presentation().fullScreenProperty().get(), "leaving full screen (Esc) unticks the menu");
    }

    @Test
    void everyAcceleratorOfTheMenusIsInTheShortcutList(FxRobot robot) {
        List<KeyCombination> accelerators = new ArrayList<>();
        for (Menu menu : ((MenuBar) robot.lookup("#menuBar").query()).getMenus()) {
            collectAccelerators(menu, accelerators);
        }
        assertTrue(accelerators.size() >= 3, accelerators.toString());
        for (KeyCombination keys : accelerators) {
            assertTrue(Shortcuts.listed(keys), keys.getDisplayText() + " is missing from the shortcut help");
        }
    }

    @Test
    void questionMarkShowsEveryShortcut(FxRobot robot) {
        WINDOW.focus("#timeline");
        robot.write('?');
        WaitForAsyncUtils.waitForFxEvents();
        GridPane list = robot.lookup("#shortcut-list").queryAs(GridPane.class);
        List<String> shown =
                list.getChildren().stream().map(n -> ((Labeled) n).getText()).toList();
        for (Shortcut s : Shortcuts.ALL) {
            assertTrue(shown.contains(s.keysText()), s.keysText() + " in " + shown);
            assertTrue(shown.contains(s.action()), s.action());
        }
        assertTrue(shown.containsAll(List.of("Ctrl+H", "F11", "Space", "Esc", "?")), shown.toString());
        robot.interact(() -> list.getScene().getWindow().hide());
    }

    @Test
    void switchingToGermanReloadsTheWindowAndKeepsEverySetting(FxRobot robot) {
        LandscapeViewModel vm = context.landscape();
        robot.interact(() -> {
            vm.choose(Functions.resolve("himmelblau"));
            vm.optimizers().select(Map.of("adam", 0.02, "sgd", 0.001));
            vm.optimizers()
                    .byName("adam")
                    .orElseThrow()
                    .value(Hyperparameter.BETA1)
                    .set(0.8);
            vm.stepLimitProperty().set(300);
            vm.currentStepProperty().set(42);
            vm.layoutProperty().set(Layout.GRID);
            context.network().trainingSettings().epochsProperty().set(123);
            context.presentation().scalePercentProperty().set(125);
            ((TabPane) scene.lookup("#tabs")).getSelectionModel().select(1);
        });
        String before = settings();
        assertNoMissingKeys(scene);

        choose(robot, "menu-language-de");
        assertEquals(Locale.GERMAN, context.presentation().languageProperty().get());
        assertEquals(before, settings(), "the reload changed a setting");
        assertEquals(1, ((TabPane) scene.lookup("#tabs")).getSelectionModel().getSelectedIndex());
        assertEquals(
                Locale.GERMAN,
                new PresentationViewModel(store).languageProperty().get());
        assertNoMissingKeys(scene);
        // The network tab, in view when the language changed, is German too.
        assertEquals("▶ Trainieren", robot.lookup("#trainButton").queryLabeled().getText());
        assertEquals(
                Messages.text("network.status.start"),
                robot.lookup("#statusLabel").queryLabeled().getText(),
                "the idle status said again in German");
        TableView<?> results = robot.lookup("#resultsTable").queryAs(TableView.class);
        assertEquals("Optimierer", results.getColumns().get(0).getText());
        // A long header breaks onto two lines (TableFit): the words are the same.
        assertEquals(
                "Test-Gen. ≥ 95 % bei", results.getColumns().get(6).getText().replace('\n', ' '));
        assertTrue(texts(scene).contains("Verschwindende Gradienten"));
        assertTrue(texts(scene).contains("Aktivierung"));
        robot.interact(
                () -> ((TabPane) scene.lookup("#tabs")).getSelectionModel().select(0));
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        assertTrue(shot[0].getWidth() > 0);
        assertEquals(
                "Landschaft", ((TabPane) scene.lookup("#tabs")).getTabs().get(0).getText());
        // An icon: its name is what a screen reader says and what the tooltip shows.
        assertEquals("Abspielen", robot.lookup("#playButton").query().getAccessibleText());
        assertEquals(
                "Abspielen oder anhalten (Leertaste)",
                ((Labeled) robot.lookup("#playButton").query()).getTooltip().getText());
        assertEquals(
                "Schritt 42 / 300", robot.lookup("#stepLabel").queryLabeled().getText());
        assertEquals(
                "Ansicht",
                ((MenuBar) robot.lookup("#menuBar").query()).getMenus().get(2).getText());
        assertTrue(texts(scene).contains("Funktion"));
        assertTrue(texts(scene).contains("Nebeneinander"));
        assertEquals("Strg+H", Shortcuts.HIDE_CONTROLS.keysText());
        assertEquals("Leertaste", Shortcuts.PLAY.keysText());

        // The reloaded window works: the keys reach the new controllers.
        WINDOW.focus("#timeline");
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.playingProperty().get());
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.playingProperty().get());

        String german = settings();
        choose(robot, "menu-language-en");
        assertEquals("Play", robot.lookup("#playButton").query().getAccessibleText());
        assertEquals("▶ Train", robot.lookup("#trainButton").queryLabeled().getText());
        assertEquals(german, settings());
    }

    /** Everything a user set, as text: equal before and after a reload. */
    private String settings() {
        LandscapeViewModel vm = context.landscape();
        StringBuilder out = new StringBuilder();
        out.append(vm.objective().name())
                .append(' ')
                .append(vm.stepLimitProperty().get())
                .append(' ')
                .append(vm.currentStepProperty().get())
                .append(' ')
                .append(vm.layoutProperty().get().name())
                .append(' ')
                .append(vm.colormapProperty().get())
                .append(' ')
                .append(vm.speedProperty().get());
        vm.optimizers()
                .all()
                .forEach(o -> out.append('\n')
                        .append(o.name())
                        .append(o.enabledProperty().get())
                        .append(' ')
                        .append(o.summaryProperty().get()));
        out.append('\n')
                .append(context.network().trainingSettings().epochsProperty().get())
                .append(' ')
                .append(context.presentation().preferences().withLanguage(Locale.ENGLISH));
        return out.toString();
    }

    /** Whether {@code node} is on screen: in the window, and it and every parent visible. */
    private static boolean shown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void assertNoMissingKeys(Scene scene) {
        for (String text : texts(scene)) {
            assertFalse(MISSING_KEY.matcher(text).find(), "a missing message key: " + text);
        }
    }

    /** Every text of the window: labels, buttons, tabs, menus, tooltips, prompts. */
    private static List<String> texts(Scene scene) {
        List<String> out = new ArrayList<>();
        collectTexts(scene.getRoot(), out);
        for (Menu menu : ((MenuBar) scene.lookup("#menuBar")).getMenus()) {
            collectMenuTexts(menu, out);
        }
        return out;
    }

    private static void collectTexts(Node node, List<String> out) {
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (node instanceof Control c
                && c.getTooltip() != null
                && c.getTooltip().getText() != null) {
            out.add(c.getTooltip().getText());
        }
        if (node instanceof TextInputControl t && t.getPromptText() != null) {
            out.add(t.getPromptText());
        }
        if (node instanceof ComboBoxBase<?> c && c.getPromptText() != null) {
            out.add(c.getPromptText());
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getText() != null) {
                    out.add(tab.getText());
                }
                if (tab.getContent() != null) {
                    collectTexts(tab.getContent(), out);
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectTexts(child, out);
            }
        }
    }

    private static void collectMenuTexts(MenuItem item, List<String> out) {
        if (item.getText() != null) {
            out.add(item.getText());
        }
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> collectMenuTexts(i, out));
        }
    }

    private static void collectAccelerators(MenuItem item, List<KeyCombination> out) {
        if (item.getAccelerator() != null) {
            out.add(item.getAccelerator());
        }
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> collectAccelerators(i, out));
        }
    }

    static MenuItem menuItem(Scene scene, String id) {
        List<MenuItem> all = new ArrayList<>();
        for (Menu menu : ((MenuBar) scene.lookup("#menuBar")).getMenus()) {
            flatten(menu, all);
        }
        return all.stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static void flatten(MenuItem item, List<MenuItem> out) {
        out.add(item);
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> flatten(i, out));
        }
    }

    /** The colour of a canvas region's top left corner, where only its background is painted. */
    private Color pixel(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        Color[] color = new Color[1];
        robot.interact(
                () -> color[0] = node.snapshot(null, null).getPixelReader().getColor(2, 2));
        return color[0];
    }
}
