package downhill.app.network;

import downhill.app.backprop.DiagramViewModel;
import downhill.app.i18n.Messages;
import downhill.app.i18n.OutcomeText;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.run.Contender;
import downhill.engine.train.Comparison;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingListener;
import downhill.engine.train.TrainingPlan;
import downhill.engine.train.TrainingRun;
import downhill.engine.train.TrainingState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The network tab's training runs: the comparison of the racing optimizers' copies with its start, pause, step and
 * stop on the training executor, the phase, the status line and the copies' results as of the last refresh (at most
 * {@value #REFRESHES_PER_SECOND} a second). Runs on the FX thread; the copies train on the executor.
 */
public final class TrainingSession {

    /** Where training stands, for the buttons. */
    public enum Phase {
        IDLE,
        TRAINING,
        PAUSED,
        DONE
    }

    static final int REFRESHES_PER_SECOND = 30;
    /** Copies that compute at once: one core stays free for drawing, or the window stutters while six train. */
    static final int TRAINING_CONCURRENCY = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    private final Executor trainingExecutor;
    private final LayerHistogramsViewModel layerHistograms;
    /** The epochs asked for, which the status counts against. */
    private final DoubleProperty epochs;
    /** What a row of the optimizer list trains. */
    private final Function<OptimizerSettings, Contender> contender;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyStringWrapper status =
            new ReadOnlyStringWrapper(this, "status", Messages.text("network.status.start"));
    private final ReadOnlyObjectWrapper<List<RunProgress>> results =
            new ReadOnlyObjectWrapper<>(this, "results", List.of());

    private Comparison comparison;
    /** The optimizer rows of {@link #comparison}'s copies, in its order. */
    private List<OptimizerSettings> racingSettings = List.of();
    /** Per run, the epoch after which it pauses: how Step trains exactly one more epoch. */
    private final Map<TrainingRun, Integer> pauseAfter = new ConcurrentHashMap<>();

    private boolean paused;
    private double sinceRefresh = Double.POSITIVE_INFINITY;

    TrainingSession(
            Executor trainingExecutor,
            LayerHistogramsViewModel layerHistograms,
            DoubleProperty epochs,
            Function<OptimizerSettings, Contender> contender) {
        this.trainingExecutor = trainingExecutor;
        this.layerHistograms = layerHistograms;
        this.epochs = epochs;
        this.contender = contender;
    }

    /** The comparison training or trained, or null before Train or after a reset. */
    Comparison comparison() {
        return comparison;
    }

    /** The optimizer row a copy of the comparison trains for (its contender may be Nesterov's for a momentum row). */
    OptimizerSettings settingsOf(TrainingRun run) {
        return racingSettings.get(comparison.runs().indexOf(run));
    }

    /** What trains now, for the loss landscape; null before any copy has finished an epoch. */
    LossLandscapeViewModel.Training landscapeTraining(TrainingData data, double l2) {
        if (comparison == null || comparison.runs().stream().anyMatch(run -> run.latestParameters() == null)) {
            return null;
        }
        List<LossSliceComputation.RunPath> runs = comparison.runs().stream()
                .map(run -> LossSliceComputation.RunPath.of(run, settingsOf(run).displayName()))
                .toList();
        return new LossLandscapeViewModel.Training(comparison.runs().get(0).architecture(), data, l2, runs);
    }

    /**
     * Each copy's newest weights for the network diagram, which shows the update training makes next: the runs keep
     * their optimizer's state from now on. Only while a comparison exists.
     */
    List<DiagramViewModel.Copy> diagramCopies() {
        List<DiagramViewModel.Copy> copies = new ArrayList<>();
        for (TrainingRun run : comparison.runs()) {
            run.keepOptimizerState();
            copies.add(new DiagramViewModel.Copy(run.name(), run.checkpoint(), run.contender()));
        }
        return copies;
    }

    /** Makes a new comparison of {@code racing} on {@code data}; false (and a status saying why) when it cannot. */
    boolean begin(TrainingData data, Supplier<TrainingPlan> plan, List<OptimizerSettings> racing) {
        List<Contender> contenders = racing.stream().map(contender).toList();
        TrainingListener pausing = new TrainingListener() {
            @Override
            public void epochCompleted(TrainingRun run, int epoch) {
                Integer last = pauseAfter.get(run);
                if (last != null && epoch >= last) {
                    run.pause();
                }
            }
        };
        try {
            comparison = new Comparison(data, plan.get(), contenders, pausing);
            racingSettings = List.copyOf(racing);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return false;
        }
        phase.set(Phase.TRAINING);
        return true;
    }

    /** Starts the comparison just begun. */
    void start() {
        comparison.start(trainingExecutor, TRAINING_CONCURRENCY);
    }

    /** Starts the comparison just begun for one epoch, then pauses. */
    void startOneEpoch() {
        comparison.runs().forEach(run -> pauseAfter.put(run, 1));
        paused = true;
        start();
    }

    /** Whether a comparison has begun and not ended. */
    private boolean unfinished() {
        return comparison != null && !comparison.isDone();
    }

    /** Resumes an unfinished comparison; false when there is none. */
    boolean resume() {
        if (!unfinished()) {
            return false;
        }
        pauseAfter.clear();
        paused = false;
        comparison.resumeAll();
        return true;
    }

    /** Pauses every copy after its current epoch; false when nothing trains. */
    boolean pause() {
        if (!unfinished()) {
            return false;
        }
        paused = true;
        comparison.pauseAll();
        return true;
    }

    /** Trains every copy of an unfinished comparison one more epoch, then pauses; false when there is none. */
    boolean stepOn() {
        if (!unfinished()) {
            return false;
        }
        paused = true;
        for (TrainingRun run : comparison.runs()) {
            pauseAfter.put(run, run.history().epochs() + 1);
            run.resume();
        }
        return true;
    }

    /** Stops training and clears its results. */
    void stop() {
        if (comparison != null) {
            comparison.stopAll();
            comparison = null;
        }
        pauseAfter.clear();
        paused = false;
        results.set(List.of());
    }

    /** Back to the start: idle, and the status says how to begin. */
    void idle() {
        phase.set(Phase.IDLE);
        status.set(Messages.text("network.status.start"));
    }

    /** Shows {@code text} in the status line until training says more. */
    void say(String text) {
        status.set(text);
    }

    /** Takes the training records when a refresh is due; whether it did. */
    boolean onFrame(double elapsedSeconds) {
        sinceRefresh += elapsedSeconds;
        if (comparison != null && sinceRefresh >= 1.0 / REFRESHES_PER_SECOND) {
            sinceRefresh = 0;
            refreshResults();
            return true;
        }
        return false;
    }

    /** Says the status again in the language now chosen. */
    void relabel() {
        if (comparison == null) {
            status.set(Messages.text("network.status.start"));
        } else {
            refreshResults();
        }
    }

    private void refreshResults() {
        List<RunProgress> list = new ArrayList<>();
        boolean anyRunning = false;
        int epochsDone = 0;
        for (TrainingRun run : comparison.runs()) {
            OptimizerSettings settings = settingsOf(run);
            var history = run.history();
            epochsDone = Math.max(epochsDone, history.epochs());
            anyRunning |= run.state() == TrainingState.RUNNING || run.state() == TrainingState.WAITING;
            list.add(new RunProgress(
                    run.name(),
                    settings.displayName(),
                    settings.color(),
                    history,
                    run.state(),
                    OutcomeText.of(run),
                    run.trainingSeconds()));
        }
        results.set(List.copyOf(list));
        layerHistograms.show(list.stream()
                .map(r -> new LayerHistogramsViewModel.Source(
                        r.displayName(), r.color(), r.history().layerStatistics()))
                .toList());
        int planned = (int) epochs.get();
        if (comparison.isDone()) {
            phase.set(Phase.DONE);
            status.set(Messages.text("network.status.done", epochsDone, planned));
        } else if (paused && !anyRunning) {
            phase.set(Phase.PAUSED);
            status.set(Messages.text("network.status.paused", epochsDone, planned));
        } else {
            phase.set(paused ? Phase.PAUSED : Phase.TRAINING);
            status.set(Messages.text("network.status.training", epochsDone, planned));
        }
    }

    /** Waits (for tests and snapshots) until every copy has ended; false on timeout. */
    public boolean await(long millis) throws InterruptedException {
        return comparison == null || comparison.await(millis, TimeUnit.MILLISECONDS);
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Every copy as of the last refresh, in the optimizer list's order. */
    public ReadOnlyObjectProperty<List<RunProgress>> resultsProperty() {
        return results.getReadOnlyProperty();
    }
}
