package downhill.app.network;

import downhill.app.backprop.DiagramViewModel;
import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.app.optimizers.RangeTestViewModel;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Initialization;
import downhill.engine.nn.Loss;
import downhill.engine.run.Contender;
import downhill.engine.train.Comparison;
import downhill.engine.train.EarlyStopping;
import downhill.engine.train.LearningRateRange;
import downhill.engine.train.ScheduleClock;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingPlan;
import downhill.engine.train.TrainingRun;
import downhill.experiment.NetworkSettings.BatchMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The neural network tab's state and commands. Data is prepared and decision boundaries are drawn on the executor
 * for background work, newest request winning; the copies train on the training executor, one task each.
 * {@link #onFrame(double)}, called once per frame, takes the newest results at most {@value #REFRESHES_PER_SECOND}
 * times a second, so 6 copies training never flood the FX thread.
 *
 * <p>A same-thread training executor trains the whole plan inside {@link #train()} (what a snapshot wants); pause
 * and step need a training executor with threads of its own.
 *
 * <p>The work is done by its parts: {@link NetworkData} (the data), {@link NetworkShape} (the network as typed),
 * {@link TrainingSession} (the runs), {@link BoundaryPictures} and {@link UntrainedStart}; this class wires them to
 * the views and each other. It is longer than its parts because it keeps the tab's whole public API (about 60
 * properties and commands, mostly one-line delegations) that the controller, the experiment view-model, the
 * snapshot and the tests use.
 */
public final class NetworkViewModel {

    /** A batch mode as the picker names it, in the window's language. */
    public static String label(BatchMode mode) {
        return Messages.text(
                switch (mode) {
                    case MINI_BATCH -> "network.batchMode.miniBatch";
                    case BATCH -> "network.batchMode.batch";
                    case STOCHASTIC -> "network.batchMode.stochastic";
                });
    }

    /** Where training stands, for the buttons. */
    public enum Phase {
        IDLE,
        TRAINING,
        PAUSED,
        DONE
    }

    static final int REFRESHES_PER_SECOND = TrainingSession.REFRESHES_PER_SECOND;
    /** The vanishing-gradients set-up: 8 hidden layers of 32, as in the lecture. */
    static final List<Integer> DEEP_NARROW = NetworkShape.DEEP_NARROW;

    public static final List<String> GENERATORS = List.of("moons", "circles", "blobs", "xor", "spiral", "gaussian");
    /** The source picker's entry for data drawn by hand. */
    public static final String DRAWN = "drawn";

    public static final List<String> LOSSES = List.of("auto", "bce", "ce", "mse");

    private final OptimizerListViewModel optimizers = new OptimizerListViewModel();
    private final LossLandscapeViewModel lossLandscape;
    private final DiagramViewModel diagram;
    private final LayerHistogramsViewModel layerHistograms = new LayerHistogramsViewModel();
    /** Which of the views above, or the decision boundaries, the tab shows. */
    private final PictureChoice pictureChoice;
    /** The training runs: their commands, phase, status and results. */
    private final TrainingSession session;

    /** The decision-boundary pictures: their requests and the newest ones. */
    private final BoundaryPictures boundaries;

    /** The data: the source chosen, its loading and the data in use. */
    private final NetworkData networkData;
    /** Normal initialisation's σ that makes a deep ReLU network blow up: the Init picker's "too large". */
    public static final double LARGE_SIGMA = NetworkShape.LARGE_SIGMA;
    /** Hidden sizes, activation, loss, initialisation, dropout and early stopping as typed. */
    private final NetworkShape shape = new NetworkShape();
    /** scikit-learn's conventions ({@code train --like sklearn}); made in the constructor, after the rows it sets. */
    private final LikeSklearn likeSklearn;

    private final ObjectProperty<BatchMode> batchMode =
            new SimpleObjectProperty<>(this, "batchMode", BatchMode.MINI_BATCH);
    private final DoubleProperty batchSize = new SimpleDoubleProperty(this, "batchSize", 200);
    private final DoubleProperty epochs = new SimpleDoubleProperty(this, "epochs", 500);
    private final DoubleProperty l2 = new SimpleDoubleProperty(this, "l2", 0);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", true);
    /** Whether the tab is on screen; the controller keeps it up to date. */
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);

    private boolean dirty = true;
    /** The weights every copy starts from, shown before training. */
    private final UntrainedStart untrained = new UntrainedStart();

    /**
     * @param executor         prepares data and draws decision boundaries
     * @param trainingExecutor runs each copy's training as one long task
     */
    public NetworkViewModel(Executor executor, Executor trainingExecutor) {
        session = new TrainingSession(trainingExecutor, layerHistograms, epochs, this::contender);
        networkData = new NetworkData(executor, this::reset, () -> dirty = true, session::say);
        boundaries = new BoundaryPictures(executor);
        lossLandscape = new LossLandscapeViewModel(executor, this::currentTraining);
        // On screen only when chosen and the tab itself shows: only then is a grid worth its third of a second.
        lossLandscape.shownProperty().bind(shown.and(lossLandscape.selectedProperty()));
        diagram = new DiagramViewModel(executor, this::liveNetwork);
        diagram.shownProperty().bind(shown.and(diagram.selectedProperty()));
        // One view at a time: choosing the diagram leaves the loss landscape, and the other way round.
        diagram.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                lossLandscape.selectedProperty().set(false);
            }
        });
        lossLandscape.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                diagram.selectedProperty().set(false);
            }
        });
        exclusiveWithLayers(diagram.selectedProperty());
        exclusiveWithLayers(lossLandscape.selectedProperty());
        pictureChoice = new PictureChoice(
                lossLandscape.selectedProperty(), diagram.selectedProperty(), layerHistograms.selectedProperty());
        session.phaseProperty().addListener((obs, old, now) -> {
            if (now == Phase.DONE || now == Phase.PAUSED) {
                lossLandscape.trainingSettled();
            }
        });
        // The lecture's pair.
        optimizers.select(Map.of("adam", 1e-3, "momentum", 1e-2));
        // A schedule here counts epochs (the trainer's default clock): its plot spans the epochs asked for.
        optimizers.countsEpochsProperty().set(true);
        optimizers.setRangeTest(new RangeTestViewModel(
                optimizers, executor, this::rangeTest, Messages.text("rangeTest.from.network"), 1e-7));
        optimizers
                .stepsShownProperty()
                .bind(Bindings.createIntegerBinding(
                        () -> (int) Math.min(Integer.MAX_VALUE, Math.max(1, epochs.get())), epochs));
        likeSklearn = new LikeSklearn(
                batchMode,
                batchSize,
                l2,
                shape.initializationProperty(),
                shape.earlyStoppingTextProperty(),
                () -> networkData.trainingData() == null
                        ? 0
                        : networkData.trainingData().train().sampleCount());
        networkData.dataProperty().addListener((obs, old, now) -> likeSklearn.show());
        for (Observable setting : List.<Observable>of(
                shape.hiddenSizesProperty(),
                shape.activationProperty(),
                shape.lossProperty(),
                batchMode,
                batchSize,
                epochs,
                l2,
                optimizers.revisionProperty(),
                shape.initializationProperty(),
                shape.dropoutTextProperty(),
                shape.earlyStoppingTextProperty(),
                likeSklearn.onProperty())) {
            setting.addListener(o -> reset());
        }
        networkData.reload();
    }

    /** The layers view and {@code other} are never chosen both: choosing one leaves the other. */
    private void exclusiveWithLayers(BooleanProperty other) {
        other.addListener((obs, old, now) -> {
            if (now) {
                layerHistograms.selectedProperty().set(false);
            }
        });
        layerHistograms.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                other.set(false);
            }
        });
    }

    // ----- data

    /** Tests on {@code file} (the CSV data's columns) instead of a part split off; null splits again. */
    public void useTestCsv(Path file) {
        networkData.useTestCsv(file);
    }

    /** Trains on the points drawn by hand (the "Drawn" source), a CSV file or a generator giving way. */
    public void useDrawing() {
        networkData.useDrawing();
    }

    /**
     * Copies the chosen generator's set, as the boundaries picture it (standardised, the points within the plane),
     * into the drawing; Undo takes it back.
     */
    public void drawFromGenerator() {
        networkData.drawFromGenerator();
    }

    /**
     * Writes the drawn points as CSV ({@code x1,x2,label}, what Load CSV… reads), whole or not at all; the status
     * says where it went or why not.
     */
    public void exportDrawing(Path file) {
        networkData.exportDrawing(file);
    }

    /** Loads a CSV file; a bad one shows its error and the previous data stays. */
    public void loadCsv(Path file) {
        networkData.loadCsv(file);
    }

    /**
     * Trains on all of {@code file} and tests on {@code testFile} (null: a share of {@code file} is split off), in
     * one request: a test file chosen apart would be asked for before the data file has arrived.
     */
    public void loadCsv(Path file, Path testFile) {
        networkData.loadCsv(file, testFile);
    }

    /** Back to the generator after a CSV file. */
    public void useGenerator() {
        networkData.useGenerator();
    }

    // ----- network settings

    /** Adds a layer like the last one (+), or removes the last layer (−). */
    public void addLayer() {
        shape.addLayer();
    }

    public void removeLayer() {
        shape.removeLayer();
    }

    /**
     * The lecture's vanishing-gradients set-up: 8 hidden sigmoid layers of 32. Called again on that set-up, it
     * switches the same network to ReLU, so the two gradient flows can be compared.
     */
    public void toggleVanishingGradients() {
        shape.toggleVanishingGradients();
    }

    /** The plan the settings describe (throws naming the problem). */
    TrainingPlan plan() {
        int batch = switch (batchMode.get()) {
            case BATCH -> TrainingPlan.FULL_BATCH;
            case STOCHASTIC -> 1;
            case MINI_BATCH -> (int) batchSize.get();
        };
        TrainingPlan plan = TrainingPlan.defaults()
                .withHiddenSizes(shape.hiddenSizesProperty().get())
                .withActivation(shape.activationProperty().get())
                .withLoss(
                        "auto".equals(shape.lossProperty().get())
                                ? null
                                : Loss.parse(shape.lossProperty().get()))
                .withL2(l2.get())
                .withEpochs((int) epochs.get())
                .withBatchSize(batch)
                .withSeed((long) networkData.seedProperty().get())
                .withInitialization(shape.initializationProperty().get())
                // A hundred or so weight vectors per copy, for the paths on the loss landscape.
                .withRecordParameters(true);
        List<Double> dropout = dropout();
        if (!dropout.isEmpty()) {
            plan = plan.withDropout(dropout);
        }
        EarlyStopping stopping = earlyStopping();
        return likeSklearn.plan(stopping == null ? plan : plan.withEarlyStopping(stopping));
    }

    /** What a row of the optimizer list trains: its contender, as scikit-learn runs it when that is on. */
    private Contender contender(OptimizerSettings settings) {
        return likeSklearn.contender(settings.contender());
    }

    /** The dropout typed: none for "" or "0", one probability for all hidden layers, or one per layer. */
    public List<Double> dropout() {
        return shape.dropout();
    }

    /** The early stopping typed, or null for none. */
    public EarlyStopping earlyStopping() {
        return shape.earlyStopping();
    }

    /** What trains now, for the loss landscape; null before any copy has finished an epoch. */
    private LossLandscapeViewModel.Training currentTraining() {
        Comparison comparison = session.comparison();
        if (comparison == null || comparison.runs().stream().anyMatch(run -> run.latestParameters() == null)) {
            return null;
        }
        List<SliceWork.RunPath> runs = comparison.runs().stream()
                .map(run -> SliceWork.RunPath.of(run, session.settingsOf(run).displayName()))
                .toList();
        return new LossLandscapeViewModel.Training(
                comparison.runs().get(0).architecture(), networkData.trainingData(), l2.get(), runs);
    }

    /** What trains now for the network diagram: each copy's newest weights, or the untrained ones before. */
    private DiagramViewModel.Live liveNetwork() {
        PreparedData prepared = networkData.prepared();
        if (prepared == null) {
            return null;
        }
        List<DiagramViewModel.Copy> copies = new ArrayList<>();
        Comparison comparison = session.comparison();
        Architecture architecture;
        if (comparison != null) {
            architecture = comparison.runs().get(0).architecture();
            for (TrainingRun run : comparison.runs()) {
                // The diagram shows the update training makes next: the runs keep their optimizer's state from now.
                run.keepOptimizerState();
                copies.add(new DiagramViewModel.Copy(run.name(), run.checkpoint(), run.contender()));
            }
        } else {
            UntrainedStart.Copies start = untrained.copies(
                    () -> Architecture.forData(
                            prepared.data().train().featureCount(),
                            shape.hiddenSizesProperty().get(),
                            shape.activationProperty().get(),
                            plan().lossFor(prepared.data().classCount()),
                            prepared.data().classCount()),
                    optimizers.racing(),
                    this::contender);
            if (start == null) {
                return null;
            }
            architecture = start.architecture();
            copies.addAll(start.copies());
        }
        int batch = batchMode.get() == BatchMode.MINI_BATCH
                ? (int) batchSize.get()
                : batchMode.get() == BatchMode.STOCHASTIC
                        ? 1
                        : prepared.data().train().sampleCount();
        return new DiagramViewModel.Live(architecture, prepared.data(), prepared.window(), l2.get(), batch, copies);
    }

    // ----- training commands

    /** Starts training, or resumes it when paused. */
    public void train() {
        if (session.resume()) {
            dirty = true;
        } else if (begin()) {
            session.start();
        }
    }

    /** Pauses every copy after its current epoch. */
    public void pause() {
        if (session.pause()) {
            dirty = true;
        }
    }

    /** Trains every copy exactly one more epoch, then pauses. */
    public void step() {
        if (session.stepOn()) {
            dirty = true;
        } else if (begin()) {
            session.startOneEpoch();
        }
    }

    /** Stops training and clears its results; the settings stay. */
    public void reset() {
        session.stop();
        lossLandscape.clear();
        layerHistograms.show(List.of());
        boundaries.clear();
        session.idle();
        dirty = true;
        requestUntrainedPictures();
    }

    /**
     * Before training, every panel shows what the untrained network predicts and the diagram shows its weights (for
     * any data, pictured on a plane or not): all copies start from them.
     */
    private void requestUntrainedPictures() {
        untrained.make(networkData.prepared(), optimizers.racing(), this::plan, layerHistograms, boundaries);
    }

    /** Makes a new comparison from the settings; false (and a status saying why) when it cannot. */
    private boolean begin() {
        reset();
        PreparedData prepared = networkData.prepared();
        List<OptimizerSettings> racing = optimizers.racing();
        if (prepared == null) {
            session.say(networkData.problem());
            return false;
        }
        if (racing.isEmpty()) {
            session.say(Messages.text("network.status.noOptimizer"));
            return false;
        }
        if (!session.begin(prepared.data(), this::plan, racing)) {
            return false;
        }
        dirty = true;
        return true;
    }

    // ----- per frame

    /**
     * Takes the newest data, training records and pictures; returns whether anything drawn changed. At most
     * {@value #REFRESHES_PER_SECOND} refreshes a second however often it is called; pass a large
     * {@code elapsedSeconds} to refresh now.
     */
    public boolean onFrame(double elapsedSeconds) {
        boolean changed = networkData.takeNewest();
        changed |= session.onFrame(elapsedSeconds);
        changed |= boundaries.onFrame(elapsedSeconds, networkData.prepared(), session.comparison(), shown.get());
        changed |= lossLandscape.onFrame(elapsedSeconds);
        changed |= diagram.onFrame(elapsedSeconds);
        changed |= dirty;
        dirty = false;
        return changed;
    }

    /** Says the status again in the language now chosen (after a switch; a passing complaint is not repeated). */
    public void relabel() {
        session.relabel();
        lossLandscape.relabel();
        networkData.drawing().relabel();
        layerHistograms.relabel();
    }

    /** Waits (for tests and snapshots) until every copy has ended; false on timeout. */
    public boolean awaitTraining(long millis) throws InterruptedException {
        return session.await(millis);
    }

    // ----- properties

    public OptimizerListViewModel optimizers() {
        return optimizers;
    }

    /** The drawing of the "Drawn" source (kept while another source is chosen). */
    public DrawingViewModel drawing() {
        return networkData.drawing();
    }

    /** Whether the data is drawn by hand. */
    public ReadOnlyBooleanProperty drawingOnProperty() {
        return networkData.drawingOnProperty();
    }

    /** The source picker's choice: a generator or {@link #DRAWN}. */
    public StringProperty dataChoiceProperty() {
        return networkData.dataChoiceProperty();
    }

    /** The data box's per-generator noise and what it names as the data. */
    public DataSettings dataSettings() {
        return networkData.dataSettings();
    }

    /** The "Network" diagram view's state. */
    public DiagramViewModel diagram() {
        return diagram;
    }

    /** The layers view: per-layer histograms of the runs' first epochs. */
    public LayerHistogramsViewModel layerHistograms() {
        return layerHistograms;
    }

    /** Which picture the tab shows: the decision boundaries or one of the views. */
    public PictureChoice pictureChoice() {
        return pictureChoice;
    }

    /** The "Loss landscape" view's state. */
    public LossLandscapeViewModel lossLandscape() {
        return lossLandscape;
    }

    public StringProperty generatorProperty() {
        return networkData.generatorProperty();
    }

    public DoubleProperty samplesProperty() {
        return networkData.samplesProperty();
    }

    public DoubleProperty noiseProperty() {
        return networkData.noiseProperty();
    }

    public DoubleProperty seedProperty() {
        return networkData.seedProperty();
    }

    /** Why the dropout or early stopping typed is not valid, or "" (the field's line under it). */
    public StringBinding labSettingsErrorProperty() {
        return shape.labSettingsErrorProperty();
    }

    /** "Test: 20 % split off" or "Test: lecture_test.csv". */
    public StringBinding testTextProperty() {
        return networkData.testTextProperty();
    }

    /** The CSV file tested on, or null when the test part is split off the data. */
    public ReadOnlyObjectProperty<Path> testCsvProperty() {
        return networkData.testCsvProperty();
    }

    public ObjectProperty<Initialization> initializationProperty() {
        return shape.initializationProperty();
    }

    public ObservableList<Initialization> initializations() {
        return shape.initializations();
    }

    public StringProperty dropoutTextProperty() {
        return shape.dropoutTextProperty();
    }

    public StringProperty earlyStoppingTextProperty() {
        return shape.earlyStoppingTextProperty();
    }

    /**
     * Whether training runs as scikit-learn's MLPClassifier does by default ({@code train --like sklearn}): while
     * on, batches, L2, Init and Stop early show the values it uses (and the view disables them).
     */
    public BooleanProperty likeSklearnProperty() {
        return likeSklearn.onProperty();
    }

    /** The CSV file the data come from, or are being loaded from (null: generated or drawn); what a save keeps. */
    public Path dataFile() {
        return networkData.dataFile();
    }

    public ReadOnlyObjectProperty<Path> csvProperty() {
        return networkData.csvProperty();
    }

    public ReadOnlyObjectProperty<PreparedData> dataProperty() {
        return networkData.dataProperty();
    }

    /** The training data in use, or null before the first is ready. */
    public TrainingData trainingData() {
        return networkData.trainingData();
    }

    /** The last data that failed to load, e.g. {@code bad.csv: row 3 has 1 columns, the header has 3}; or "". */
    public ReadOnlyStringProperty dataErrorProperty() {
        return networkData.dataErrorProperty();
    }

    /** Empty, or why the data in use is not all of the file (e.g. a million-row CSV file sampled down). */
    public ReadOnlyStringProperty dataWarningProperty() {
        return networkData.dataWarningProperty();
    }

    public StringProperty hiddenTextProperty() {
        return shape.hiddenTextProperty();
    }

    public ReadOnlyStringProperty hiddenErrorProperty() {
        return shape.hiddenErrorProperty();
    }

    public ObjectProperty<List<Integer>> hiddenSizesProperty() {
        return shape.hiddenSizesProperty();
    }

    public ObjectProperty<Activation> activationProperty() {
        return shape.activationProperty();
    }

    /** "auto" (from the data) or a loss's CLI name. */
    public StringProperty lossProperty() {
        return shape.lossProperty();
    }

    public ObjectProperty<BatchMode> batchModeProperty() {
        return batchMode;
    }

    public DoubleProperty batchSizeProperty() {
        return batchSize;
    }

    public DoubleProperty epochsProperty() {
        return epochs;
    }

    public DoubleProperty l2Property() {
        return l2;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return session.phaseProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return session.statusProperty();
    }

    /** Every copy as of the last refresh, in the optimizer list's order. */
    public ReadOnlyObjectProperty<List<RunResult>> resultsProperty() {
        return session.resultsProperty();
    }

    /** Each copy's decision boundary as of the last picture (an entry is null before its first epoch). */
    public ReadOnlyObjectProperty<List<LandscapeImage>> boundariesProperty() {
        return boundaries.property();
    }

    /**
     * The range test of one optimizer on the tab's data with its network settings, from the weights training
     * starts from (the plan's initialisation and seed), one update per mini-batch.
     */
    private Function<BooleanSupplier, LearningRateRange.Result> rangeTest(
            Contender contender, double first, double last, int steps) {
        PreparedData prepared = networkData.prepared();
        if (prepared == null) {
            throw new IllegalStateException(networkData.problem());
        }
        TrainingPlan plan = plan().withScheduleClock(ScheduleClock.UPDATE);
        return stale -> LearningRateRange.run(prepared.data(), plan, contender, first, last, steps, stale);
    }
}
