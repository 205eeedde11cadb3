package downhill.app.network;

import downhill.app.backprop.DiagramViewModel;
import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.app.optimizers.RangeTestViewModel;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Loss;
import downhill.engine.run.Contender;
import downhill.engine.train.Comparison;
import downhill.engine.train.LearningRateRange;
import downhill.engine.train.ScheduleClock;
import downhill.engine.train.TrainingPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The neural network tab's state and commands, made of parts the views reach directly: {@link NetworkData} (the
 * data), {@link NetworkShape} (the network as typed), {@link TrainingSettings} (batches, epochs, L2, early stopping,
 * "like scikit-learn"), {@link LiveTraining} (Train, Pause, Step, Reset), {@link TrainingSession} (the runs: phase,
 * status, results), {@link BoundaryPictures}, the optimizer list and the views beside the boundaries. This class
 * makes them and wires them to each other: any setting resets training, and the plan, the loss landscape's and the
 * diagram's training come from several parts at once.
 *
 * <p>Data is prepared and decision boundaries are drawn on the executor for background work, newest request
 * winning; the copies train on the training executor, one task each. {@link #onFrame(double)}, called once per
 * frame, takes the newest results at most {@value TrainingSession#REFRESHES_PER_SECOND} times a second, so 6 copies
 * training never flood the FX thread.
 */
public final class NetworkViewModel {

    private final OptimizerListViewModel optimizers = new OptimizerListViewModel();
    private final LossLandscapeViewModel lossLandscape;
    private final DiagramViewModel diagram;
    private final LayerHistogramsViewModel layerHistograms = new LayerHistogramsViewModel();
    /** Which of the views above, or the decision boundaries, the tab shows. */
    private final PictureChoice pictureChoice;

    private final NetworkShape shape = new NetworkShape();
    private final TrainingSettings trainingSettings;
    private final TrainingSession session;
    private final NetworkData data;
    private final BoundaryPictures boundaries;
    private final LiveTraining training;
    /** The weights every copy starts from, shown before training. */
    private final UntrainedStart untrained = new UntrainedStart();

    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", true);
    /** Whether the tab is on screen; the controller keeps it up to date. */
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);

    /**
     * @param executor         prepares data and draws decision boundaries
     * @param trainingExecutor runs each copy's training as one long task
     */
    public NetworkViewModel(Executor executor, Executor trainingExecutor) {
        trainingSettings = new TrainingSettings(
                shape,
                () -> data().trainingData() == null
                        ? 0
                        : data().trainingData().train().sampleCount());
        session = new TrainingSession(
                trainingExecutor, layerHistograms, trainingSettings.epochsProperty(), this::contender);
        data = new NetworkData(
                executor, () -> training().reset(), () -> training().markChanged(), session::say);
        boundaries = new BoundaryPictures(executor);
        lossLandscape = new LossLandscapeViewModel(
                executor,
                () -> session.landscapeTraining(
                        data.trainingData(), trainingSettings.l2Property().get()));
        training = new LiveTraining(session, data, optimizers, this::plan, this::clearPictures, this::showUntrained);
        // On screen only when chosen and the tab itself shows: only then is a grid worth its third of a second.
        lossLandscape.shownProperty().bind(shown.and(lossLandscape.selectedProperty()));
        diagram = new DiagramViewModel(executor, this::liveNetwork);
        diagram.shownProperty().bind(shown.and(diagram.selectedProperty()));
        pictureChoice = new PictureChoice(
                lossLandscape.selectedProperty(), diagram.selectedProperty(), layerHistograms.selectedProperty());
        session.phaseProperty().addListener((obs, old, now) -> {
            if (now == TrainingSession.Phase.DONE || now == TrainingSession.Phase.PAUSED) {
                lossLandscape.trainingSettled();
            }
        });
        // The lecture's pair.
        optimizers.select(Map.of("adam", 1e-3, "momentum", 1e-2));
        // A schedule here counts epochs (the trainer's default clock): its plot spans the epochs asked for.
        optimizers.countsEpochsProperty().set(true);
        optimizers.setRangeTest(new RangeTestViewModel(
                optimizers, executor, this::rangeTest, Messages.text("rangeTest.from.network"), 1e-7));
        DoubleProperty epochs = trainingSettings.epochsProperty();
        optimizers
                .stepsShownProperty()
                .bind(Bindings.createIntegerBinding(
                        () -> (int) Math.min(Integer.MAX_VALUE, Math.max(1, epochs.get())), epochs));
        data.dataProperty().addListener((obs, old, now) -> trainingSettings.dataChanged());
        for (Observable setting : List.<Observable>of(
                shape.hiddenSizesProperty(),
                shape.activationProperty(),
                shape.lossProperty(),
                trainingSettings.batchModeProperty(),
                trainingSettings.batchSizeProperty(),
                epochs,
                trainingSettings.l2Property(),
                optimizers.revisionProperty(),
                shape.initializationProperty(),
                shape.dropoutTextProperty(),
                trainingSettings.earlyStoppingTextProperty(),
                trainingSettings.likeSklearnProperty())) {
            setting.addListener(o -> training.reset());
        }
        data.reload();
    }

    /** The plan the settings describe (throws naming the problem). */
    TrainingPlan plan() {
        TrainingPlan plan = trainingSettings
                .withSteps(TrainingPlan.defaults()
                        .withHiddenSizes(shape.hiddenSizesProperty().get())
                        .withActivation(shape.activationProperty().get())
                        .withLoss(
                                "auto".equals(shape.lossProperty().get())
                                        ? null
                                        : Loss.parse(shape.lossProperty().get())))
                .withSeed((long) data.seedProperty().get())
                .withInitialization(shape.initializationProperty().get())
                // A hundred or so weight vectors per copy, for the paths on the loss landscape.
                .withRecordParameters(true);
        List<Double> dropout = shape.dropout();
        if (!dropout.isEmpty()) {
            plan = plan.withDropout(dropout);
        }
        return trainingSettings.withStopping(plan);
    }

    /** What a row of the optimizer list trains: its contender, as scikit-learn runs it when that is on. */
    private Contender contender(OptimizerSettings settings) {
        return trainingSettings.contender(settings.contender());
    }

    /** Clears the pictures of a training that stopped. */
    private void clearPictures() {
        lossLandscape.clear();
        layerHistograms.show(List.of());
        boundaries.clear();
    }

    /**
     * Before training, every panel shows what the untrained network predicts and the diagram shows its weights (for
     * any data, pictured on a plane or not): all copies start from them.
     */
    private void showUntrained() {
        untrained.make(data.prepared(), optimizers.racing(), this::plan, layerHistograms, boundaries);
    }

    /** What trains now for the network diagram: each copy's newest weights, or the untrained ones before. */
    private DiagramViewModel.Live liveNetwork() {
        PreparedData prepared = data.prepared();
        if (prepared == null) {
            return null;
        }
        List<DiagramViewModel.Copy> copies = new ArrayList<>();
        Comparison comparison = session.comparison();
        Architecture architecture;
        if (comparison != null) {
            architecture = comparison.runs().get(0).architecture();
            copies.addAll(session.diagramCopies());
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
        int batch = trainingSettings.samplesPerUpdate(prepared.data().train().sampleCount());
        return new DiagramViewModel.Live(
                architecture,
                prepared.data(),
                prepared.window(),
                trainingSettings.l2Property().get(),
                batch,
                copies);
    }

    /**
     * The range test of one optimizer on the tab's data with its network settings, from the weights training
     * starts from (the plan's initialisation and seed), one update per mini-batch.
     */
    private Function<BooleanSupplier, LearningRateRange.Result> rangeTest(
            Contender contender, double first, double last, int steps) {
        PreparedData prepared = data.prepared();
        if (prepared == null) {
            throw new IllegalStateException(data.problem());
        }
        TrainingPlan plan = plan().withScheduleClock(ScheduleClock.UPDATE);
        return stale -> LearningRateRange.run(prepared.data(), plan, contender, first, last, steps, stale);
    }

    /**
     * Takes the newest data, training records and pictures; returns whether anything drawn changed. At most
     * {@value TrainingSession#REFRESHES_PER_SECOND} refreshes a second however often it is called; pass a large
     * {@code elapsedSeconds} to refresh now.
     */
    public boolean onFrame(double elapsedSeconds) {
        boolean changed = data.takeNewest();
        changed |= session.onFrame(elapsedSeconds);
        changed |= boundaries.onFrame(elapsedSeconds, data.prepared(), session.comparison(), shown.get());
        changed |= lossLandscape.onFrame(elapsedSeconds);
        changed |= diagram.onFrame(elapsedSeconds);
        changed |= training.takeChanged();
        return changed;
    }

    /** Says the status again in the language now chosen (after a switch; a passing complaint is not repeated). */
    public void relabel() {
        session.relabel();
        lossLandscape.relabel();
        data.drawing().relabel();
        layerHistograms.relabel();
    }

    /** The data: its source, loading and the data in use. */
    public NetworkData data() {
        return data;
    }

    /** The network as typed: hidden layers, activation, loss, initialisation, dropout. */
    public NetworkShape shape() {
        return shape;
    }

    /** Batches, epochs, L2, early stopping and "like scikit-learn". */
    public TrainingSettings trainingSettings() {
        return trainingSettings;
    }

    /** Train, Pause, Step and Reset. */
    public LiveTraining training() {
        return training;
    }

    /** The runs: phase, status and results. */
    public TrainingSession session() {
        return session;
    }

    /** The decision-boundary pictures. */
    public BoundaryPictures boundaries() {
        return boundaries;
    }

    public OptimizerListViewModel optimizers() {
        return optimizers;
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

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }
}
