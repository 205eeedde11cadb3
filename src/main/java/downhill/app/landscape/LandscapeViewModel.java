package downhill.app.landscape;

import downhill.app.concurrent.LatestWins;
import downhill.app.i18n.Messages;
import downhill.app.layout.DrawerViewModel;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.app.optimizers.RangeTestViewModel;
import downhill.app.sweep.MapViewModel;
import downhill.engine.Numbers;
import downhill.engine.data.BatchSize;
import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.function.data.DataModel;
import downhill.engine.function.data.DataObjective;
import downhill.engine.function.data.DataObjectives;
import downhill.engine.function.expression.ExpressionException;
import downhill.engine.landscape.ColorScaling;
import downhill.engine.landscape.Colormap;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.landscape.LandscapeRenderer;
import downhill.engine.landscape.RenderRequest;
import downhill.engine.run.Contender;
import downhill.engine.run.GradientSource;
import downhill.engine.run.MiniBatches;
import downhill.engine.run.StopRule;
import downhill.engine.scene.Entrant;
import downhill.engine.scene.LandscapeScene;
import downhill.engine.train.LearningRateRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state and commands of the landscape tab. Paths and pictures are computed off the FX thread through
 * {@link LatestWins} workers; {@link #onFrame(double)}, called once per frame by the view's animation timer, takes
 * their newest results and advances the clock. Everything here runs on the FX thread.
 */
public final class LandscapeViewModel {

    /** The comparison the tab opens with: a teacher sees three paths at once, not a blank landscape. */
    public static final Map<String, Double> OPENING = Map.of("sgd", 1e-3, "momentum", 1e-3, "adam", 0.05,
            "rmsprop", 0.01);

    /** The batch size that means every sample: batch gradient descent. */

    private static final int CONTOUR_LEVELS = 20;
    /** The batch surface's longer side at most, in pixels. */
    private static final int BATCH_SURFACE_PIXELS = 320;
    private static final int CONTOUR_ARGB = 0x73FFFFFF;

    private final OptimizerListViewModel optimizers;
    private final LatestWins<RaceRequest, RaceSnapshot> raceWorker;
    private final LatestWins<RenderRequest, LandscapeImage> renderWorker;

    private final List<Objective> builtins = withDataModels(Functions.builtins());
    /** Samples per step of a model on data; {@link BatchSize#ALL} is batch gradient descent. */
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize", BatchSize.ALL);
    /** Seeds the mini-batch order and the gradient noise. */
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 0);
    /** Std of Gaussian noise added to each gradient component of a function; 0 gives exact gradients. */
    private final DoubleProperty gradientNoise = new SimpleDoubleProperty(this, "gradientNoise", 0);
    /** Whether the heatmap shows the loss of the batch the current step takes rather than of all the data. */
    private final BooleanProperty batchSurface = new SimpleBooleanProperty(this, "batchSurface");
    private final ReadOnlyObjectWrapper<Objective> objective = new ReadOnlyObjectWrapper<>(this, "objective");
    private final StringProperty expression = new SimpleStringProperty(this, "expression", "");
    private final ReadOnlyStringWrapper expressionError = new ReadOnlyStringWrapper(this, "expressionError", "");
    private final ReadOnlyStringWrapper expressionCaret = new ReadOnlyStringWrapper(this, "expressionCaret", "");
    private final ObjectProperty<Window> viewWindow = new SimpleObjectProperty<>(this, "viewWindow");
    private final ObjectProperty<Point> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<Colormap> colormap = new SimpleObjectProperty<>(this, "colormap", Colormap.VIRIDIS);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale");
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(this, "layout", Layout.OVERLAY);
    private final IntegerProperty stepLimit = new SimpleIntegerProperty(this, "stepLimit", 500);
    private final IntegerProperty currentStep = new SimpleIntegerProperty(this, "currentStep", 0);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    /** Whether playing starts again from step 0 at the end, for a projector left running. */
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 60);
    private final BooleanProperty lossLogScale = new SimpleBooleanProperty(this, "lossLogScale", true);
    private final ReadOnlyObjectWrapper<RaceSnapshot> race = new ReadOnlyObjectWrapper<>(this, "race",
            RaceSnapshot.EMPTY);
    private final ReadOnlyObjectWrapper<LandscapeImage> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");

    private final StepInspectorViewModel inspector;
    private final DrawerViewModel drawer = new DrawerViewModel();
    private final SurfaceViewModel surface;
    private final MapViewModel map;
    private double stepDebt;
    private RenderRequest lastRender;
    private Objective lastRenderObjective;
    /** The batches the paths take, for drawing them: the same seed and size as the race's. */
    private MiniBatches drawnBatches;
    private int drawnBatchStep = -1;
    private Objective drawnBatch;
    private boolean dirty = true;

    public LandscapeViewModel(OptimizerListViewModel optimizers, Executor executor) {
        this.optimizers = optimizers;
        this.raceWorker = new LatestWins<>(executor, (request, stale) -> RaceSnapshot.compute(request));
        LandscapeRenderer renderer = LandscapeRenderer.parallel();
        this.renderWorker = new LatestWins<>(executor, (request, stale) -> stale.getAsBoolean() ? null
                : renderer.render(request));
        optimizers.select(OPENING);
        optimizers.stepsShownProperty().bind(stepLimit);
        objective.addListener((obs, old, now) -> {
            // The old function's picture would show, shrunk, under the new axes until the new one arrives.
            renderWorker.cancel();
            lastRender = null;
            image.set(null);
            viewWindow.set(now.window());
            start.set(now.start());
            logScale.set(now.prefersLogScale());
            currentStep.set(0);
        });
        choose(Functions.resolve("rosenbrock"));
        optimizers.revisionProperty().addListener((obs, old, now) -> recompute());
        viewWindow.addListener((obs, old, now) -> dirty = true);
        colormap.addListener((obs, old, now) -> dirty = true);
        logScale.addListener((obs, old, now) -> dirty = true);
        lossLogScale.addListener((obs, old, now) -> dirty = true);
        layout.addListener((obs, old, now) -> dirty = true);
        start.addListener((obs, old, now) -> recompute());
        batchSize.addListener((obs, old, now) -> recompute());
        seed.addListener((obs, old, now) -> recompute());
        seed.addListener(o -> forgetBatches());
        gradientNoise.addListener((obs, old, now) -> recompute());
        batchSize.addListener(o -> forgetBatches());
        objective.addListener(o -> forgetBatches());
        batchSurface.addListener((obs, old, now) -> dirty = true);
        stepLimit.addListener((obs, old, now) -> {
            if (currentStep.get() > now.intValue()) {
                currentStep.set(now.intValue());
            }
            recompute();
        });
        currentStep.addListener((obs, old, now) -> dirty = true);
        inspector = new StepInspectorViewModel(this, executor);
        inspector.openProperty().addListener((obs, old, now) -> dirty = true);
        inspector.arrowsProperty().addListener((obs, old, now) -> dirty = true);
        surface = new SurfaceViewModel(executor);
        map = new MapViewModel(executor, this::scene, optimizers);
        map.shownProperty().bind(layout.isEqualTo(Layout.MAP));
        optimizers.setMapAction(settings -> {
            settings.setEnabled(true);
            map.optimizerProperty().set(settings.name());
            layout.set(Layout.MAP);
        });
        optimizers.setRangeTest(new RangeTestViewModel(optimizers, executor, this::rangeTest,
                Messages.text("rangeTest.from.landscape"), 1e-5));
        surface.shownProperty().addListener((obs, old, now) -> dirty = true);
        image.addListener((obs, old, now) -> surface.landscapeChanged(objective.get() == null ? null
                : objective.get()::valueRow, now));
        recompute();
    }

    /** The step inspector of this tab. */
    /** Whether the sidebar shows: it closes by itself in a window too narrow for its UI scale. */
    public DrawerViewModel drawer() {
        return drawer;
    }

    public StepInspectorViewModel inspector() {
        return inspector;
    }

    /** The 3-D surface of this tab. */
    /** The hyperparameter map shown by the Map layout. */
    public MapViewModel map() {
        return map;
    }

    public SurfaceViewModel surface() {
        return surface;
    }

    // ----- the function

    /** The built-in functions, then the two models on their default data (linear and logistic regression). */
    public List<Objective> builtins() {
        return builtins;
    }

    /** Everything the function picker offers, by name, for commands that set the tab up (snapshot). */
    public static Optional<Objective> pickerFunction(String name) {
        return withDataModels(Functions.builtins()).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static List<Objective> withDataModels(List<Objective> functions) {
        List<Objective> all = new ArrayList<>(functions);
        for (DataModel model : DataModel.values()) {
            all.add(DataObjectives.onDefaultData(model));
        }
        return List.copyOf(all);
    }

    /** Whether the landscape is a model's loss on data, whose steps can take mini-batches. */
    public boolean onData() {
        return objective.get() instanceof DataObjective;
    }

    /** Reads a typed batch size ({@code all} or a whole number ≥ 1) and applies it; false, changing nothing, if bad. */
    public boolean chooseBatchSize(String text) {
        OptionalInt size = BatchSize.parse(text);
        size.ifPresent(batchSize::set);
        return size.isPresent();
    }

    /** Samples per step for a model on data: 1 (stochastic) to {@link BatchSize#ALL} (batch). */
    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** Std of the noise on a function's gradients (≥ 0), which shows how noisy gradients wander. */
    public DoubleProperty gradientNoiseProperty() {
        return gradientNoise;
    }

    public ReadOnlyObjectProperty<Objective> objectiveProperty() {
        return objective.getReadOnlyProperty();
    }

    public Objective objective() {
        return objective.get();
    }

    /** Shows a built-in (or any objective): its window, its start, its suggested colour scaling. */
    public void choose(Objective next) {
        if (next != null && next != objective.get()) {
            expressionError.set("");
            expressionCaret.set("");
            // A model on data has a formula of one term per sample: its name is what a person can read.
            expression.set(next instanceof DataObjective ? next.name() : next.formula());
            objective.set(next);
            recompute();
        }
    }

    public StringProperty expressionProperty() {
        return expression;
    }

    /**
     * Reads the expression field: a built-in name or an expression in x and y. A bad one shows its message and
     * caret and leaves the last good function on screen.
     */
    public boolean applyExpression() {
        String text = expression.get() == null ? "" : expression.get();
        Objective model = builtins.stream().filter(f -> f instanceof DataObjective && f.name().equals(text.strip()))
                .findFirst().orElse(null);
        if (model != null) {
            choose(model);
            return true;
        }
        try {
            Objective parsed = Functions.resolve(text);
            if (!StopRule.DEFAULT.admitsStart(parsed, parsed.start())) {
                // 1/0, 0/0: no race can start anywhere; the last good function stays.
                throw new IllegalArgumentException(Objective.outsideDomain(parsed.start()));
            }
            expressionError.set("");
            expressionCaret.set("");
            if (!parsed.formula().equals(objective.get().formula()) || !parsed.name().equals(objective.get().name())) {
                objective.set(parsed);
                expression.set(parsed.formula());
                recompute();
            }
            return true;
        } catch (IllegalArgumentException e) {
            expressionError.set(e.getMessage());
            expressionCaret.set(e instanceof ExpressionException located ? located.caretLine() : "");
            return false;
        }
    }

    public ReadOnlyStringProperty expressionErrorProperty() {
        return expressionError.getReadOnlyProperty();
    }

    /** The expression again with a caret under the error's column, or empty. */
    public ReadOnlyStringProperty expressionCaretProperty() {
        return expressionCaret.getReadOnlyProperty();
    }

    // ----- the view window and the start

    public ObjectProperty<Window> viewWindowProperty() {
        return viewWindow;
    }

    /** Back to the function's own window. */
    public void fit() {
        viewWindow.set(objective.get().window());
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping the point (x, y) of {@code shown} where it is. */
    public void zoom(Window shown, double factor, double x, double y) {
        double f = Math.max(1e-6, factor);
        Window next = new Window(x - (x - shown.xMin()) * f, x + (shown.xMax() - x) * f,
                y - (y - shown.yMin()) * f, y + (shown.yMax() - y) * f);
        if (next.width() > 1e-9 && next.width() < 1e7 && next.height() > 1e-9 && next.height() < 1e7) {
            viewWindow.set(next);
        }
    }

    /** Moves the window so that the content moves by (dx, dy) in plane units. */
    public void pan(Window shown, double dx, double dy) {
        viewWindow.set(new Window(shown.xMin() - dx, shown.xMax() - dx, shown.yMin() - dy, shown.yMax() - dy));
    }

    public ObjectProperty<Point> startProperty() {
        return start;
    }

    /** Starts every optimizer at (x, y) and rewinds the clock; a start outside the domain is refused in red. */
    public void setStart(double x, double y) {
        if (acceptsStart(x, y)) {
            start.set(new Point(x, y));
            currentStep.set(0);
        }
    }

    /** Moves the start while it is dragged: the paths follow live and the clock keeps its step. */
    public void dragStart(double x, double y) {
        if (acceptsStart(x, y)) {
            start.set(new Point(x, y));
            // The pointer is over the canvas but no "moved" event comes while dragging: the read-out follows here.
            hover(x, y);
        }
    }

    /**
     * Whether a race can start at (x, y). If not, the red line under the function says so and the old start
     * stays; a good start clears that line again.
     */
    private boolean acceptsStart(double x, double y) {
        Point p = new Point(x, y);
        if (!StopRule.DEFAULT.admitsStart(objective.get(), p)) {
            expressionError.set(Objective.outsideDomain(p));
            expressionCaret.set("");
            return false;
        }
        if (expressionError.get().endsWith("is outside the function's domain")) {
            expressionError.set("");
        }
        return true;
    }

    // ----- the picture

    public ObjectProperty<Colormap> colormapProperty() {
        return colormap;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    /**
     * Asks for the heatmap of {@code shown} at {@code width}×{@code height} pixels, unless that is what we have. The
     * current step's batch is drawn at a third of the resolution or less: it changes every step, and a blurred
     * picture that keeps up teaches more than a sharp one that lags.
     */
    public void requestImage(Window shown, int width, int height) {
        if (width < 2 || height < 2) {
            return;
        }
        Objective f = surfaceObjective();
        if (f != objective.get()) {
            double shrink = Math.min(1.0 / 3, BATCH_SURFACE_PIXELS / (double) Math.max(width, height));
            width = Math.max(2, (int) Math.round(width * shrink));
            height = Math.max(2, (int) Math.round(height * shrink));
        }
        RenderRequest request = new RenderRequest(f::valueRow, shown, width, height, colormap.get(),
                logScale.get() ? ColorScaling.LOG : ColorScaling.LINEAR, CONTOUR_LEVELS, CONTOUR_ARGB);
        if (lastRender != null && sameRender(lastRender, request, f)) {
            return;
        }
        lastRender = request;
        lastRenderObjective = f;
        renderWorker.submit(request);
    }

    /** What the heatmap shows: the objective on all its data, or on the batch of the current step. */
    private Objective surfaceObjective() {
        if (!batchSurface.get() || !(objective.get() instanceof DataObjective onData)) {
            return objective.get();
        }
        if (drawnBatches == null) {
            drawnBatches = MiniBatches.of(onData, batchSize.get(), seed.get());
            if (drawnBatches == null) {
                return onData; // a batch of all samples is the full objective
            }
        }
        int step = currentStep.get();
        if (step != drawnBatchStep) {
            drawnBatchStep = step;
            drawnBatch = onData.restrictedTo(drawnBatches.rows(step), "batch of step " + step);
        }
        return drawnBatch;
    }

    private void forgetBatches() {
        drawnBatches = null;
        drawnBatchStep = -1;
        drawnBatch = null;
        dirty = true;
    }

    /** Whether the heatmap shows the current step's batch (for a model on data with batches smaller than all). */
    public BooleanProperty batchSurfaceProperty() {
        return batchSurface;
    }

    private boolean sameRender(RenderRequest a, RenderRequest b, Objective f) {
        return f == lastRenderObjective && a.window().equals(b.window()) && a.width() == b.width()
                && a.height() == b.height() && a.colormap() == b.colormap() && a.scaling() == b.scaling();
    }

    public ReadOnlyObjectProperty<LandscapeImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** The hover line: x, y, f(x, y) and |∇f|. */
    public void hover(double x, double y) {
        double[] g = new double[2];
        double f = objective.get().valueAndGradient(x, y, g);
        List<String> axes = objective.get().axisNames();
        readout.set(axes.get(0) + " = " + Numbers.compact(x) + "   " + axes.get(1) + " = " + Numbers.compact(y)
                + "   f = " + Numbers.compact(f)
                + "   |∇f| = " + Numbers.compact(Math.hypot(g[0], g[1])));
    }

    public void hoverEnded() {
        readout.set("");
    }

    public ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    // ----- the race and the clock

    public OptimizerListViewModel optimizers() {
        return optimizers;
    }

    /** The range test of one optimizer from the race's start on the function shown, with the race's batches. */
    private Function<BooleanSupplier, LearningRateRange.Result> rangeTest(Contender contender, double first,
            double last, int steps) {
        Objective f = objective.get();
        Point from = start.get();
        Supplier<GradientSource> sources = LandscapeScene.gradientSources(f, batchSize.get(), seed.get(),
                gradientNoise.get());
        return stale -> LearningRateRange.run(f, sources.get(), from, contender, first, last, steps, stale);
    }

    private void recompute() {
        Objective f = objective.get();
        Point from = start.get();
        if (f == null || from == null) {
            return;
        }
        List<Entrant> entries = entrants();
        raceWorker.submit(new RaceRequest(f, from, entries, stepLimit.get(), batchSize.get(), seed.get(),
                gradientNoise.get()));
    }

    /**
     * The tab's landscape as one value: the function in the window shown, the start, the racing optimizers with
     * their settings, the step limit, the batch size and the colours (for pictures drawn off the FX thread).
     */
    public LandscapeScene scene() {
        return new LandscapeScene(objective.get(), viewWindow.get(), start.get(),
                entrants(), stepLimit.get(), batchSize.get(),
                seed.get(), gradientNoise.get(), colormap.get(), logScale.get() ? ColorScaling.LOG : ColorScaling.LINEAR);
    }

    /** The racing optimizers, each under the name that tells it apart from the others. */
    private List<Entrant> entrants() {
        Map<String, String> names = optimizers.displayNames();
        return optimizers.racing().stream().map(s -> new Entrant(s.name(), names.get(s.name()),
                s.summaryProperty().get(), s.contender())).toList();
    }

    public ReadOnlyObjectProperty<RaceSnapshot> raceProperty() {
        return race.getReadOnlyProperty();
    }

    public IntegerProperty stepLimitProperty() {
        return stepLimit;
    }

    public IntegerProperty currentStepProperty() {
        return currentStep;
    }

    public BooleanProperty loopProperty() {
        return loop;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Steps per second, 1 to 500. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public BooleanProperty lossLogScaleProperty() {
        return lossLogScale;
    }

    public void togglePlay() {
        if (!playing.get() && currentStep.get() >= stepLimit.get()) {
            currentStep.set(0);
        }
        playing.set(!playing.get());
    }

    public void stepForward() {
        playing.set(false);
        currentStep.set(Math.min(stepLimit.get(), currentStep.get() + 1));
    }

    public void stepBack() {
        playing.set(false);
        currentStep.set(Math.max(0, currentStep.get() - 1));
    }

    public void rewind() {
        playing.set(false);
        currentStep.set(0);
    }

    /** To the race's last step (End). */
    public void toEnd() {
        playing.set(false);
        currentStep.set(stepLimit.get());
    }

    /** A message when background work failed (shown, never thrown), or empty. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /**
     * One frame: takes the newest paths and picture, and advances the clock by {@code elapsedSeconds} at the chosen
     * speed. Returns whether anything on screen changed.
     */
    public boolean onFrame(double elapsedSeconds) {
        boolean changed = dirty;
        dirty = false;
        RaceSnapshot newest = raceWorker.poll();
        if (newest != null) {
            race.set(newest);
            changed = true;
        }
        LandscapeImage picture = renderWorker.poll();
        if (picture != null) {
            image.set(picture);
            changed = true;
        }
        changed |= inspector.onFrame();
        changed |= surface.onFrame();
        changed |= map.onFrame();
        Throwable problem = raceWorker.pollFailure();
        if (problem == null) {
            problem = renderWorker.pollFailure();
        }
        if (problem != null) {
            failure.set(Messages.text("landscape.failed", problem.getMessage()));
            changed = true;
        }
        if (playing.get()) {
            stepDebt += elapsedSeconds * Math.max(1, Math.min(500, speed.get()));
            int whole = (int) stepDebt;
            stepDebt -= whole;
            if (whole > 0) {
                int next = Math.min(stepLimit.get(), currentStep.get() + whole);
                if (loop.get() && currentStep.get() >= stepLimit.get()) {
                    next = 0; // the last step stayed on screen for one frame; now start over
                }
                currentStep.set(next);
                if (next >= stepLimit.get() && !loop.get()) {
                    playing.set(false);
                }
                changed = true;
            }
        } else {
            stepDebt = 0;
        }
        return changed;
    }

    /** Marks the picture as needing a redraw (after a resize, a layout change). */
    public void invalidate() {
        dirty = true;
    }

}
