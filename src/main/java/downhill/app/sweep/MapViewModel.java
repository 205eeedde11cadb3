package downhill.app.sweep;

import downhill.app.i18n.Messages;
import downhill.app.i18n.OutcomeText;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.Numbers;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.scene.LandscapeScene;
import downhill.engine.sweep.Axis;
import downhill.engine.sweep.Cell;
import downhill.engine.sweep.MapPicture;
import downhill.engine.sweep.Sweep;
import downhill.engine.sweep.SweepSpec;
import downhill.experiment.LandscapeSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The hyperparameter map of one racing optimizer (#16): where it ends after the race's steps, for every cell of a
 * grid over two of its hyperparameters, from the race's start on the race's landscape, the others as the editor
 * has them. The map is computed off the FX thread (one {@link Sweep}, cancelled when the settings change); each
 * frame paints the cells done so far through the one landscape renderer. A click sets the optimizer's two
 * hyperparameters to the cell's, so the race shows that path at once; the marker follows the editor.
 */
public final class MapViewModel {

    /** Values along each axis. */
    public static final int CELLS = MapPicture.CELLS;

    /** What the map needs from the landscape tab: its scene (function, start, steps, batches) at this moment. */
    private final Supplier<LandscapeScene> scene;

    private final OptimizerListViewModel optimizers;
    private final Executor executor;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final StringProperty optimizer = new SimpleStringProperty(this, "optimizer");
    private final StringProperty xKey = new SimpleStringProperty(this, "xKey", Hyperparameter.LR);
    private final StringProperty yKey = new SimpleStringProperty(this, "yKey");
    /** Each axis' ends; NaN until the first frame fills in the slider's (and again when its key changes). */
    private final DoubleProperty xFrom = new SimpleDoubleProperty(this, "xFrom", Double.NaN);

    private final DoubleProperty xTo = new SimpleDoubleProperty(this, "xTo", Double.NaN);
    private final DoubleProperty yFrom = new SimpleDoubleProperty(this, "yFrom", Double.NaN);
    private final DoubleProperty yTo = new SimpleDoubleProperty(this, "yTo", Double.NaN);
    private final ReadOnlyObjectWrapper<LandscapeImage> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper hover = new ReadOnlyStringWrapper(this, "hover", "");
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
        this.optimizers = optimizers;
        bySteps.addListener(o -> painted = -1);
        // Another hyperparameter (or optimizer) has other ranges: back to its slider's.
        xKey.addListener(o -> resetRange(xFrom, xTo));
        yKey.addListener(o -> resetRange(yFrom, yTo));
        optimizer.addListener(o -> {
            resetRange(xFrom, xTo);
            resetRange(yFrom, yTo);
        });
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
        OptimizerSettings chosen = chosen();
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
            image.set(paint(now, bySteps.get()));
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

    private OptimizerSettings chosen() {
        List<OptimizerSettings> racing = optimizers.racing();
        if (racing.isEmpty()) {
            return null;
        }
        OptimizerSettings named = racing.stream()
                .filter(s -> s.name().equals(optimizer.get()))
                .findFirst()
                .orElse(racing.get(0));
        optimizer.set(named.name());
        if (yKey.get() == null || !named.type().has(yKey.get()) || yKey.get().equals(xKey.get())) {
            yKey.set(secondAxis(named, xKey.get()));
        }
        if (!named.type().has(xKey.get())) {
            xKey.set(Hyperparameter.LR);
        }
        fillRange(named, xKey.get(), xFrom, xTo);
        fillRange(named, yKey.get(), yFrom, yTo);
        return named;
    }

    private static void resetRange(DoubleProperty from, DoubleProperty to) {
        from.set(Double.NaN);
        to.set(Double.NaN);
    }

    private static void fillRange(OptimizerSettings settings, String key, DoubleProperty from, DoubleProperty to) {
        if (key != null && Double.isNaN(from.get()) && Double.isNaN(to.get())) {
            Hyperparameter h = settings.type().hyperparameter(key);
            from.set(h.sliderMin());
            to.set(h.sliderMax());
        }
    }

    /** Why {@code value} cannot end the axis of {@code key} (not a value the hyperparameter takes), or null. */
    public String rangeProblem(String key, double value) {
        OptimizerSettings chosen = optimizer.get() == null ? null : optimizers.get(optimizer.get());
        if (chosen == null || key == null || !chosen.type().has(key)) {
            return null;
        }
        try {
            chosen.type().hyperparameter(key).check(value);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The hyperparameter the map shows against {@code x} unless told: momentum or β₁ where there is one. */
    static String secondAxis(OptimizerSettings settings, String x) {
        return MapPicture.secondAxis(settings.type(), x);
    }

    private Key key(OptimizerSettings chosen) {
        Axis x = axis(chosen, xKey.get(), xFrom.get(), xTo.get());
        Axis y = axis(chosen, yKey.get(), yFrom.get(), yTo.get());
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

    /** The editor's own range for {@code key}: its slider's ends, on its slider's scale. */
    static Axis axis(OptimizerSettings settings, String key) {
        return axis(settings, key, Double.NaN, Double.NaN);
    }

    /**
     * {@code key} over [from, to] (NaN: its slider's ends) on its slider's scale; a range the hyperparameter does
     * not take throws with a message naming it, which the status shows.
     */
    static Axis axis(OptimizerSettings settings, String key, double from, double to) {
        if (key == null) {
            return null;
        }
        Hyperparameter h = settings.type().hyperparameter(key);
        LandscapeSettings.MapAxes.checkRange(h, from, to);
        return MapPicture.axis(h, from, to);
    }

    /** The cells as the map shows them (see {@link MapPicture#paint}). */
    static LandscapeImage paint(Sweep sweep, boolean bySteps) {
        return MapPicture.paint(sweep, bySteps);
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
        OptimizerSettings chosen = chosen();
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
        Sweep now = sweep;
        Cell c = now == null
                        || i < 0
                        || j < 0
                        || i >= now.spec().x().count()
                        || j >= now.spec().y().count()
                ? null
                : now.cell(i, j);
        if (c == null) {
            hover.set("");
            return;
        }
        hover.set(now.spec().x().key() + " = " + Numbers.compact(c.x()) + ", "
                + now.spec().y().key() + " = "
                + Numbers.compact(c.y()) + ": "
                + (c.stepsToTolerance() < 0
                        ? Messages.text("map.cell.never", Numbers.compact(c.finalLoss()), OutcomeText.of(c.outcome()))
                        : Messages.text(
                                "map.cell",
                                Numbers.compact(c.finalLoss()),
                                c.stepsToTolerance(),
                                OutcomeText.of(c.outcome()))));
    }

    /** The optimizer's current values of the two axes, for the marker; null before the first map. */
    public double[] marker() {
        Sweep now = sweep;
        OptimizerSettings chosen = optimizers.byName(optimizer.get()).orElse(null);
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

    /** The racing optimizer mapped (by name); the first racing one until chosen. */
    public StringProperty optimizerProperty() {
        return optimizer;
    }

    public StringProperty xKeyProperty() {
        return xKey;
    }

    public StringProperty yKeyProperty() {
        return yKey;
    }

    public DoubleProperty xFromProperty() {
        return xFrom;
    }

    public DoubleProperty xToProperty() {
        return xTo;
    }

    public DoubleProperty yFromProperty() {
        return yFrom;
    }

    public DoubleProperty yToProperty() {
        return yTo;
    }

    /** The racing optimizers' names, for the picker. */
    public List<String> racingNames() {
        return optimizers.racing().stream().map(OptimizerSettings::name).toList();
    }

    /** A hyperparameter's symbol as the editor writes it (η, μ, β₁), for the axis pickers. */
    public static String symbolOf(String key) {
        for (var type : Optimizers.all()) {
            if (type.has(key)) {
                return OptimizerSettings.symbol(type.hyperparameter(key)) + " (" + key + ")";
            }
        }
        return key;
    }

    /** The two axes the chosen optimizer offers: its numeric hyperparameters. */
    public List<String> axisChoices() {
        OptimizerSettings chosen = optimizers.byName(optimizer.get()).orElse(null);
        List<String> keys = new ArrayList<>();
        if (chosen != null) {
            chosen.type().hyperparameters().stream().filter(h -> !h.isFlag()).forEach(h -> keys.add(h.key()));
        }
        return keys;
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

    public ReadOnlyStringProperty hoverProperty() {
        return hover.getReadOnlyProperty();
    }
}
