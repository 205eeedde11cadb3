package downhill.app.experiment;

import downhill.app.UserFiles;
import downhill.app.UserFolder;
import downhill.app.i18n.Messages;
import downhill.app.i18n.PresetTexts;
import downhill.app.landscape.LandscapeViewModel;
import downhill.app.lesson.LessonViewModel;
import downhill.app.network.LossLandscapeViewModel;
import downhill.app.network.NetworkViewModel;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.Numbers;
import downhill.engine.WholeFiles;
import downhill.engine.function.Objective;
import downhill.engine.function.data.DataObjective;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.schedule.Schedules;
import downhill.engine.train.EarlyStopping;
import downhill.experiment.Experiment;
import downhill.experiment.ExperimentCodec;
import downhill.experiment.ExperimentException;
import downhill.experiment.LandscapeSettings;
import downhill.experiment.LandscapeSettings.Layout;
import downhill.experiment.Lesson;
import downhill.experiment.LessonFiles;
import downhill.experiment.NetworkSettings;
import downhill.experiment.OptimizerEntry;
import downhill.experiment.Preset;
import downhill.experiment.Presets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
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
 */
public final class ExperimentViewModel {

    /** The app's name, first in the window's title. */
    public static final String APP_NAME = "Downhill";

    private static final Logger LOG = Logger.getLogger(ExperimentViewModel.class.getName());
    static final String SESSION_FILE = "session.json";

    private final LandscapeViewModel landscape;
    private final NetworkViewModel network;
    private final Executor writer;
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
    /** The banner saying that the session cannot be saved, while it is (or was) shown; dismissed, it stays quiet. */
    private Banner unsavedBanner;
    /** What the session file holds as far as this window knows: a minute without changes writes nothing. */
    private Experiment sessionOnDisk;
    /** Where the session lives: the user folder is looked up at each use, so a folder fixed later is used. */
    private final Supplier<Path> sessionLocation;

    private final UserFiles reader;
    /** The lesson being played, if any: its steps set the window up as {@link #apply} does. */
    private final LessonViewModel lesson;
    /** False after a broken session could not be moved aside: it is not overwritten, the user may still want it. */
    private volatile boolean sessionWritable = true;

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
            Supplier<Path> session,
            UserFiles reader) {
        this.landscape = landscape;
        this.network = network;
        this.writer = writer;
        this.sessionLocation = session;
        this.reader = reader;
        this.lesson = new LessonViewModel(this::applyStep, landscape, network::train);
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
                                        network.drawingOnProperty(),
                                        network.drawing().pointsProperty()))
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
        LandscapeViewModel l = landscape;
        NetworkViewModel n = network;
        LossLandscapeViewModel slice = n.lossLandscape();
        return List.of(
                l.objectiveProperty(),
                l.expressionProperty(),
                l.batchSizeProperty(),
                l.seedProperty(),
                l.gradientNoiseProperty(),
                l.viewWindowProperty(),
                l.startProperty(),
                l.stepLimitProperty(),
                l.speedProperty(),
                l.layoutProperty(),
                l.colormapProperty(),
                l.logScaleProperty(),
                l.lossLogScaleProperty(),
                l.surface().shownProperty(),
                l.optimizers().revisionProperty(),
                n.generatorProperty(),
                n.samplesProperty(),
                n.noiseProperty(),
                n.csvProperty(),
                n.seedProperty(),
                n.hiddenSizesProperty(),
                n.activationProperty(),
                n.lossProperty(),
                n.batchModeProperty(),
                n.batchSizeProperty(),
                n.epochsProperty(),
                n.l2Property(),
                n.logScaleProperty(),
                n.optimizers().revisionProperty(),
                slice.directionsProperty(),
                slice.rangeTextProperty(),
                slice.seedProperty(),
                slice.selectedProperty(),
                n.diagram().selectedProperty(),
                n.likeSklearnProperty());
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
        return new Experiment(Experiment.SCHEMA_VERSION, activeTab.get(), captureLandscape(), captureNetwork());
    }

    private LandscapeSettings captureLandscape() {
        LandscapeViewModel l = landscape;
        Objective f = l.objective();
        String function = l.builtins().contains(f) ? f.name() : f.formula();
        return new LandscapeSettings(
                function,
                l.batchSizeProperty().get(),
                l.seedProperty().get(),
                l.gradientNoiseProperty().get(),
                l.viewWindowProperty().get(),
                l.startProperty().get(),
                l.stepLimitProperty().get(),
                l.speedProperty().get(),
                l.layoutProperty().get(),
                l.colormapProperty().get(),
                l.logScaleProperty().get(),
                l.lossLogScaleProperty().get(),
                l.surface().shownProperty().get() ? LandscapeSettings.View.SURFACE : LandscapeSettings.View.FLAT,
                entries(l.optimizers()),
                mapAxes(l));
    }

    /** The map's optimizer and axes while the Map layout shows (kept only then: other layouts have no map). */
    private static LandscapeSettings.MapAxes mapAxes(LandscapeViewModel l) {
        var map = l.map();
        if (l.layoutProperty().get() != Layout.MAP
                || map.optimizerProperty().get() == null
                || map.yKeyProperty().get() == null) {
            return null;
        }
        OptimizerType type = Optimizers.byName(map.optimizerProperty().get());
        double[] x = ownRange(
                type.hyperparameter(map.xKeyProperty().get()),
                map.xFromProperty().get(),
                map.xToProperty().get());
        double[] y = ownRange(
                type.hyperparameter(map.yKeyProperty().get()),
                map.yFromProperty().get(),
                map.yToProperty().get());
        return new LandscapeSettings.MapAxes(
                map.optimizerProperty().get(),
                map.xKeyProperty().get(),
                map.yKeyProperty().get(),
                x[0],
                x[1],
                y[0],
                y[1]);
    }

    /** A map axis' range as the file keeps it: NaN for the slider's own (written as nothing). */
    private static double[] ownRange(Hyperparameter h, double from, double to) {
        boolean sliders = Double.isNaN(from) || from == h.sliderMin() && to == h.sliderMax();
        return sliders ? new double[] {Double.NaN, Double.NaN} : new double[] {from, to};
    }

    private NetworkSettings captureNetwork() {
        NetworkViewModel n = network;
        Path csv = n.dataFile();
        Path testCsv = n.testCsvProperty().get();
        return new NetworkSettings(
                new NetworkSettings.Data(
                        n.generatorProperty().get(),
                        (int) n.samplesProperty().get(),
                        n.noiseProperty().get(),
                        csv == null ? null : csv.toString(),
                        csv == null || testCsv == null ? null : testCsv.toString(),
                        n.drawingOnProperty().get()
                                ? n.drawing().pointsProperty().get()
                                : null),
                (long) n.seedProperty().get(),
                n.hiddenSizesProperty().get(),
                n.activationProperty().get(),
                n.lossProperty().get(),
                n.batchModeProperty().get(),
                (int) n.batchSizeProperty().get(),
                (int) n.epochsProperty().get(),
                n.l2Property().get(),
                n.logScaleProperty().get(),
                entries(n.optimizers()),
                captureLossLandscape(n.lossLandscape()),
                n.diagram().selectedProperty().get(),
                n.initializationProperty().get(),
                dropoutOf(n),
                earlyStoppingOf(n),
                n.likeSklearnProperty().get());
    }

    /** The dropout typed, or none while it is not (yet) valid: a half-typed field is not saved. */
    private static List<Double> dropoutOf(NetworkViewModel n) {
        try {
            return n.dropout();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private static EarlyStopping earlyStoppingOf(NetworkViewModel n) {
        try {
            return n.earlyStopping();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A range being typed that is not (yet) a number counts as "auto", as the view reads it. */
    private static NetworkSettings.LossLandscape captureLossLandscape(LossLandscapeViewModel slice) {
        double range;
        try {
            range = Double.parseDouble(slice.rangeTextProperty().get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            range = NetworkSettings.LossLandscape.AUTO;
        }
        if (!(range > 0 && range <= NetworkSettings.LossLandscape.MAX_RANGE)) {
            range = NetworkSettings.LossLandscape.AUTO;
        }
        return new NetworkSettings.LossLandscape(
                slice.directionsProperty().get(),
                range,
                (long) slice.seedProperty().get(),
                slice.selectedProperty().get());
    }

    private static List<OptimizerEntry> entries(OptimizerListViewModel list) {
        List<OptimizerEntry> entries = new ArrayList<>();
        for (OptimizerSettings s : list.all()) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (Hyperparameter h : s.type().hyperparameters()) {
                values.put(h.key(), s.value(h.key()).get());
            }
            entries.add(new OptimizerEntry(
                    s.name(),
                    s.isEnabled(),
                    values,
                    s.scheduleProperty().get().spec(),
                    s.labelProperty().get()));
        }
        return entries;
    }

    /** Sets both tabs to {@code experiment}, stopping the animation and any training, and shows its tab. */
    public void apply(Experiment experiment) {
        applyLandscape(experiment.landscape());
        applyNetwork(experiment.network());
        activeTab.set(experiment.activeTab());
    }

    private void applyLandscape(LandscapeSettings s) {
        LandscapeViewModel l = landscape;
        l.rewind();
        applyOptimizers(l.optimizers(), s.optimizers());
        Optional<Objective> named =
                l.builtins().stream().filter(f -> f.name().equals(s.function())).findFirst();
        if (named.isPresent()) {
            l.choose(named.get());
        } else {
            l.expressionProperty().set(s.function());
            l.applyExpression();
        }
        l.batchSizeProperty().set(s.batchSize());
        l.seedProperty().set(s.seed());
        l.gradientNoiseProperty().set(s.gradientNoise());
        l.viewWindowProperty().set(s.window());
        l.startProperty().set(s.start());
        l.stepLimitProperty().set(s.stepLimit());
        l.speedProperty().set(s.speed());
        l.layoutProperty().set(s.layout());
        l.colormapProperty().set(s.colormap());
        l.logScaleProperty().set(s.logScale());
        l.lossLogScaleProperty().set(s.lossLogScale());
        l.surface().shownProperty().set(s.view() == LandscapeSettings.View.SURFACE);
        if (s.map() != null) {
            l.map().optimizerProperty().set(s.map().optimizer());
            l.map().xKeyProperty().set(s.map().x());
            l.map().yKeyProperty().set(s.map().y());
            // After the keys, whose change resets the ranges to the sliders'.
            l.map().xFromProperty().set(s.map().xFrom());
            l.map().xToProperty().set(s.map().xTo());
            l.map().yFromProperty().set(s.map().yFrom());
            l.map().yToProperty().set(s.map().yTo());
        }
        l.rewind();
    }

    private void applyNetwork(NetworkSettings s) {
        NetworkViewModel n = network;
        n.reset();
        n.generatorProperty().set(s.data().generator());
        n.samplesProperty().set(s.data().samples());
        n.noiseProperty().set(s.data().noise());
        n.seedProperty().set(s.seed());
        if (s.data().drawn() != null) {
            n.drawing().replace(s.data().drawn(), false);
            n.useDrawing();
        } else if (s.data().csv() != null) {
            n.loadCsv(
                    Path.of(s.data().csv()),
                    s.data().testCsv() == null ? null : Path.of(s.data().testCsv()));
        } else if (n.dataFile() != null || n.drawingOnProperty().get()) {
            // dataFile, not csv: a file still loading (pending) must give way too.
            n.useGenerator();
        }
        n.hiddenTextProperty().set(s.hiddenSizes().stream().map(String::valueOf).collect(Collectors.joining(",")));
        n.activationProperty().set(s.activation());
        n.lossProperty().set(s.loss());
        n.batchModeProperty().set(s.batchMode());
        n.batchSizeProperty().set(s.batchSize());
        n.epochsProperty().set(s.epochs());
        n.l2Property().set(s.l2());
        n.logScaleProperty().set(s.logScale());
        applyOptimizers(n.optimizers(), s.optimizers());
        NetworkSettings.LossLandscape view = s.lossLandscape();
        n.lossLandscape().directionsProperty().set(view.directions());
        n.lossLandscape().rangeTextProperty().set(view.autoRange() ? "auto" : Numbers.format(view.range()));
        n.lossLandscape().seedProperty().set(view.seed());
        n.lossLandscape().selectedProperty().set(view.shown());
        n.diagram().selectedProperty().set(s.diagram());
        n.initializationProperty().set(s.initialization());
        n.dropoutTextProperty().set(s.dropout().stream().map(Numbers::format).collect(Collectors.joining(",")));
        n.earlyStoppingTextProperty()
                .set(s.earlyStopping() == null ? "" : s.earlyStopping().spec());
        // Last: while on, it sets the rows it governs to scikit-learn's values for the data.
        n.likeSklearnProperty().set(s.likeSklearn());
    }

    /** Listed optimizers take their entry's values; the others go back to their defaults, switched off. */
    private static void applyOptimizers(OptimizerListViewModel list, List<OptimizerEntry> entries) {
        Map<String, OptimizerEntry> byName =
                entries.stream().collect(Collectors.toMap(OptimizerEntry::name, Function.identity()));
        for (OptimizerSettings s : list.all()) {
            OptimizerEntry entry = byName.get(s.name());
            if (entry == null) {
                s.resetToDefaults();
                s.setEnabled(false);
                continue;
            }
            entry.hyperparameters().forEach((key, value) -> s.value(key).set(value));
            s.scheduleProperty().set(Schedules.parse(entry.schedule()));
            s.labelProperty().set(entry.label());
            s.setEnabled(entry.enabled());
        }
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
        Experiment now;
        try {
            now = capture();
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "the session could not be captured", e);
            return;
        }
        if (!now.equals(sessionOnDisk)) {
            sessionOnDisk = now;
            writer.execute(() -> write(now));
        }
    }

    /** Captures and writes the session file on this thread (the FX thread); false when it could not. */
    public boolean saveSession() {
        try {
            Experiment now = capture();
            sessionOnDisk = now;
            return write(now);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "the session could not be captured", e);
            return false;
        }
    }

    /**
     * Writes the session file (on any thread). When it cannot be written, a banner says so and why, once; the next
     * minute tries again, and a save that works takes the banner away.
     */
    private boolean write(Experiment experiment) {
        if (!sessionWritable) {
            return false;
        }
        try {
            Path session = sessionLocation.get();
            ExperimentCodec.save(experiment, session);
            onFxThread(() -> {
                if (unsavedBanner != null) {
                    banners.remove(unsavedBanner);
                    unsavedBanner = null;
                }
            });
            return true;
        } catch (IOException e) {
            Path session = sessionLocation.get();
            String reason = WholeFiles.reason(session, e);
            // The banner tells the user; the terminal gets one line, not a stack trace.
            LOG.warning("the session could not be saved to " + session + ": " + reason);
            onFxThread(() -> {
                sessionOnDisk = null;
                if (unsavedBanner == null) {
                    unsavedBanner = new Banner(
                            Messages.text("experiment.session.unsaved.title"),
                            Messages.text("experiment.session.unsaved", session, reason));
                    banners.add(unsavedBanner);
                }
            });
            return false;
        }
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /**
     * Restores the last session, if there is one. A session file that cannot be read or checked (see
     * {@link UserFiles}) is kept aside under a name of its own, the app starts with its defaults, and a banner
     * names the copy.
     */
    public void restoreSession() {
        Path session = sessionLocation.get();
        UserFiles.Read<Experiment> read = reader.read(session, UserFiles.SESSION_LIMIT, ExperimentCodec::read);
        if (read.value().isPresent()) {
            try {
                apply(read.value().get());
                sessionOnDisk = capture();
                markSaved();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the session could not be applied", e);
                read = reader.failed(session, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }
        if (!read.failed()) {
            return;
        }
        apply(Experiment.defaults());
        markSaved();
        if (read.keptAs() == null) {
            sessionWritable = false;
        }
        banners.add(new Banner(
                Messages.text("experiment.session.broken.title"),
                read.keptAs() != null
                        ? Messages.text("experiment.session.broken", read.problem(), read.keptAs())
                        : Messages.text("experiment.session.broken.notMoved", read.problem(), session)));
    }

    /** The tab that shows; the window follows it and sets it. */
    public ObjectProperty<Experiment.Tab> activeTabProperty() {
        return activeTab;
    }
}
