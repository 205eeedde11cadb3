package downhill.app.experiment;

import downhill.app.UserFiles;
import downhill.app.UserFolder;
import downhill.app.i18n.Messages;
import downhill.app.i18n.PresetTexts;
import downhill.app.landscape.LandscapeViewModel;
import downhill.app.lesson.LessonViewModel;
import downhill.app.network.NetworkViewModel;
import downhill.engine.WholeFiles;
import downhill.engine.function.Objective;
import downhill.engine.function.data.DataObjective;
import downhill.experiment.Experiment;
import downhill.experiment.ExperimentCodec;
import downhill.experiment.ExperimentException;
import downhill.experiment.Lesson;
import downhill.experiment.LessonFiles;
import downhill.experiment.Preset;
import downhill.experiment.Presets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Save, open, scenarios and the autosaved session: turns both tabs' view-models into an {@link Experiment}
 * ({@link #capture()}) and back ({@link #apply(Experiment)}). A file is read and checked completely before anything
 * is applied, so a bad one leaves the current settings untouched. Runs on the FX thread, except that session files
 * are written on the executor it is given.
 *
 * <p>Its parts: {@link LandscapeTabSettings} and {@link NetworkTabSettings} capture and apply each tab (with
 * {@link OptimizerEntries} for the optimizer lists), {@link SessionFile} autosaves and restores the session; this
 * class keeps the current file, the unsaved mark, the title and the banners.
 *
 * <p>Slightly over ~350 lines because it is where open, save, scenarios and lessons meet the unsaved mark; each of
 * those is a few lines over the parts above.
 */
public final class ExperimentViewModel {

    /** The app's name, first in the window's title. */
    public static final String APP_NAME = "Downhill";

    static final String SESSION_FILE = "session.json";

    private final LandscapeViewModel landscape;
    private final LandscapeTabSettings landscapeSettings;
    private final NetworkTabSettings networkSettings;
    private final SessionFile session;
    private final ObjectProperty<Experiment.Tab> activeTab =
            new SimpleObjectProperty<>(this, "activeTab", Experiment.Tab.LANDSCAPE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ObservableList<Banner> banners = FXCollections.observableArrayList();
    private final FilteredList<Banner> shownBanners = new FilteredList<>(banners);
    private Banner scenarioNote;
    /** The settings as last saved, opened or chosen: what "unsaved changes" are measured against. */
    private Experiment saved;

    private final BooleanBinding unsaved;
    private final StringBinding title;
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper(this, "saveStatus", "");
    /** The lesson being played, if any: its steps set the window up as {@link #apply} does. */
    private final LessonViewModel lesson;

    /**
     * @param writer writes the autosaved session off the FX thread (tests pass a same-thread one)
     */
    public ExperimentViewModel(LandscapeViewModel landscape, NetworkViewModel network, Executor writer) {
        this(landscape, network, writer, ExperimentViewModel::sessionFile, UserFiles.system());
    }

    /**
     * @param session the session file (the user folder's {@code session.json} in the app)
     * @param reader reads it with a size cap and keeps a broken one aside
     */
    public ExperimentViewModel(
            LandscapeViewModel landscape, NetworkViewModel network, Executor writer, Path session, UserFiles reader) {
        this(landscape, network, writer, () -> session, reader);
    }

    private ExperimentViewModel(
            LandscapeViewModel landscape,
            NetworkViewModel network,
            Executor writer,
            Supplier<Path> sessionLocation,
            UserFiles reader) {
        this.landscape = landscape;
        this.landscapeSettings = new LandscapeTabSettings(landscape);
        this.networkSettings = new NetworkTabSettings(network);
        this.session = new SessionFile(
                new SessionFile.Window(this::capture, this::apply, this::markSaved, banners),
                writer,
                sessionLocation,
                reader);
        this.lesson = new LessonViewModel(this::applyStep, landscape, network.training()::train);
        shownBanners
                .predicateProperty()
                .bind(Bindings.createObjectBinding(
                        () -> banner -> banner.tab() == null || banner.tab() == activeTab.get(), activeTab));
        // The drawing too: a point drawn is a change worth saving.
        unsaved = Bindings.createBooleanBinding(
                this::changedSinceSaved,
                Stream.concat(
                                settings().stream(),
                                Stream.of(
                                        network.data().drawingOnProperty(),
                                        network.data().drawing().pointsProperty()))
                        .toArray(Observable[]::new));
        title = Bindings.createStringBinding(
                () -> APP_NAME
                        + (file.get() == null ? "" : " — " + file.get().getFileName())
                        + (unsaved.get() ? " •" : ""),
                file,
                unsaved);
        markSaved();
    }

    /** Everything {@link #capture()} reads (but the tab that shows): a change to any may be an unsaved change. */
    private List<Observable> settings() {
        return Stream.concat(landscapeSettings.observables().stream(), networkSettings.observables().stream())
                .toList();
    }

    private boolean changedSinceSaved() {
        Experiment now;
        try {
            now = capture();
        } catch (IllegalArgumentException e) {
            return true;
        }
        if (saved == null) {
            return true;
        }
        // Looking at the other tab changes nothing worth a question.
        Experiment sameTab = new Experiment(now.schemaVersion(), saved.activeTab(), now.landscape(), now.network());
        return !sameTab.equals(saved) || typedFunctionPending();
    }

    /** Whether the function field holds text not yet applied (lost, too, when a scenario replaces it). */
    private boolean typedFunctionPending() {
        Objective f = landscape.objective();
        String typed = landscape.expressionProperty().get() == null
                ? ""
                : landscape.expressionProperty().get().strip();
        return f != null && !typed.equals(f instanceof DataObjective ? f.name() : f.formula());
    }

    private void markSaved() {
        try {
            saved = capture();
        } catch (IllegalArgumentException e) {
            saved = null;
        }
        unsaved.invalidate();
    }

    /** Whether anything changed since the experiment was last saved, opened or chosen (a typed function too). */
    public BooleanBinding unsavedProperty() {
        return unsaved;
    }

    /** The window's title: "Downhill — lesson.json •" with the file's name and a mark for unsaved changes. */
    public StringBinding titleProperty() {
        return title;
    }

    /** "Saved lesson.json" after a save, until {@link #clearSaveStatus()}; empty otherwise. */
    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    public void clearSaveStatus() {
        saveStatus.set("");
    }

    // ----- capture and apply

    /** Every setting of both tabs, as they are now. */
    public Experiment capture() {
        return new Experiment(
                Experiment.SCHEMA_VERSION, activeTab.get(), landscapeSettings.capture(), networkSettings.capture());
    }

    /** Sets both tabs to {@code experiment}, stopping the animation and any training, and shows its tab. */
    public void apply(Experiment experiment) {
        landscapeSettings.apply(experiment.landscape());
        networkSettings.apply(experiment.network());
        activeTab.set(experiment.activeTab());
    }

    // ----- files

    /**
     * Opens an experiment file: checked completely, then applied. On failure nothing changes and the result is
     * the message for the user (what is wrong and where, e.g. {@code line 5, column 27: landscape.optimizers[2].name:
     * unknown optimizer 'adamm' — did you mean 'adam'?}).
     */
    public Optional<String> open(Path path) {
        Experiment experiment;
        try {
            String json = LessonFiles.text(path);
            if (LessonFiles.isLesson(json)) {
                openLesson(LessonFiles.read(json, path));
                return Optional.empty();
            }
            experiment = ExperimentCodec.read(path);
        } catch (ExperimentException e) {
            return Optional.of(e.getMessage());
        }
        lesson.close();
        apply(experiment);
        file.set(path);
        clearScenarioNote();
        markSaved();
        return Optional.empty();
    }

    /** Saves to the file last opened or saved; false when there is none yet (then Save As is needed). */
    public boolean hasFile() {
        return file.get() != null;
    }

    /** Saves to the current file; a message on failure. */
    public Optional<String> save() {
        return saveAs(file.get());
    }

    /** Saves to {@code path}, which becomes the current file; a message on failure. */
    public Optional<String> saveAs(Path path) {
        try {
            ExperimentCodec.save(capture(), path);
        } catch (IOException e) {
            return Optional.of(Messages.text("experiment.error.save", path, WholeFiles.reason(path, e)));
        } catch (IllegalArgumentException e) {
            return Optional.of(Messages.text("experiment.error.save", path, e.getMessage()));
        }
        file.set(path);
        markSaved();
        saveStatus.set(Messages.text("experiment.saved", path.getFileName()));
        return Optional.empty();
    }

    /** The file Save writes to, or null. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    // ----- scenarios

    public List<Preset> presets() {
        return Presets.all();
    }

    /** The scenarios' English titles by name, in menu order; see {@link Presets#titles()}. */
    public Map<String, String> presetTitles() {
        return Presets.titles();
    }

    /** Opens the shipped scenario {@code name} as {@link #openPreset(Preset)} does. */
    public void openPreset(String name) {
        openPreset(Presets.byName(name));
    }

    /**
     * Applies a scenario to both tabs, shows its tab and its teaching note; a shipped lesson of several steps (or
     * one that asks) plays in the lesson bar instead.
     */
    public void openPreset(Preset preset) {
        if (Presets.names().contains(preset.name())) {
            Lesson shipped = Presets.lesson(preset.name());
            if (shipped.stepped()) {
                openLesson(shipped);
                return;
            }
        }
        lesson.close();
        apply(preset.experiment());
        file.set(null);
        clearScenarioNote();
        // The note is about what its tab shows: it hides on the other tab and comes back with its own.
        scenarioNote = new Banner(
                PresetTexts.title(preset),
                PresetTexts.note(preset),
                preset.experiment().activeTab());
        banners.add(scenarioNote);
        markSaved();
    }

    /**
     * Plays {@code stepped} from its first step in the lesson bar. Save then writes a plain experiment to a file
     * of its own: the lesson's file is never overwritten by accident.
     */
    public void openLesson(Lesson stepped) {
        file.set(null);
        clearScenarioNote();
        lesson.open(stepped);
    }

    /** A lesson step sets the window up: that is not a change of the user's. */
    private void applyStep(Experiment experiment) {
        apply(experiment);
        markSaved();
    }

    /** The lesson being played (its bar, its questions). */
    public LessonViewModel lesson() {
        return lesson;
    }

    private void clearScenarioNote() {
        if (scenarioNote != null) {
            banners.remove(scenarioNote);
            scenarioNote = null;
        }
    }

    /** The messages above the tabs, oldest first. */
    public ObservableList<Banner> banners() {
        return banners;
    }

    /** The banners the window shows now: those for the whole window and those of the tab that shows. */
    public ObservableList<Banner> shownBanners() {
        return shownBanners;
    }

    public void dismiss(Banner banner) {
        banners.remove(banner);
        if (banner == scenarioNote) {
            scenarioNote = null;
        }
    }

    // ----- the session

    public static Path sessionFile() {
        return UserFolder.path().resolve(SESSION_FILE);
    }

    /**
     * Captures now (on the FX thread) and, if anything changed since the session was last restored or saved,
     * writes the session file on the writer's thread.
     */
    public void autosave() {
        session.autosave();
    }

    /** Captures and writes the session file on this thread (the FX thread); false when it could not. */
    public boolean saveSession() {
        return session.save();
    }

    /**
     * Restores the last session, if there is one. A session file that cannot be read or checked (see
     * {@link UserFiles}) is kept aside under a name of its own, the app starts with its defaults, and a banner
     * names the copy.
     */
    public void restoreSession() {
        session.restore();
    }

    /** The tab that shows; the window follows it and sets it. */
    public ObjectProperty<Experiment.Tab> activeTabProperty() {
        return activeTab;
    }
}
