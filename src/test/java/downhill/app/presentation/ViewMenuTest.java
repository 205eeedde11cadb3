package downhill.app.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The View menu without a window (the toolkit started, nothing shown): its items, bound to the presentation, and what choosing one does. */
class ViewMenuTest {

    @TempDir
    Path folder;

    private final Menu view = new Menu("View");
    private final AtomicInteger drawerToggles = new AtomicInteger();
    private final AtomicInteger reloads = new AtomicInteger();
    private PresentationViewModel presentation;

    /** The toolkit only: the separator is a control; no window is shown. */
    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void install() {
        Messages.use(Locale.ENGLISH);
        presentation = new PresentationViewModel(new PreferencesStore(folder.resolve("preferences.properties")));
        ViewMenu.install(view, presentation, drawerToggles::incrementAndGet, reloads::incrementAndGet);
    }

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    /** The item {@code id}, in the menu or one of its submenus. */
    private MenuItem item(String id) {
        return view.getItems().stream()
                .flatMap(i ->
                        i instanceof Menu sub ? Stream.concat(Stream.of(i), sub.getItems().stream()) : Stream.of(i))
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id));
    }

    @Test
    void theItemsComeInTheirOrderWithTheirShortcuts() {
        assertEquals(7, view.getItems().size(), "three items, a separator and three choices");
        assertEquals(
                List.of("menu-full-screen", "menu-hide-controls", "menu-drawer"),
                view.getItems().subList(0, 3).stream().map(MenuItem::getId).toList());
        assertEquals(Shortcuts.FULL_SCREEN.keys(), item("menu-full-screen").getAccelerator());
        assertEquals(Shortcuts.TOGGLE_DRAWER.keys(), item("menu-drawer").getAccelerator());
        assertEquals(
                Preferences.SCALES.size(),
                ((Menu) item("menu-scale")).getItems().size());
        assertEquals(
                Theme.values().length, ((Menu) item("menu-theme")).getItems().size());
        assertEquals("Deutsch", item("menu-language-de").getText(), "each language named in itself");
    }

    @Test
    void theTicksFollowThePresentationBothWays() {
        CheckMenuItem hide = (CheckMenuItem) item("menu-hide-controls");
        presentation.controlsHiddenProperty().set(true);
        assertTrue(hide.isSelected());
        hide.setSelected(false);
        assertFalse(presentation.controlsHiddenProperty().get());
        assertTrue(((RadioMenuItem)
                        item("menu-theme-" + presentation.themeProperty().get().id()))
                .isSelected());
    }

    @Test
    void choosingSetsThePresentationAndTheDrawerItemTogglesIt() {
        item("menu-theme-dark").fire();
        assertEquals(Theme.DARK, presentation.themeProperty().get());
        item("menu-scale-150").fire();
        assertEquals(150, presentation.scalePercentProperty().get());
        item("menu-drawer").fire();
        assertEquals(1, drawerToggles.get());
        item("menu-language-en").fire();
        assertEquals(0, reloads.get(), "the language already shown: no reload");
        item("menu-language-de").fire();
        assertEquals(1, reloads.get(), "another language loads the window again");
    }
}
