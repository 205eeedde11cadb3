package downhill.app.sweep;

import downhill.app.i18n.Messages;
import downhill.app.i18n.OutcomeText;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.Numbers;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.landscape.ColorScaling;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.landscape.LandscapeRenderer;
import downhill.engine.landscape.RenderRequest;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Outcome;
import downhill.engine.sweep.Axis;
import downhill.engine.sweep.Cell;
import downhill.engine.sweep.Stability;
import downhill.engine.sweep.Sweep;
import downhill.engine.sweep.SweepSpec;
import downhill.experiment.LandscapeSettings;
import downhill.render.LandscapeScene;
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
    public static final int CELLS = 61;
    /** Failed cells, drawn flat over the colours: diverged, unbounded below, left the domain. */
    public static final int DIVERGED = 0xFFB91C1C;
    public static final int UNBOUNDED = 0xFF7E22CE;
    public static final int LEFT_DOMAIN = 0xFF6B7280;

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
    private record Key(Objective objective, Point start, int steps,
            int batchSize, long seed, double gradientNoise, String optimizer, Hyperparameters others,
            Object schedule, Axis x, Axis y) {
    }

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
                SweepSpec spec = new SweepSpec(key.objective(), LandscapeScene.gradientSources(key.objective(),
                        key.batchSize(), key.seed(), key.gradientNoise()), key.start(), chosen.type(), key.others(),
                        chosen.scheduleProperty().get(), key.x(), key.y(), key.steps(), 1e-8);
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
            status.set(now.complete() ? Messages.text("map.done", now.spec().cellCount(), now.spec().steps(),
                    failures(now)) : Messages.text("map.computing", painted, now.spec().cellCount()));
            changed = true;
        }
        return changed;
    }

    private OptimizerSettings chosen() {
        List<OptimizerSettings> racing = optimizers.racing();
        if (racing.isEmpty()) {
            return null;
        }
        OptimizerSettings named = racing.stream().filter(s -> s.name().equals(optimizer.get())).findFirst()
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
        for (String key : List.of(Hyperparameter.MOMENTUM, Hyperparameter.BETA1, Hyperparameter.ALPHA,
                Hyperparameter.RHO, Hyperparameter.BETA2, Hyperparameter.WEIGHT_DECAY, Hyperparameter.EPS)) {
            if (!key.equals(x) && settings.type().has(key) && !settings.type().hyperparameter(key).isFlag()) {
                return key;
            }
        }
        return null;
    }

    private Key key(OptimizerSettings chosen) {
        Axis x = axis(chosen, xKey.get(), xFrom.get(), xTo.get());
        Axis y = axis(chosen, yKey.get(), yFrom.get(), yTo.get());
        Hyperparameters others = chosen.hyperparameters();
        Map<String, Double> rest = new LinkedHashMap<>(others.values());
        rest.remove(x.key());
        rest.remove(y == null ? "" : y.key());
        LandscapeScene now = scene.get();
        return new Key(now.objective(), now.start(), now.steps(), now.batchSize(), now.seed(), now.gradientNoise(),
                chosen.name(), new Hyperparameters(rest), chosen.scheduleProperty().get(), x, y);
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
        if (Double.isNaN(from) || Double.isNaN(to)) {
            return new Axis(key, h.sliderMin(), h.sliderMax(), h.logarithmic(), CELLS);
        }
        LandscapeSettings.MapAxes.checkRange(h, from, to);
        return new Axis(key, from, to, h.logarithmic(), CELLS);
    }

    /**
     * The cells through the renderer, the failed ones flat in their own colours. By final loss: log₁₀ of how far
     * above the best (f* where known, else the map's least) it ended, down to 1e-16 of the start's height, so that
     * converged cells are told apart by how close they came; by steps: how many steps until within tolerance,
     * cells that never got there blank.
     */
    static LandscapeImage paint(Sweep sweep, boolean bySteps) {
        SweepSpec spec = sweep.spec();
        int nx = spec.x().count();
        int ny = spec.y().count();
        double best = Double.POSITIVE_INFINITY;
        double worst = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                Cell c = sweep.cell(i, j);
                if (c != null && !c.outcome().failed()) {
                    best = Math.min(best, c.finalLoss());
                    worst = Math.max(worst, c.finalLoss());
                }
            }
        }
        double floor = bestKnown(spec.objective(), best);
        // Down to 1e-16 of how far above the best the start was: a converged cell is dark, not a rounding error.
        double above = spec.objective().value(spec.start().x(), spec.start().y()) - floor;
        double tiny = 1e-16 * (above > 0 && Double.isFinite(above) ? above : Math.max(1e-300, worst - floor));
        double[] values = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                Cell c = sweep.cell(i, j);
                double v = c == null || c.outcome().failed() ? Double.NaN
                        : bySteps ? (c.stepsToTolerance() < 0 ? Double.NaN : c.stepsToTolerance())
                        : Math.log10(Math.max(c.finalLoss() - floor, tiny));
                // Row 0 of a picture is its top: the largest y.
                values[(ny - 1 - j) * nx + i] = v;
            }
        }
        Window cells = new Window(0, nx, 0, ny);
        RenderRequest request = RenderRequest.of((xs, y, out) -> { }, cells, nx, ny).withContourLevels(0)
                .withScaling(ColorScaling.LINEAR);
        LandscapeImage picture = LandscapeRenderer.sequential().recolour(request, values);
        int[] argb = picture.argb().clone();
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                Cell c = sweep.cell(i, j);
                int p = (ny - 1 - j) * nx + i;
                if (c == null) {
                    argb[p] = 0;
                } else if (c.outcome().failed()) {
                    argb[p] = switch (c.outcome().status()) {
                        case DIVERGED -> DIVERGED;
                        case UNBOUNDED -> UNBOUNDED;
                        default -> LEFT_DOMAIN;
                    };
                }
            }
        }
        return new LandscapeImage(nx, ny, argb, picture.values(), picture.min(), picture.max(), picture.levels(),
                picture.scaling(), picture.colormap(), picture.window());
    }

    /** f* where the objective knows its global minimum (and it is not above the map's least), else that least. */
    private static double bestKnown(Objective f, double least) {
        double known = Double.POSITIVE_INFINITY;
        for (var m : f.minima()) {
            if (m.global()) {
                known = Math.min(known, f.value(m.x(), m.y()));
            }
        }
        return Double.isFinite(known) && known <= least ? known : least;
    }

    private static int failures(Sweep sweep) {
        int count = 0;
        for (int j = 0; j < sweep.spec().y().count(); j++) {
            for (int i = 0; i < sweep.spec().x().count(); i++) {
                count += sweep.cell(i, j).outcome().status() == Outcome.Status.DIVERGED ? 1 : 0;
            }
        }
        return count;
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
        if (now == null || chosen == null || i < 0 || j < 0 || i >= now.spec().x().count()
                || j >= now.spec().y().count()) {
            return;
        }
        chosen.value(now.spec().x().key()).set(now.spec().x().value(i));
        chosen.value(now.spec().y().key()).set(now.spec().y().value(j));
    }

    /** Reads cell (i, j) out for the hover line, or clears it. */
    public void hover(int i, int j) {
        Sweep now = sweep;
        Cell c = now == null || i < 0 || j < 0 || i >= now.spec().x().count() || j >= now.spec().y().count() ? null
                : now.cell(i, j);
        if (c == null) {
            hover.set("");
            return;
        }
        hover.set(now.spec().x().key() + " = " + Numbers.compact(c.x()) + ", " + now.spec().y().key() + " = "
                + Numbers.compact(c.y()) + ": " + (c.stepsToTolerance() < 0
                ? Messages.text("map.cell.never", Numbers.compact(c.finalLoss()),
                        OutcomeText.of(c.outcome()))
                : Messages.text("map.cell", Numbers.compact(c.finalLoss()), c.stepsToTolerance(),
                        OutcomeText.of(c.outcome()))));
    }

    /** The optimizer's current values of the two axes, for the marker; null before the first map. */
    public double[] marker() {
        Sweep now = sweep;
        OptimizerSettings chosen = optimizers.byName(optimizer.get()).orElse(null);
        if (now == null || chosen == null) {
            return null;
        }
        return new double[] {chosen.value(now.spec().x().key()).get(), chosen.value(now.spec().y().key()).get()};
    }

    /**
     * Theory's stability line on a quadratic: the largest stable η for each value of the y axis (η < 2(1 + μ)/λ_max
     * against momentum, 2/λ_max against anything else), or null when it does not apply (not a quadratic, x is not
     * the learning rate, or the optimizer is not plain SGD with momentum).
     */
    public double[][] theoryLine() {
        Sweep now = sweep;
        if (now == null || !now.spec().x().key().equals(Hyperparameter.LR)
                || !List.of("sgd", "momentum").contains(now.spec().type().name())
                || now.spec().fixed().values().getOrDefault(Hyperparameter.NESTEROV, 0.0) != 0) {
            return null;
        }
        Stability theory = Stability.of(now.spec().objective());
        if (theory == null) {
            return null;
        }
        Axis y = now.spec().y();
        boolean momentum = y.key().equals(Hyperparameter.MOMENTUM);
        double[][] line = new double[y.count()][];
        for (int j = 0; j < y.count(); j++) {
            double mu = momentum ? y.value(j) : now.spec().fixed().values().getOrDefault(Hyperparameter.MOMENTUM, 0.0);
            line[j] = new double[] {theory.largestRate(mu), y.value(j)};
        }
        return line;
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
