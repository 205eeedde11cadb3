package downhill.app.sweep;

import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.scene.LandscapeScene;
import downhill.engine.sweep.Axis;
import downhill.engine.sweep.MapPicture;
import downhill.engine.sweep.Sweep;
import downhill.engine.sweep.SweepSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The hyperparameter map of one racing optimizer (#16): where it ends after the race's steps, for every cell of a
 * grid over two of its hyperparameters, from the race's start on the race's landscape, the others as the editor
 * has them. The map is computed off the FX thread (one {@link Sweep}, cancelled when the settings change); each
 * frame paints the cells done so far through the one landscape renderer. A click sets the optimizer's two
 * hyperparameters to the cell's, so the race shows that path at once; the marker follows the editor. The optimizer,
 * axes and ranges are {@link MapAxes}; the line reading out the cell under the pointer is {@link MapHover}.
 */
public final class MapViewModel {

    /** Values along each axis. */
    public static final int CELLS = MapPicture.CELLS;

    /** What the map needs from the landscape tab: its scene (function, start, steps, batches) at this moment. */
    private final Supplier<LandscapeScene> scene;

    private final MapAxes axes;
    private final MapHover hover = new MapHover();
    private final Executor executor;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final ReadOnlyObjectWrapper<LandscapeImage> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanProperty bySteps = new SimpleBooleanProperty(this, "bySteps");
    private Sweep sweep;
    private Key running;
    private int painted = -1;

    /**
     * What a map depends on: the landscape, start, steps and batches, the optimizer's other settings and the axes;
     * not the two axes' current values (a click must not start a new map) nor the other optimizers.
     */
    private record Key(
            Objective objective,
            Point start,
            int steps,
            int batchSize,
            long seed,
            double gradientNoise,
            String optimizer,
            Hyperparameters others,
            Object schedule,
            Axis x,
            Axis y) {}

    public MapViewModel(Executor executor, Supplier<LandscapeScene> scene, OptimizerListViewModel optimizers) {
        this.executor = executor;
        this.scene = scene;
        this.axes = new MapAxes(optimizers);
        bySteps.addListener(o -> painted = -1);
        shown.addListener((obs, was, now) -> {
            if (!now) {
                cancel();
            }
        });
    }

    /** Starts a new map when its settings changed and paints the cells done since the last frame. */
    public boolean onFrame() {
        if (!shown.get()) {
            return false;
        }
        OptimizerSettings chosen = axes.chosen();
        if (chosen == null) {
            status.set(Messages.text("map.noOptimizer"));
            return false;
        }
        Key key;
        try {
            key = key(chosen);
        } catch (IllegalArgumentException e) {
            // A range being typed (its end below its start): say so under the map, keep the last map's settings.
            cancel();
            running = null;
            sweep = null;
            image.set(null);
            status.set(e.getMessage());
            return true;
        }
        boolean changed = false;
        if (!Objects.equals(key, running)) {
            cancel();
            running = key;
            changed = true;
            try {
                if (key.y() == null) {
                    throw new IllegalArgumentException(Messages.text("map.oneAxis", chosen.displayName()));
                }
                SweepSpec spec = new SweepSpec(
                        key.objective(),
                        LandscapeScene.gradientSources(
                                key.objective(), key.batchSize(), key.seed(), key.gradientNoise()),
                        key.start(),
                        chosen.type(),
                        key.others(),
                        chosen.scheduleProperty().get(),
                        key.x(),
                        key.y(),
                        key.steps(),
                        MapPicture.TOLERANCE);
                Sweep started = new Sweep(spec);
                sweep = started;
                painted = -1;
                executor.execute(() -> {
                    try {
                        started.run(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (IllegalArgumentException e) {
                sweep = null;
                image.set(null);
                status.set(e.getMessage());
                return true;
            }
        }
        Sweep now = sweep;
        if (now != null && now.cellsDone() != painted) {
            painted = now.cellsDone();
            image.set(MapPicture.paint(now, bySteps.get()));
            status.set(
                    now.complete()
                            ? Messages.text(
                                    "map.done",
                                    now.spec().cellCount(),
                                    now.spec().steps(),
                                    MapPicture.diverged(now))
                            : Messages.text("map.computing", painted, now.spec().cellCount()));
            changed = true;
        }
        return changed;
    }

    private Key key(OptimizerSettings chosen) {
        Axis x = axes.x(chosen);
        Axis y = axes.y(chosen);
        Hyperparameters others = chosen.hyperparameters();
        Map<String, Double> rest = new LinkedHashMap<>(others.values());
        rest.remove(x.key());
        rest.remove(y == null ? "" : y.key());
        LandscapeScene now = scene.get();
        return new Key(
                now.objective(),
                now.start(),
                now.steps(),
                now.batchSize(),
                now.seed(),
                now.gradientNoise(),
                chosen.name(),
                new Hyperparameters(rest),
                chosen.scheduleProperty().get(),
                x,
                y);
    }

    private void cancel() {
        if (sweep != null) {
            sweep.cancel();
        }
        running = null;
    }

    // ----- commands

    /** Sets the optimizer's two hyperparameters to cell (i, j)'s: the race shows that path at once. */
    public void choose(int i, int j) {
        Sweep now = sweep;
        OptimizerSettings chosen = axes.chosen();
        if (now == null
                || chosen == null
                || i < 0
                || j < 0
                || i >= now.spec().x().count()
                || j >= now.spec().y().count()) {
            return;
        }
        chosen.value(now.spec().x().key()).set(now.spec().x().value(i));
        chosen.value(now.spec().y().key()).set(now.spec().y().value(j));
    }

    /** Reads cell (i, j) out for the hover line, or clears it. */
    public void hover(int i, int j) {
        hover.show(sweep, i, j);
    }

    /** The optimizer's current values of the two axes, for the marker; null before the first map. */
    public double[] marker() {
        Sweep now = sweep;
        OptimizerSettings chosen = axes.named();
        if (now == null || chosen == null) {
            return null;
        }
        return new double[] {
            chosen.value(now.spec().x().key()).get(),
            chosen.value(now.spec().y().key()).get()
        };
    }

    /** Theory's stability line for the map shown (see {@link MapPicture#theoryLine}), or null. */
    public double[][] theoryLine() {
        Sweep now = sweep;
        return now == null ? null : MapPicture.theoryLine(now.spec());
    }

    /** The map computed so far (for export), or null before the first. */
    public Sweep sweep() {
        return sweep;
    }

    /** The map being shown, for the canvas's axes; null before the first. */
    public SweepSpec spec() {
        return sweep == null ? null : sweep.spec();
    }

    // ----- properties

    /** Whether the map is on screen: only then is one computed. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The optimizer and the two hyperparameters mapped, and their ranges. */
    public MapAxes axes() {
        return axes;
    }

    /** The read-out of the cell under the pointer. */
    public MapHover hover() {
        return hover;
    }

    /** Colour the cells by the steps until within tolerance rather than by the final loss. */
    public BooleanProperty byStepsProperty() {
        return bySteps;
    }

    public ReadOnlyObjectProperty<LandscapeImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** "Computing… 420 of 3,721 cells" or what the finished map shows. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
