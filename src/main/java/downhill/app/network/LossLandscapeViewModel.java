package downhill.app.network;

import downhill.app.concurrent.LatestWins;
import downhill.app.control.PlaybackClock;
import downhill.app.i18n.Messages;
import downhill.app.landscape.SurfaceViewModel;
import downhill.engine.Numbers;
import downhill.engine.function.Window;
import downhill.engine.nn.Architecture;
import downhill.engine.slice.DirectionKind;
import downhill.engine.slice.LossSlice;
import downhill.engine.train.TrainingData;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The network tab's "Loss landscape" view (Li et al. 2018): the training loss on a plane through one copy's weights
 * θ*, with every copy's path projected onto it. Computed off the FX thread, an 11×11 grid first and then 51×51;
 * a change of settings cancels the grid being computed. It follows training when training pauses or ends (a grid
 * costs a third of a second of both cores, too much to redo every epoch); "Slice now" takes the current weights.
 *
 * <p>Slightly over ~350 lines: the settings (directions, range, seed) and their checks sit with the coarse-then-fine
 * requests they key, and the grid work itself is already apart in {@link LossSliceComputation}.
 */
public final class LossLandscapeViewModel {

    /** What is being trained, as the slice needs it; runs are captured, so later epochs do not change it. */
    record Training(Architecture architecture, TrainingData data, double l2, List<LossSliceComputation.RunPath> runs) {}

    /** Path points a second while the paths are animated. */
    static final double POINTS_PER_SECOND = 25;

    private final Supplier<Training> current;
    private final LatestWins<LossSliceComputation.Request, LossSliceComputation.Result> worker;
    /** The same 3-D surface as the landscape tab's, built from the slice's grid. */
    private final SurfaceViewModel surface;

    /** Chosen over the decision boundaries (what the toggle shows and an experiment saves). */
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    /** On screen: chosen, and its tab showing. Only then is a grid worth its third of a second. */
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");

    private final ObjectProperty<DirectionKind> directions =
            new SimpleObjectProperty<>(this, "directions", DirectionKind.PCA);
    private final StringProperty rangeText = new SimpleStringProperty(this, "rangeText", "auto");
    private final ReadOnlyStringWrapper rangeError = new ReadOnlyStringWrapper(this, "rangeError", "");
    private final DoubleProperty seed = new SimpleDoubleProperty(this, "seed", 0);
    private final StringProperty centre = new SimpleStringProperty(this, "centre", "");
    private final ReadOnlyObjectWrapper<List<String>> centreChoices =
            new ReadOnlyObjectWrapper<>(this, "centreChoices", List.of());
    private final ReadOnlyObjectWrapper<LossSliceComputation.Result> result =
            new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper status =
            new ReadOnlyStringWrapper(this, "status", Messages.text("slice.status.untrained"));
    /** Plays the paths; before any playing, every point of them shows. */
    private final PlaybackClock clock = new PlaybackClock(Integer.MAX_VALUE, POINTS_PER_SECOND, this::lastStep);
    /** A fine grid is shown and nothing is on its way: the status is then a summary, not news. */
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    /** The plot's width over its height, as the view reports it: the grid is shaped to fill it. */
    private final DoubleProperty plotAspect = new SimpleDoubleProperty(this, "plotAspect", 1);

    private Training training;
    private double range = Double.NaN;
    private boolean pending;
    private long generation;
    /** The plot aspect of the newest grid asked for. */
    private double submittedAspect = 1;
    /** A grid asked for has not arrived (fine) or failed yet. */
    private boolean computing;
    /** A grid arrived last frame: compare its shape with the plot's once the layout has settled. */
    private boolean recheckShape;

    private boolean dirty;

    /**
     * @param executor computes the grids
     * @param current  what is training now (null before the first epoch), for "Slice now"
     */
    LossLandscapeViewModel(Executor executor, Supplier<Training> current) {
        this.current = current;
        this.worker = new LatestWins<>(executor, LossSliceComputation::compute);
        this.surface = new SurfaceViewModel(executor);
        result.addListener((obs, old, now) -> {
            if (now != null) {
                surface.landscapeChanged(now.grid(), now.image());
            }
        });
        surface.shownProperty().addListener(o -> dirty = true);
        rangeText.addListener((obs, old, text) -> parseRange(text));
        for (Observable setting : List.<Observable>of(directions, seed, centre)) {
            setting.addListener(o -> settingsChanged());
        }
        shown.addListener((obs, old, now) -> {
            if (now && pending) {
                submit();
            }
        });
        clock.stepProperty().addListener(o -> dirty = true);
        plotAspect.addListener((obs, old, now) -> {
            // Not while a grid is on its way: the status text changes the plot's height while it computes; the shape
            // is compared again a frame after the grid arrived, when the layout has its final text.
            if (!computing && reshapes(submittedAspect, now.doubleValue())) {
                settingsChanged();
            }
        });
    }

    /**
     * Whether a plot of aspect {@code now} needs a new grid for one made for {@code made}: only past a change of
     * 3 % (a grid costs a third of a second; a little margin beside it is fine), at most {@link
     * LossSliceComputation#MAX_ASPECT}.
     */
    static boolean reshapes(double made, double now) {
        double a = LossSliceComputation.clampAspect(made);
        double b = LossSliceComputation.clampAspect(now);
        return now > 0 && Math.max(a / b, b / a) > 1.03;
    }

    private void parseRange(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty() || typed.equalsIgnoreCase("auto")) {
            rangeError.set("");
            range = Double.NaN;
            settingsChanged();
            return;
        }
        double value;
        try {
            value = Numbers.parse(typed);
        } catch (IllegalArgumentException e) {
            value = Double.NaN;
        }
        if (!(value > 0) || value > 1e6) {
            rangeError.set(Messages.text("slice.range.invalid", typed));
            return;
        }
        rangeError.set("");
        range = value;
        settingsChanged();
    }

    private void settingsChanged() {
        if (training != null) {
            submit();
        }
    }

    /** Training paused or ended: slice around the weights it has now (once the view is shown). */
    void trainingSettled() {
        Training now = current.get();
        if (now == null) {
            return;
        }
        training = now;
        centreChoices.set(
                now.runs().stream().map(LossSliceComputation.RunPath::name).toList());
        submit();
    }

    /** Slices around the weights training has right now, without waiting for it to pause. */
    public void sliceNow() {
        trainingSettled();
        if (training == null) {
            status.set(Messages.text("slice.status.untrained"));
        }
    }

    /** The results were reset: nothing to slice until the next training. */
    void clear() {
        training = null;
        pending = false;
        generation++;
        worker.cancel();
        computing = false;
        done.set(false);
        result.set(null);
        centreChoices.set(List.of());
        clock.playingProperty().set(false);
        status.set(Messages.text("slice.status.untrained"));
        dirty = true;
    }

    private void submit() {
        if (!shown.get()) {
            pending = true;
            return;
        }
        pending = false;
        generation++;
        int centreIndex = Math.max(0, centreChoices.get().indexOf(centre.get()));
        submittedAspect = plotAspect.get();
        computing = true;
        done.set(false);
        worker.submit(new LossSliceComputation.Request(
                training.architecture(),
                training.data(),
                training.l2(),
                training.runs(),
                centreIndex,
                directions.get(),
                (long) seed.get(),
                range,
                LossSlice.COARSE_NODES,
                plotAspect.get(),
                generation));
        int[] shape = LossSliceComputation.shape(LossSlice.COARSE_NODES, submittedAspect);
        status.set(Messages.text("slice.status.computing", shape[0], shape[1]));
    }

    /** Takes the newest grid (refining a coarse one) and advances the animation; whether anything changed. */
    boolean onFrame(double elapsedSeconds) {
        boolean changed = dirty;
        dirty = false;
        if (recheckShape && !computing) {
            recheckShape = false;
            if (reshapes(submittedAspect, plotAspect.get())) {
                settingsChanged();
            }
        }
        changed |= surface.onFrame();
        LossSliceComputation.Result newest = worker.poll();
        if (newest != null && newest.request().generation() == generation) {
            result.set(newest);
            changed = true;
            if (newest.nodes() < LossSlice.FINE_NODES) {
                worker.submit(newest.request().withNodes(LossSlice.FINE_NODES));
                int[] shape = LossSliceComputation.shape(LossSlice.FINE_NODES, submittedAspect);
                status.set(Messages.text("slice.status.computing", shape[0], shape[1]));
            } else {
                status.set(describe(newest));
                computing = false;
                done.set(true);
                recheckShape = true;
            }
        }
        Throwable failure = worker.pollFailure();
        if (failure != null) {
            computing = false;
            status.set(Messages.text("slice.status.failed", String.valueOf(failure.getMessage())));
            changed = true;
        }
        changed |= clock.advance(elapsedSeconds);
        return changed;
    }

    private String describe(LossSliceComputation.Result r) {
        LossSliceComputation.RunPath centreRun =
                r.request().runs().get(r.request().centre());
        return Messages.text(
                "slice.status.done",
                r.grid().columns(),
                r.grid().rows(),
                centreRun.displayName(),
                centreRun.epochs(),
                Numbers.compact(r.seconds()),
                Math.round(100 * r.inPlane()));
    }

    /** Says the status again in the language now chosen. */
    void relabel() {
        LossSliceComputation.Result shownResult = result.get();
        if (shownResult == null) {
            status.set(Messages.text("slice.status.untrained"));
        } else if (shownResult.nodes() >= LossSlice.FINE_NODES) {
            status.set(describe(shownResult));
        }
    }

    /** The index of the last point of the longest path. */
    public int lastStep() {
        LossSliceComputation.Result r = result.get();
        return r == null
                ? 0
                : r.paths().stream()
                        .mapToInt(p -> p.trajectory().size() - 1)
                        .max()
                        .orElse(0);
    }

    /** Plays the paths from their start, or pauses; at the end, starts again. */
    public void togglePlay() {
        clock.togglePlay();
    }

    /** Whether the fine grid is shown and nothing newer is on its way. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Whether a grid asked for is still on its way, or the one just arrived is still to be checked against the
     * plot's shape (a snapshot waits until neither). */
    public boolean busy() {
        return computing || recheckShape;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** The slice as a 3-D surface (shown or not, its camera). */
    public SurfaceViewModel surface() {
        return surface;
    }

    public ObjectProperty<DirectionKind> directionsProperty() {
        return directions;
    }

    /** "auto" (fitted to the paths for PCA, 1 for random directions) or a number > 0. */
    public StringProperty rangeTextProperty() {
        return rangeText;
    }

    public ReadOnlyStringProperty rangeErrorProperty() {
        return rangeError.getReadOnlyProperty();
    }

    public DoubleProperty seedProperty() {
        return seed;
    }

    /** The optimizer whose weights are θ*; empty or unknown means the first. */
    public StringProperty centreProperty() {
        return centre;
    }

    public ReadOnlyObjectProperty<List<String>> centreChoicesProperty() {
        return centreChoices.getReadOnlyProperty();
    }

    /** The α × β range of the slice shown, or null before the first. */
    public Window sliceWindow() {
        return result.get() == null ? null : result.get().window();
    }

    ReadOnlyObjectProperty<LossSliceComputation.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How many points of each path are drawn, minus one. */
    public IntegerProperty stepProperty() {
        return clock.stepProperty();
    }

    public BooleanProperty playingProperty() {
        return clock.playingProperty();
    }

    /** The plot's width over its height (1 until the view says otherwise). */
    public DoubleProperty plotAspectProperty() {
        return plotAspect;
    }
}
