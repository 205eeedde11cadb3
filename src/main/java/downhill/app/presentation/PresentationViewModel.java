package downhill.app.presentation;

import downhill.app.i18n.Messages;
import downhill.engine.WholeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Presentation settings: theme, UI scale, language, full screen and hidden controls. Theme, scale, language and the
 * last folder are {@link Preferences}: read from the store when made and written back whenever one changes. Full
 * screen and hidden controls last for the session only (a teacher opening the app should see its controls).
 */
public final class PresentationViewModel {

    private final PreferencesStore store;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final IntegerProperty scalePercent = new SimpleIntegerProperty(this, "scalePercent");
    private final ReadOnlyObjectWrapper<Locale> language = new ReadOnlyObjectWrapper<>(this, "language");
    private final ObjectProperty<Optional<Path>> lastFolder = new SimpleObjectProperty<>(this, "lastFolder");
    private final BooleanProperty fullScreen = new SimpleBooleanProperty(this, "fullScreen");
    private final BooleanProperty controlsHidden = new SimpleBooleanProperty(this, "controlsHidden");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** Loads the preferences from {@code store} and makes their language the messages' language. */
    public PresentationViewModel(PreferencesStore store) {
        this.store = store;
        PreferencesStore.Loaded loaded = store.load();
        Preferences p = loaded.preferences();
        if (!loaded.problem().isEmpty()) {
            problem.set(Messages.text("presentation.preferences.unreadable", loaded.problem()));
        }
        theme.set(p.theme());
        scalePercent.set(p.scalePercent());
        language.set(p.language());
        lastFolder.set(p.lastFolder());
        Messages.use(p.language());
        theme.addListener((obs, old, now) -> save());
        scalePercent.addListener((obs, old, now) -> {
            if (!Preferences.SCALES.contains(now.intValue())) {
                scalePercent.set(old.intValue());
                return;
            }
            save();
        });
        lastFolder.addListener((obs, old, now) -> save());
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The UI scale in percent; values not in {@link Preferences#SCALES} are refused (the old value stays). */
    public IntegerProperty scalePercentProperty() {
        return scalePercent;
    }

    public ReadOnlyObjectProperty<Locale> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public ObjectProperty<Optional<Path>> lastFolderProperty() {
        return lastFolder;
    }

    public BooleanProperty fullScreenProperty() {
        return fullScreen;
    }

    /** When true only the landscape, the timeline and the play button show (the network tab: no sidebar). */
    public BooleanProperty controlsHiddenProperty() {
        return controlsHidden;
    }

    /** What went wrong reading or writing the preferences, for a banner; empty when nothing did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Preferences preferences() {
        return new Preferences(theme.get(), scalePercent.get(), lastFolder.get(), language.get());
    }

    public void toggleFullScreen() {
        fullScreen.set(!fullScreen.get());
    }

    public void toggleControls() {
        controlsHidden.set(!controlsHidden.get());
    }

    /**
     * Switches the messages to {@code chosen} and stores it. Returns whether the language changed: the window must
     * then be loaded again, since FXML takes its texts when it loads.
     */
    public boolean chooseLanguage(Locale chosen) {
        if (chosen.equals(language.get())) {
            return false;
        }
        Messages.use(chosen);
        language.set(chosen);
        save();
        return true;
    }

    private void save() {
        try {
            store.save(preferences());
            problem.set("");
        } catch (IOException e) {
            problem.set(Messages.text(
                    "presentation.preferences.unsaved", store.file(), WholeFiles.reason(store.file(), e)));
        } catch (RuntimeException e) {
            problem.set(Messages.text("presentation.preferences.unsaved", store.file(), e.getMessage()));
        }
    }
}
