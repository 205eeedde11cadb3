package downhill.testing;

import downhill.app.AppContext;
import downhill.app.DownhillApplication;
import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.landscape.LandscapeViewModel;
import downhill.app.presentation.PreferencesStore;
import downhill.experiment.Experiment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's main window on TestFX's stage, opened once for a whole test class: opening it (FXML, the CSS pass over
 * every control, the first landscape) costs seconds on a busy machine, far more than most tests that use it. The
 * class resets in its own {@code @BeforeEach}/{@code @AfterEach} what its tests change; the fixture only releases
 * keys and mouse buttons after each test. Background work runs on the calling thread, so results are there when a
 * request returns. Use as
 * {@code @RegisterExtension static final MainWindow WINDOW = MainWindow.sameThread();} and take an {@link FxRobot}
 * as a test parameter (in place of TestFX's {@code ApplicationExtension}). {@link #eachTest()} opens a fresh window
 * for every test instead, for a class whose tests need one (e.g. a window that has never been resized).
 */
public final class MainWindow
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final FxRobot robot = new FxRobot();
    private final Function<Path, AppContext> contexts;
    private double width = 1440;
    private double height = 900;
    private Consumer<MainWindow> whenOpened = window -> {};
    private boolean eachTest;
    private Path folder;
    private Path home;
    private AppContext context;
    private Experiment opened;
    private Stage stage;

    private MainWindow(Function<Path, AppContext> contexts) {
        this.contexts = contexts;
    }

    /** A context on same-thread executors with the default preferences. */
    public static MainWindow sameThread() {
        return new MainWindow(folder -> new AppContext(BackgroundExecutors.sameThread()));
    }

    /** A context on same-thread executors whose preferences live in a folder of the fixture's own. */
    public static MainWindow sameThreadWithOwnPreferences() {
        return new MainWindow(folder -> new AppContext(
                BackgroundExecutors.sameThread(),
                BackgroundExecutors.sameThread(),
                new PreferencesStore(folder.resolve(PreferencesStore.FILE_NAME))));
    }

    /** The window's size when it opens (1440×900 unless told). */
    public MainWindow size(double width, double height) {
        this.width = width;
        this.height = height;
        return this;
    }

    /** Runs {@code action} on the FX thread once the window shows (e.g. hooks a test replaces). */
    public MainWindow whenOpened(Consumer<MainWindow> action) {
        this.whenOpened = action;
        return this;
    }

    /** A fresh window (and preferences folder) for every test, closed after it, as TestFX's own fixture does. */
    public MainWindow eachTest() {
        this.eachTest = true;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext extension) throws Exception {
        folder = Files.createTempDirectory("downhill-window");
        if (!eachTest) {
            open(folder);
        }
    }

    @Override
    public void beforeEach(ExtensionContext extension) throws Exception {
        if (eachTest) {
            open(Files.createTempDirectory(folder, "test"));
        }
    }

    private void open(Path preferences) throws Exception {
        home = preferences;
        stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            context = contexts.apply(preferences);
            DownhillApplication.show(stage, context, width, height);
            this.opened = context.experiment().capture();
            whenOpened.accept(this);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void afterEach(ExtensionContext extension) throws Exception {
        FxToolkit.cleanupInput(robot);
        if (eachTest) {
            FxToolkit.cleanupStages();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void afterAll(ExtensionContext extension) throws Exception {
        // As TestFX leaves it after a test: no window open for the next class.
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(MainWindow::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The landscape tab as the window opened, on the FX thread: the experiment captured then applied again, the race
     * paused at step 0, the view fitted, the inspector, its arrows and the 3-D view as they were, every optimizer's
     * editor shut.
     */
    public void resetLandscape() {
        LandscapeViewModel landscape = context.landscape();
        landscape.playingProperty().set(false);
        landscape.inspector().openProperty().set(false);
        landscape.inspector().arrowsProperty().set(true);
        landscape.surface().shownProperty().set(false);
        landscape.surface().resetCamera();
        context.experiment().apply(opened);
        landscape.currentStepProperty().set(0);
        landscape.fit();
        TabPane tabs = (TabPane) scene().lookup("#tabs");
        tabs.getSelectionModel().select(0);
        tabs.getTabs()
                .get(0)
                .getContent()
                .lookupAll(".expand-button")
                .forEach(button -> ((ToggleButton) button).setSelected(false));
    }

    /**
     * Puts the keyboard focus on the node {@code selector} ("#timeline") as a click there would, without aiming the
     * mouse at where it was drawn last: just after a reload or a new banner, under load, a click can land on the old
     * layout.
     */
    public void focus(String selector) {
        robot.interact(() -> scene().lookup(selector).requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Picks {@code language} ("en", "de") in the View menu as a user does (the window reloads in place) and waits
     * for the reload.
     */
    public void chooseLanguage(String language) {
        robot.interact(() -> {
            MenuBar bar = (MenuBar) scene().lookup("#menuBar");
            Menu languages = (Menu) bar.getMenus().stream()
                    .flatMap(m -> m.getItems().stream())
                    .filter(i -> "menu-language".equals(i.getId()))
                    .findFirst()
                    .orElseThrow();
            languages.getItems().stream()
                    .filter(i -> ("menu-language-" + language).equals(i.getId()))
                    .findFirst()
                    .orElseThrow()
                    .fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return robot;
    }

    public AppContext context() {
        return context;
    }

    public Stage stage() {
        return stage;
    }

    /** The window's scene (a language switch reloads its content, not the scene). */
    public Scene scene() {
        return stage.getScene();
    }

    public FxRobot robot() {
        return robot;
    }

    /** The open window's folder (its preferences' one), of the fixture's own; deleted after the class. */
    public Path folder() {
        return home;
    }
}
