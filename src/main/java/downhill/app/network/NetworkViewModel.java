package downhill.app.network;

import downhill.app.backprop.DiagramViewModel;
import downhill.app.concurrent.LatestWins;
import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.app.optimizers.RangeTestViewModel;
import downhill.engine.WholeFiles;
import downhill.engine.data.Dataset;
import downhill.engine.data.DrawnPoints;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Initialization;
import downhill.engine.nn.Loss;
import downhill.engine.run.Contender;
import downhill.engine.train.Checkpoint;
import downhill.engine.train.Comparison;
import downhill.engine.train.EarlyStopping;
import downhill.engine.train.LearningRateRange;
import downhill.engine.train.ScheduleClock;
import downhill.engine.train.Trainer;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingPlan;
import downhill.engine.train.TrainingRun;
import downhill.experiment.NetworkSettings.BatchMode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;

/**
 * The neural network tab's state and commands. Data is prepared and decision boundaries are drawn on the executor
 * for background work, newest request winning; the copies train on the training executor, one task each.
 * {@link #onFrame(double)}, called once per frame, takes the newest results at most {@value #REFRESHES_PER_SECOND}
 * times a second, so 6 copies training never flood the FX thread.
 *
 * <p>A same-thread training executor trains the whole plan inside {@link #train()} (what a snapshot wants); pause
 * and step need a training executor with threads of its own.
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
    /** The training runs: their commands, phase, status and results. */
    private final TrainingSession session;

    private final LatestWins<DataSource, PreparedData> dataWorker;
    /** The decision-boundary pictures: their requests and the newest ones. */
    private final BoundaryPictures boundaries;

    private final StringProperty generator = new SimpleStringProperty(this, "generator", "moons");
    private final DoubleProperty samples = new SimpleDoubleProperty(this, "samples", 1000);
    private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise", 0.2);
    private final DoubleProperty seed = new SimpleDoubleProperty(this, "seed", 0);
    private final ObjectProperty<Path> csv = new SimpleObjectProperty<>(this, "csv");
    /** The test part from a file of the CSV's columns (null: split off from the data). */
    private final ObjectProperty<Path> testCsv = new SimpleObjectProperty<>(this, "testCsv");
    /** Normal initialisation's σ that makes a deep ReLU network blow up: the Init picker's "too large". */
    public static final double LARGE_SIGMA = NetworkShape.LARGE_SIGMA;
    /** Hidden sizes, activation, loss, initialisation, dropout and early stopping as typed. */
    private final NetworkShape shape = new NetworkShape();
    /** scikit-learn's conventions ({@code train --like sklearn}); made in the constructor, after the rows it sets. */
    private final LikeSklearn likeSklearn;
    /** The CSV file asked for whose data have not arrived yet (null: none); saved as the data meanwhile. */
    private Path pendingCsv;

    private final StringBinding testText = Bindings.createStringBinding(
            () -> testCsv.get() == null
                    ? Messages.text("network.test.split", (int) Math.round(PreparedData.TEST_FRACTION * 100))
                    : Messages.text("network.test.file", testCsv.get().getFileName()),
            testCsv);
    private final ReadOnlyObjectWrapper<PreparedData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper dataError = new ReadOnlyStringWrapper(this, "dataError", "");
    private final ReadOnlyStringWrapper dataWarning = new ReadOnlyStringWrapper(this, "dataWarning", "");
    /** Whether the data is drawn by hand (the "Drawn" source) rather than generated or loaded. */
    private final BooleanProperty drawingOn = new SimpleBooleanProperty(this, "drawingOn");
    /** The source picker's choice: a generator spec, or {@link #DRAWN}. */
    private final StringProperty dataChoice = new SimpleStringProperty(this, "dataChoice", "moons");

    private final DrawingViewModel drawing = new DrawingViewModel();
    /** Why the drawn data cannot train, or "" (Train says it). */
    private String dataProblem = "";

    private boolean choosing;
    private final DataSettings dataSettings = new DataSettings(generator, noise, csv, drawingOn);

    private final ObjectProperty<BatchMode> batchMode =
            new SimpleObjectProperty<>(this, "batchMode", BatchMode.MINI_BATCH);
    private final DoubleProperty batchSize = new SimpleDoubleProperty(this, "batchSize", 200);
    private final DoubleProperty epochs = new SimpleDoubleProperty(this, "epochs", 500);
    private final DoubleProperty l2 = new SimpleDoubleProperty(this, "l2", 0);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", true);
    /** Whether the tab is on screen; the controller keeps it up to date. */
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);

    private boolean dirty = true;
    /** The weights every copy starts from, for the diagram before training; null when the settings cannot train. */
    private double[] untrainedParameters;
    /** Their checkpoint per optimizer, kept so that the diagram asks for a new pass only when something changed. */
    private Map<Contender, Checkpoint> untrainedCheckpoints = Map.of();

    /**
     * @param executor         prepares data and draws decision boundaries
     * @param trainingExecutor runs each copy's training as one long task
     */
    public NetworkViewModel(Executor executor, Executor trainingExecutor) {
        session = new TrainingSession(trainingExecutor, layerHistograms, epochs, this::contender);
        dataWorker = new LatestWins<>(executor, (source, stale) -> PreparedData.load(source));
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
        generator.addListener(o -> useGenerator());
        dataChoice.addListener((obs, old, now) -> choose(now));
        drawing.pointsProperty().addListener(o -> {
            if (drawingOn.get()) {
                dirty = true;
                reloadData();
            }
        });
        for (Observable source : List.<Observable>of(samples, noise, seed)) {
            source.addListener(o -> reloadData());
        }
        likeSklearn = new LikeSklearn(
                batchMode,
                batchSize,
                l2,
                shape.initializationProperty(),
                shape.earlyStoppingTextProperty(),
                () -> data.get() == null ? 0 : data.get().data().train().sampleCount());
        data.addListener((obs, old, now) -> likeSklearn.show());
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
        reloadData();
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

    private void reloadData() {
        dataWorker.submit(new DataSource(
                generator.get(),
                (int) samples.get(),
                noise.get(),
                (long) seed.get(),
                csv.get(),
                drawingOn.get() ? drawing.pointsProperty().get() : null,
                csv.get() == null ? null : testCsv.get()));
    }

    /** Tests on {@code file} (the CSV data's columns) instead of a part split off; null splits again. */
    public void useTestCsv(Path file) {
        testCsv.set(file);
        reloadData();
    }

    /** The source picker's choice: {@link #DRAWN} draws by hand, a generator generates. */
    private void choose(String now) {
        if (choosing || now == null) {
            return;
        }
        if (DRAWN.equals(now)) {
            useDrawing();
        } else if (!now.equals(generator.get())) {
            generator.set(now);
        } else if (drawingOn.get()) {
            useGenerator();
        }
    }

    /** Trains on the points drawn by hand (the "Drawn" source), a CSV file or a generator giving way. */
    public void useDrawing() {
        pendingCsv = null;
        csv.set(null);
        drawingOn.set(true);
        follow(DRAWN);
        reloadData();
    }

    /** Keeps the picker's choice in step with the source without choosing again. */
    private void follow(String choice) {
        choosing = true;
        dataChoice.set(choice);
        choosing = false;
    }

    /**
     * Copies the chosen generator's set, as the boundaries picture it (standardised, the points within the plane),
     * into the drawing; Undo takes it back.
     */
    public void drawFromGenerator() {
        PreparedData generated = PreparedData.load(
                new DataSource(generator.get(), (int) samples.get(), noise.get(), (long) seed.get(), null));
        if (generated.data() == null) {
            return;
        }
        Dataset train = generated.data().train();
        Dataset test = generated.data().test();
        double[] features = new double[train.features().length + test.features().length];
        double[] targets = new double[train.sampleCount() + test.sampleCount()];
        System.arraycopy(train.features(), 0, features, 0, train.features().length);
        System.arraycopy(test.features(), 0, features, train.features().length, test.features().length);
        System.arraycopy(train.targets(), 0, targets, 0, train.sampleCount());
        System.arraycopy(test.targets(), 0, targets, train.sampleCount(), test.sampleCount());
        try {
            drawing.replace(
                    DrawnPoints.of(
                            new Dataset(
                                    train.name(),
                                    train.featureNames(),
                                    train.targetName(),
                                    train.classNames(),
                                    features,
                                    targets),
                            DrawingViewModel.PLANE.xMax()),
                    true);
        } catch (IllegalArgumentException e) {
            session.say(e.getMessage());
        }
    }

    /**
     * Writes the drawn points as CSV ({@code x1,x2,label}, what Load CSV… reads), whole or not at all; the status
     * says where it went or why not.
     */
    public void exportDrawing(Path file) {
        try {
            WholeFiles.writeText(file, drawing.pointsProperty().get().csv());
            session.say(Messages.text(
                    "network.drawn.exported", drawing.pointsProperty().get().size(), file.getFileName()));
        } catch (IOException e) {
            session.say(Messages.text("network.drawn.exportFailed", WholeFiles.reason(file, e)));
        }
    }

    /** Loads a CSV file; a bad one shows its error and the previous data stays. */
    public void loadCsv(Path file) {
        // A new data file: its own split, until a test file is chosen for it.
        loadCsv(file, null);
    }

    /**
     * Trains on all of {@code file} and tests on {@code testFile} (null: a share of {@code file} is split off), in
     * one request: a test file chosen apart would be asked for before the data file has arrived.
     */
    public void loadCsv(Path file, Path testFile) {
        pendingCsv = file;
        testCsv.set(testFile);
        dataWorker.submit(new DataSource(
                generator.get(), (int) samples.get(), noise.get(), (long) seed.get(), file, null, testFile));
    }

    /** Back to the generator after a CSV file. */
    public void useGenerator() {
        pendingCsv = null;
        csv.set(null);
        testCsv.set(null);
        drawingOn.set(false);
        follow(generator.get());
        reloadData();
    }

    private void apply(PreparedData prepared) {
        if (prepared.source().csv() != null && prepared.source().csv().equals(pendingCsv)) {
            pendingCsv = null;
        }
        if (prepared.error() != null && prepared.source().drawn() != null) {
            // Too few points drawn yet: nothing trains, and Train says why.
            dataProblem = prepared.error();
            dataError.set("");
            dataWarning.set(prepared.error());
            data.set(null);
            reset();
            return;
        }
        dataProblem = "";
        if (prepared.error() != null) {
            dataError.set(prepared.error());
            return;
        }
        dataError.set("");
        dataWarning.set(prepared.warning());
        if (prepared.source().csv() != null) {
            csv.set(prepared.source().csv());
            drawingOn.set(false);
            follow(generator.get());
        }
        data.set(prepared);
        reset();
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
                .withSeed((long) seed.get())
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
                comparison.runs().get(0).architecture(), data.get().data(), l2.get(), runs);
    }

    /** What trains now for the network diagram: each copy's newest weights, or the untrained ones before. */
    private DiagramViewModel.Live liveNetwork() {
        PreparedData prepared = data.get();
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
            if (untrainedParameters == null) {
                return null;
            }
            try {
                architecture = Architecture.forData(
                        prepared.data().train().featureCount(),
                        shape.hiddenSizesProperty().get(),
                        shape.activationProperty().get(),
                        plan().lossFor(prepared.data().classCount()),
                        prepared.data().classCount());
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (architecture.parameterCount() != untrainedParameters.length) {
                return null;
            }
            var checkpoints = new HashMap<Contender, Checkpoint>();
            for (OptimizerSettings settings : optimizers.racing()) {
                Contender contender = contender(settings);
                var checkpoint = untrainedCheckpoints.get(contender);
                if (checkpoint == null || checkpoint.parameters() != untrainedParameters) {
                    checkpoint = Checkpoint.untrained(untrainedParameters, contender);
                }
                checkpoints.put(contender, checkpoint);
                copies.add(new DiagramViewModel.Copy(settings.name(), checkpoint, contender));
            }
            untrainedCheckpoints = checkpoints;
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
        PreparedData prepared = data.get();
        List<OptimizerSettings> racing = optimizers.racing();
        untrainedParameters = null;
        if (prepared == null || racing.isEmpty()) {
            return;
        }
        try (Trainer untrained =
                new Trainer(prepared.data(), plan().withEpochs(1), racing.get(0).contender())) {
            untrainedParameters = untrained.initialParameters();
            // The statistics of the weights every copy starts from: the layers view shows them before training.
            layerHistograms.show(List.of(new LayerHistogramsViewModel.Source(
                    null, Color.GRAY, untrained.history().snapshot().layerStatistics())));
            boundaries.requestUntrained(
                    prepared, untrained.network().architecture(), untrained.initialParameters(), racing.size());
        } catch (IllegalArgumentException e) {
            // Settings that cannot train (e.g. a loss that does not fit the data): Train will say why.
        }
    }

    /** Makes a new comparison from the settings; false (and a status saying why) when it cannot. */
    private boolean begin() {
        reset();
        PreparedData prepared = data.get();
        List<OptimizerSettings> racing = optimizers.racing();
        if (prepared == null) {
            session.say(dataProblem.isEmpty() ? Messages.text("network.status.noData") : dataProblem);
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
        boolean changed = false;
        PreparedData prepared = dataWorker.poll();
        if (prepared != null) {
            apply(prepared);
            changed = true;
        }
        changed |= session.onFrame(elapsedSeconds);
        changed |= boundaries.onFrame(elapsedSeconds, data.get(), session.comparison(), shown.get());
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
        drawing.relabel();
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
        return drawing;
    }

    /** Whether the data is drawn by hand. */
    public ReadOnlyBooleanProperty drawingOnProperty() {
        return drawingOn;
    }

    /** The source picker's choice: a generator or {@link #DRAWN}. */
    public StringProperty dataChoiceProperty() {
        return dataChoice;
    }

    /** The data box's per-generator noise and what it names as the data. */
    public DataSettings dataSettings() {
        return dataSettings;
    }

    /** The "Network" diagram view's state. */
    public DiagramViewModel diagram() {
        return diagram;
    }

    /** The "Loss landscape" view's state. */
    /** The layers view: per-layer histograms of the runs' first epochs. */
    public LayerHistogramsViewModel layerHistograms() {
        return layerHistograms;
    }

    public LossLandscapeViewModel lossLandscape() {
        return lossLandscape;
    }

    public StringProperty generatorProperty() {
        return generator;
    }

    public DoubleProperty samplesProperty() {
        return samples;
    }

    public DoubleProperty noiseProperty() {
        return noise;
    }

    public DoubleProperty seedProperty() {
        return seed;
    }

    /** The CSV file in use, or null for the generator. */
    /** Why the dropout or early stopping typed is not valid, or "" (the field's line under it). */
    public StringBinding labSettingsErrorProperty() {
        return shape.labSettingsErrorProperty();
    }

    /** "Test: 20 % split off" or "Test: lecture_test.csv". */
    public StringBinding testTextProperty() {
        return testText;
    }

    public ReadOnlyObjectProperty<Path> testCsvProperty() {
        return testCsv;
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
        return pendingCsv != null ? pendingCsv : csv.get();
    }

    public ReadOnlyObjectProperty<Path> csvProperty() {
        return csv;
    }

    public ReadOnlyObjectProperty<PreparedData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** The training data in use, or null before the first is ready. */
    public TrainingData trainingData() {
        return data.get() == null ? null : data.get().data();
    }

    /** The last data that failed to load, e.g. {@code bad.csv: row 3 has 1 columns, the header has 3}; or "". */
    public ReadOnlyStringProperty dataErrorProperty() {
        return dataError.getReadOnlyProperty();
    }

    /** Empty, or why the data in use is not all of the file (e.g. a million-row CSV file sampled down). */
    public ReadOnlyStringProperty dataWarningProperty() {
        return dataWarning.getReadOnlyProperty();
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
        PreparedData prepared = data.get();
        if (prepared == null) {
            throw new IllegalStateException(
                    dataProblem.isEmpty() ? Messages.text("network.status.noData") : dataProblem);
        }
        TrainingPlan plan = plan().withScheduleClock(ScheduleClock.UPDATE);
        return stale -> LearningRateRange.run(prepared.data(), plan, contender, first, last, steps, stale);
    }
}
