package downhill.app;

import downhill.app.backprop.BackpropController;
import downhill.app.control.LastFolder;
import downhill.app.experiment.ExperimentController;
import downhill.app.experiment.ExperimentViewModel;
import downhill.app.export.ExportViewModel;
import downhill.app.i18n.Messages;
import downhill.app.landscape.LandscapeController;
import downhill.app.landscape.LandscapeFunctionController;
import downhill.app.landscape.LandscapeToolbarController;
import downhill.app.landscape.LandscapeViewModel;
import downhill.app.landscape.LossPaneController;
import downhill.app.landscape.StepInspectorController;
import downhill.app.lesson.LessonAuthoringViewModel;
import downhill.app.lesson.LessonController;
import downhill.app.network.DrawingController;
import downhill.app.network.LossLandscapeController;
import downhill.app.network.NetworkController;
import downhill.app.network.NetworkDataController;
import downhill.app.network.NetworkPicturesController;
import downhill.app.network.NetworkSettingsController;
import downhill.app.network.NetworkViewModel;
import downhill.app.network.TrainingToolbarController;
import downhill.app.optimizers.OptimizerListController;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.presentation.PreferencesStore;
import downhill.app.presentation.PresentationViewModel;
import downhill.app.sweep.MapController;
import downhill.experiment.PresetData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.util.Callback;

/**
 * Makes the view-models and hands them to the controllers FXML creates. The executors are passed in: the app uses
 * daemon threads, tests the calling thread. Training networks has an executor of its own, since each copy is one long
 * task: with threads of its own it never waits behind pictures, and pause and step can work.
 */
public final class AppContext {

    private static final long AUTOSAVE_MINUTES = 1;
    private static final long SAVE_NOW_SECONDS = 5;
    /** The landscape tab's parts (its FXML includes them), each made with the tab's view-model. */
    private static final Map<Class<?>, Function<LandscapeViewModel, Object>> LANDSCAPE_PARTS = Map.of(
            LandscapeFunctionController.class, LandscapeFunctionController::new,
            LandscapeToolbarController.class, LandscapeToolbarController::new,
            LossPaneController.class, LossPaneController::new);

    private final OptimizerListViewModel landscapeOptimizers = new OptimizerListViewModel();
    private final LandscapeViewModel landscape;
    private final NetworkViewModel network;
    private final ExperimentViewModel experiment;
    private final ExperimentController experimentController;
    /** The lesson being written in the window, if any. */
    private final LessonAuthoringViewModel authoring;
    /** Writes the autosaved session and ticks its minute; one daemon thread, made when autosave starts. */
    private ScheduledExecutorService autosave;

    private final ExportViewModel exports;
    private final PresentationViewModel presentation;
    /** The autosave hook before one is connected: a crash banner then claims no save. */
    public static final Runnable NO_AUTOSAVE = () -> {};

    private Runnable autosaveBeforeCrashReport = NO_AUTOSAVE;
    private LandscapeController landscapeController;
    private NetworkController networkController;
    private MainWindowController mainWindowController;

    /** Background work and network training both on {@code executor}. */
    public AppContext(Executor executor) {
        this(executor, executor);
    }

    /**
     * @param trainingExecutor runs each trained copy as one task; a same-thread one trains the whole plan when
     *     training starts (for snapshots), so pausing and stepping need real threads
     */
    public AppContext(Executor executor, Executor trainingExecutor) {
        this(executor, trainingExecutor, PreferencesStore.inUserFolder());
    }

    /** @param preferences where theme, scale and language are kept; read here, so the language applies at once */
    public AppContext(Executor executor, Executor trainingExecutor, PreferencesStore preferences) {
        // Scenarios with data of their own read copies of it from the user folder.
        PresetData.useFolder(UserFolder.path().resolve("cache").resolve("presets"));
        presentation = new PresentationViewModel(preferences);
        landscape = new LandscapeViewModel(landscapeOptimizers, executor);
        network = new NetworkViewModel(executor, trainingExecutor);
        experiment = new ExperimentViewModel(landscape, network, executor);
        experimentController = new ExperimentController(experiment, new LastFolder(presentation.lastFolderProperty()));
        authoring = new LessonAuthoringViewModel(experiment::capture);
        exports = new ExportViewModel(landscape, network, executor);
    }

    /** The File menu's exports (PNG, clipboard, GIF, CSV). */
    public ExportViewModel exports() {
        return exports;
    }

    /** The lesson being written (File → Add lesson step…, Save as lesson…). */
    public LessonAuthoringViewModel authoring() {
        return authoring;
    }

    public PresentationViewModel presentation() {
        return presentation;
    }

    /**
     * Replaces what runs before an uncaught exception is shown to the user (by default nothing, and the banner then
     * does not claim a save). It runs on the FX thread; if it throws, the banner says that the experiment could not
     * be saved.
     */
    public void setAutosaveBeforeCrashReport(Runnable autosave) {
        autosaveBeforeCrashReport = Objects.requireNonNull(autosave);
    }

    /** Logs uncaught exceptions of every thread, autosaves, and shows a banner; call on the FX thread. */
    public CrashReporter installCrashReporter(CrashLog log) {
        CrashReporter reporter = new CrashReporter(
                log, () -> autosaveBeforeCrashReport == NO_AUTOSAVE ? null : autosaveBeforeCrashReport, message -> {
                    if (mainWindowController != null) {
                        mainWindowController.showProblem(message);
                    }
                });
        reporter.install();
        return reporter;
    }

    /** Save, open, scenarios and the session. */
    public ExperimentViewModel experiment() {
        return experiment;
    }

    public ExperimentController experimentController() {
        return experimentController;
    }

    /**
     * Saves the session every minute from now on: captured on the FX thread, written on a thread of its own.
     */
    public synchronized void startAutosave() {
        if (autosave == null) {
            autosave = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "autosave");
                thread.setDaemon(true);
                return thread;
            });
            autosave.scheduleAtFixedRate(
                    () -> Platform.runLater(experiment::autosave),
                    AUTOSAVE_MINUTES,
                    AUTOSAVE_MINUTES,
                    TimeUnit.MINUTES);
        }
    }

    /**
     * Saves the session now and waits for it (at most a few seconds): on exit, and for the crash handler, from any
     * thread. False when it could not be saved, e.g. when the FX thread does not answer.
     */
    public boolean saveSessionNow() {
        if (Platform.isFxApplicationThread()) {
            return experiment.saveSession();
        }
        FutureTask<Boolean> save = new FutureTask<>(experiment::saveSession);
        try {
            Platform.runLater(save);
            return save.get(SAVE_NOW_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | IllegalStateException e) {
            return false;
        }
    }

    /** Stops the minute's autosave (the app calls {@link #saveSessionNow()} itself on exit). */
    public synchronized void stopAutosave() {
        if (autosave != null) {
            autosave.shutdownNow();
            autosave = null;
        }
    }

    public NetworkViewModel network() {
        return network;
    }

    /** The main window's controller, once it is loaded. */
    public MainWindowController mainWindowController() {
        return mainWindowController;
    }

    /**
     * The network tab's controller, once the main window is loaded; asking for it loads the tab's view if the tab has
     * not shown yet (it is loaded when first shown).
     */
    public NetworkController networkController() {
        if (networkController == null && mainWindowController != null) {
            mainWindowController.networkView();
        }
        return networkController;
    }

    public LandscapeViewModel landscape() {
        return landscape;
    }

    /** The landscape tab's controller, once the main window is loaded (for snapshots and benchmarks). */
    public LandscapeController landscapeController() {
        return landscapeController;
    }

    /** Loads the main window; every controller gets its view-model from here. */
    public Parent loadMainWindow() {
        // A window loaded anew (a new language) loads a network view of its own when that tab shows.
        networkController = null;
        return load("MainWindow.fxml");
    }

    /**
     * The network tab's view; its controller is then {@link #networkController()}, and it draws while
     * {@code tabSelected}.
     */
    private Parent loadNetworkView(ObservableBooleanValue tabSelected) {
        Parent view = load("network/NetworkView.fxml");
        networkController.showWhile(tabSelected);
        return view;
    }

    private Parent load(String name) {
        URL fxml = AppContext.class.getResource(name);
        FXMLLoader loader = new FXMLLoader(fxml, Messages.bundle());
        loader.setControllerFactory(controllerFactory());
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " could not be loaded: " + e.getMessage(), e);
        }
    }

    /**
     * Loads the main window again into the same scene, for a new language: FXML takes its texts when it loads. The
     * view-models stay, so the experiment and every setting are the same afterwards.
     */
    public void reloadMainWindow() {
        Scene scene = mainWindowController == null
                ? null
                : mainWindowController.root().getScene();
        if (scene == null) {
            return;
        }
        int tab = mainWindowController.tabs().getSelectionModel().getSelectedIndex();
        boolean networkShown = networkController != null;
        scene.setRoot(loadMainWindow());
        mainWindowController.tabs().getSelectionModel().select(tab);
        if (networkShown) {
            // The window comes back as it was: a network tab seen before is there in the new language too.
            mainWindowController.networkView();
        }
        // Texts the view-models made before the switch are made again in the new language.
        network.relabel();
    }

    private Callback<Class<?>, Object> controllerFactory() {
        return type -> {
            if (type == MainWindowController.class) {
                mainWindowController = new MainWindowController(
                        experimentController,
                        exports,
                        authoring,
                        presentation,
                        this::reloadMainWindow,
                        this::loadNetworkView);
                return mainWindowController;
            }
            if (type == LandscapeController.class) {
                landscapeController = new LandscapeController(landscape);
                return landscapeController;
            }
            if (LANDSCAPE_PARTS.containsKey(type)) {
                return LANDSCAPE_PARTS.get(type).apply(landscape);
            }
            if (type == NetworkController.class) {
                networkController = new NetworkController(network);
                return networkController;
            }
            if (type == NetworkDataController.class) {
                return new NetworkDataController(network, new LastFolder(presentation.lastFolderProperty()));
            }
            if (type == DrawingController.class) {
                return new DrawingController(network, new LastFolder(presentation.lastFolderProperty()));
            }
            if (type == NetworkSettingsController.class) {
                return new NetworkSettingsController(network);
            }
            if (type == TrainingToolbarController.class) {
                return new TrainingToolbarController(network);
            }
            if (type == NetworkPicturesController.class) {
                return new NetworkPicturesController(network);
            }
            if (type == LossLandscapeController.class) {
                return new LossLandscapeController(network.lossLandscape());
            }
            if (type == BackpropController.class) {
                return new BackpropController(network.diagram());
            }
            if (type == LessonController.class) {
                return new LessonController(experiment.lesson(), authoring);
            }
            if (type == MapController.class) {
                return new MapController(landscape.map());
            }
            if (type == StepInspectorController.class) {
                return new StepInspectorController(landscape.inspector(), landscape.optimizers());
            }
            if (type == OptimizerListController.class) {
                // The landscape tab includes the list; the network tab loads it with its own (see NetworkController).
                return new OptimizerListController(landscape.optimizers());
            }
            throw new IllegalArgumentException("no controller for " + type.getName());
        };
    }
}
