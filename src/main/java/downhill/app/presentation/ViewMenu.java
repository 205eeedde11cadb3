package downhill.app.presentation;

import downhill.app.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/** The View menu: full screen, hidden controls, the settings drawer, and the UI scale, theme and language. */
public final class ViewMenu {

    private ViewMenu() {}

    /**
     * Adds the View menu's items, bound to {@code presentation}.
     *
     * @param toggleDrawer opens or closes the landscape tab's settings drawer
     * @param reloadWindow loads the window again in place (after the language changed)
     */
    public static void install(
            Menu viewMenu, PresentationViewModel presentation, Runnable toggleDrawer, Runnable reloadWindow) {
        CheckMenuItem fullScreen = new CheckMenuItem(Messages.text("presentation.menu.fullScreen"));
        fullScreen.setId("menu-full-screen");
        fullScreen.setAccelerator(Shortcuts.FULL_SCREEN.keys());
        fullScreen.selectedProperty().bindBidirectional(presentation.fullScreenProperty());
        CheckMenuItem hide = new CheckMenuItem(Messages.text("presentation.menu.hideControls"));
        hide.setId("menu-hide-controls");
        hide.setAccelerator(Shortcuts.HIDE_CONTROLS.keys());
        hide.selectedProperty().bindBidirectional(presentation.controlsHiddenProperty());
        MenuItem drawer = new MenuItem(Messages.text("presentation.menu.drawer"));
        drawer.setId("menu-drawer");
        drawer.setAccelerator(Shortcuts.TOGGLE_DRAWER.keys());
        drawer.setOnAction(e -> toggleDrawer.run());

        Menu scale = choices(
                "scale",
                Preferences.SCALES,
                percent -> Messages.text("presentation.scale.percent", percent),
                String::valueOf,
                presentation.scalePercentProperty().get(),
                percent -> presentation.scalePercentProperty().set(percent));
        Menu theme = choices(
                "theme",
                List.of(Theme.values()),
                t -> Messages.text(t.messageKey()),
                Theme::id,
                presentation.themeProperty().get(),
                t -> presentation.themeProperty().set(t));
        Menu language = choices(
                "language",
                Messages.LANGUAGES,
                ViewMenu::ownName,
                Locale::getLanguage,
                presentation.languageProperty().get(),
                l -> {
                    if (presentation.chooseLanguage(l)) {
                        reloadWindow.run();
                    }
                });
        viewMenu.getItems().addAll(fullScreen, hide, drawer, new SeparatorMenuItem(), scale, theme, language);
    }

    /**
     * A submenu "menu-{@code name}" of one radio item per value ("menu-{@code name}-{@code idOf(value)}"), the
     * {@code current} one ticked; choosing one calls {@code onChosen}.
     */
    private static <T> Menu choices(
            String name,
            List<T> values,
            Function<T, String> text,
            Function<T, String> idOf,
            T current,
            Consumer<T> onChosen) {
        Menu menu = new Menu(Messages.text("presentation.menu." + name));
        menu.setId("menu-" + name);
        ToggleGroup group = new ToggleGroup();
        for (T value : values) {
            RadioMenuItem item = new RadioMenuItem(text.apply(value));
            item.setId("menu-" + name + "-" + idOf.apply(value));
            item.setToggleGroup(group);
            item.setSelected(value.equals(current));
            item.setOnAction(e -> onChosen.accept(value));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** A language named in itself, so that someone who cannot read the current one finds theirs. */
    private static String ownName(Locale l) {
        String name = l.getDisplayLanguage(l);
        return name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }
}
