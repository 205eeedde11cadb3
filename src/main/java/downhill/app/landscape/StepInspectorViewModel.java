package downhill.app.landscape;

import downhill.app.concurrent.LatestWins;
import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.explain.Quantity;
import downhill.engine.explain.StepExplainer;
import downhill.engine.explain.StepExplanation;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.run.Contender;
import downhill.engine.scene.PathResult;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The step inspector: which optimizer it explains, and the explanation of the current step, computed off the FX
 * thread by replaying the optimizer ({@link StepExplainer}). It follows the optimizer whose editor is open, else the
 * first one racing. FX thread only; {@link #onFrame()} takes the newest explanation.
 */
public final class StepInspectorViewModel {

    /** What to explain: a copy of the settings, so the worker never reads live properties. */
    private record Request(Objective objective, Point start, String name, Contender contender, int step, int last) {}

    /** An explanation, or why there is none. */
    private record Result(Request request, Optional<StepExplanation> explanation) {}

    private final LandscapeViewModel landscape;
    private final OptimizerListViewModel optimizers;
    private final LatestWins<Request, Result> worker;
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final BooleanProperty arrows = new SimpleBooleanProperty(this, "arrows", true);
    private final ObjectProperty<String> inspected = new SimpleObjectProperty<>(this, "inspected");
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StepExplanation> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Set<String>> changed = new ReadOnlyObjectWrapper<>(this, "changed", Set.of());
    private StepExplanation beforeStepOnce;

    StepInspectorViewModel(LandscapeViewModel landscape, Executor executor) {
        this.landscape = landscape;
        this.optimizers = landscape.optimizers();
        // The race ends at its step limit: there is no step from there to explain.
        this.worker = new LatestWins<>(
                executor,
                (request, stale) -> stale.getAsBoolean()
                        ? null
                        : new Result(
                                request,
                                request.step() >= request.last()
                                        ? Optional.empty()
                                        : StepExplainer.explain(
                                                request.objective(),
                                                request.start(),
                                                request.contender(),
                                                request.step())));
        optimizers.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && choices.contains(now.name())) {
                inspected.set(now.name());
            }
        });
        inspected.addListener((obs, old, now) -> request());
        open.addListener((obs, old, now) -> request());
        landscape.currentStepProperty().addListener((obs, old, now) -> request());
        landscape.raceProperty().addListener((obs, old, now) -> {
            updateChoices(now);
            request();
        });
        updateChoices(landscape.raceProperty().get());
    }

    private void updateChoices(RaceSnapshot race) {
        List<String> names = race.paths().stream().map(PathResult::name).toList();
        if (!names.equals(choices)) {
            choices.setAll(names);
        }
        if (!names.contains(inspected.get())) {
            OptimizerSettings selected = optimizers.selectedProperty().get();
            inspected.set(
                    selected != null && names.contains(selected.name())
                            ? selected.name()
                            : names.isEmpty() ? null : names.get(0));
        }
    }

    private void request() {
        String name = inspected.get();
        Objective objective = landscape.objective();
        Point start = landscape.startProperty().get();
        if (!open.get() || name == null || objective == null || start == null) {
            return;
        }
        Optional<OptimizerSettings> settings = optimizers.byName(name).filter(OptimizerSettings::runnable);
        settings.ifPresent(s -> worker.submit(new Request(
                objective,
                start,
                name,
                s.contender(),
                landscape.currentStepProperty().get(),
                landscape.stepLimitProperty().get())));
    }

    /** Takes the newest explanation; returns whether it changed. */
    boolean onFrame() {
        Result result = worker.poll();
        Throwable problem = worker.pollFailure();
        if (problem != null) {
            explanation.set(null);
            message.set(Messages.text("inspector.failed", problem.getMessage()));
            return true;
        }
        if (result == null) {
            return false;
        }
        StepExplanation next = result.explanation().orElse(null);
        explanation.set(next);
        message.set(
                next != null
                        ? ""
                        : Messages.text(
                                "inspector.noStep",
                                result.request().step(),
                                landscape
                                        .raceProperty()
                                        .get()
                                        .path(result.request().name())
                                        .map(p -> PathStatus.of(
                                                p, result.request().step()))
                                        .filter(s -> !s.equals(Messages.text("landscape.status.running")))
                                        .orElse(Messages.text("inspector.runEnded"))));
        if (beforeStepOnce != null && next != null) {
            changed.set(changedSymbols(beforeStepOnce, next));
            beforeStepOnce = null;
        } else {
            changed.set(Set.of());
        }
        return true;
    }

    private static Set<String> changedSymbols(StepExplanation before, StepExplanation after) {
        return after.quantities().stream()
                .filter(q -> before.quantity(q.symbol())
                        .map(Quantity::values)
                        .map(old -> !Arrays.equals(old, q.values()))
                        .orElse(true))
                .map(Quantity::symbol)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Advances the clock by one step and marks the quantities the step changes. */
    public void stepOnce() {
        beforeStepOnce = explanation.get();
        landscape.stepForward();
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public void toggle() {
        open.set(!open.get());
    }

    /** Whether the arrows and the rate box are drawn on the landscape (while the inspector is open). */
    public BooleanProperty arrowsProperty() {
        return arrows;
    }

    /** The registry name of the optimizer explained, one of {@link #choices()}. */
    public ObjectProperty<String> inspectedProperty() {
        return inspected;
    }

    /** The racing optimizers, in the order they race. */
    public ObservableList<String> choices() {
        return choices;
    }

    /** The explanation of the current step, or null (closed, not computed yet, or no step: see the message). */
    public ReadOnlyObjectProperty<StepExplanation> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The symbols whose values the last "Step once" changed; empty otherwise. */
    public ReadOnlyObjectProperty<Set<String>> changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** The explanation if the inspector is open and the arrows are on: what the landscape draws. */
    public StepExplanation shownOnLandscape() {
        return open.get() && arrows.get() ? explanation.get() : null;
    }
}
