package downhill.app.landscape;

import downhill.app.concurrent.LatestWins;
import downhill.app.control.PlaybackClock;
import downhill.app.i18n.Messages;
import downhill.app.layout.DrawerViewModel;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.RangeTestViewModel;
import downhill.app.sweep.MapViewModel;
import downhill.engine.data.BatchSize;
import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.landscape.Colormap;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.scene.LandscapeScene;
import downhill.experiment.LandscapeSettings;
import downhill.experiment.LandscapeSettings.Layout;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * The state and commands of the landscape tab, wiring its parts together: the function and its gradients
 * ({@link FunctionChoice}), the window shown and the hover read-out ({@link ViewWindow}), the heatmap
 * ({@link LandscapePicture}), the race ({@link RaceModel}) and the clock ({@link PlaybackClock}). Paths and pictures
 * are computed off the FX thread through {@link LatestWins} workers; {@link #onFrame(double)}, called once per frame
 * by the view's animation timer, takes their newest results and advances the clock. Everything here runs on the FX
 * thread. It is longer than its logic because every part is reached through it: the experiment, export, snapshot
 * and inspector code keep one object to ask, in one-line delegations.
 */
public final class LandscapeViewModel {

    /** The comparison the tab opens with: a teacher sees three paths at once, not a blank landscape. */
    public static final Map<String, Double> OPENING =
            Map.of("sgd", 1e-3, "momentum", 1e-3, "adam", 0.05, "rmsprop", 0.01);
    /** Steps per second a new tab plays at. */
    public static final double DEFAULT_SPEED = 60;
    /** The step limits a race may have: as many steps as an experiment file may ask for. */
    public static final int MIN_STEP_LIMIT = 1;

    public static final int MAX_STEP_LIMIT = LandscapeSettings.MAX_STEPS;

    private final OptimizerListViewModel optimizers;
    private final FunctionChoice function = new FunctionChoice(this::recompute);
    private final ViewWindow view = new ViewWindow(function::objective);
    private final RaceModel race;
    private final PlaybackClock clock;
    private final LandscapePicture picture;
    private final LandscapeTexts texts;
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(this, "layout", Layout.OVERLAY);
    private final BooleanProperty lossLogScale = new SimpleBooleanProperty(this, "lossLogScale", true);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");

    private final StepInspectorViewModel inspector;
    private final DrawerViewModel drawer = new DrawerViewModel();
    private final SurfaceViewModel surface;
    private final MapViewModel map;
    private boolean dirty = true;
    /** While set, a click on the landscape goes here and the start stays where it is (a lesson's doing). */
    private final ObjectProperty<Consumer<Point>> clickTaker = new SimpleObjectProperty<>(this, "clickTaker");

    private final ObjectProperty<LessonMarks> lessonMarks =
            new SimpleObjectProperty<>(this, "lessonMarks", LessonMarks.NONE);

    public LandscapeViewModel(OptimizerListViewModel optimizers, Executor executor) {
        this.optimizers = optimizers;
        this.race = new RaceModel(optimizers, function, executor);
        this.clock = new PlaybackClock(0, DEFAULT_SPEED, race.stepLimitProperty()::get);
        this.picture = new LandscapePicture(function, clock.stepProperty()::get, executor);
        this.texts = new LandscapeTexts(
                clock.stepProperty(),
                race.stepLimitProperty(),
                clock.speedProperty(),
                clock.playingProperty(),
                function.objectiveProperty());
        optimizers.select(OPENING);
        optimizers.stepsShownProperty().bind(race.stepLimitProperty());
        function.objectiveProperty().addListener((obs, old, now) -> {
            picture.clear();
            view.windowProperty().set(now.window());
            race.startProperty().set(now.start());
            picture.logScaleProperty().set(now.prefersLogScale());
            clock.stepProperty().set(0);
        });
        function.choose(Functions.resolve("rosenbrock"));
        optimizers.revisionProperty().addListener((obs, old, now) -> recompute());
        for (var look : List.of(
                view.windowProperty(),
                picture.colormapProperty(),
                picture.logScaleProperty(),
                lossLogScale,
                layout,
                picture.batchSurfaceProperty(),
                clock.stepProperty(),
                lessonMarks)) {
            look.addListener(o -> dirty = true);
        }
        for (var setting : List.of(
                race.startProperty(),
                function.batchSizeProperty(),
                function.seedProperty(),
                function.gradientNoiseProperty())) {
            setting.addListener(o -> recompute());
        }
        for (var batches :
                List.of(function.seedProperty(), function.batchSizeProperty(), function.objectiveProperty())) {
            batches.addListener(o -> {
                picture.forgetBatches();
                dirty = true;
            });
        }
        race.stepLimitProperty().addListener((obs, old, now) -> {
            if (clock.stepProperty().get() > now.intValue()) {
                clock.stepProperty().set(now.intValue());
            }
            recompute();
        });
        inspector = new StepInspectorViewModel(this, executor);
        inspector.openProperty().addListener((obs, old, now) -> dirty = true);
        inspector.arrowsProperty().addListener((obs, old, now) -> dirty = true);
        surface = new SurfaceViewModel(executor);
        map = new MapViewModel(executor, this::scene, optimizers);
        map.shownProperty().bind(layout.isEqualTo(Layout.MAP));
        optimizers.setMapAction(settings -> {
            settings.setEnabled(true);
            map.axes().optimizerProperty().set(settings.name());
            layout.set(Layout.MAP);
        });
        optimizers.setRangeTest(new RangeTestViewModel(
                optimizers, executor, race::rangeTest, Messages.text("rangeTest.from.landscape"), 1e-5));
        surface.shownProperty().addListener((obs, old, now) -> dirty = true);
        picture.imageProperty()
                .addListener((obs, old, now) ->
                        surface.landscapeChanged(objective() == null ? null : objective()::valueRow, now));
        recompute();
    }

    /** Whether the sidebar shows: it closes by itself in a window too narrow for its UI scale. */
    public DrawerViewModel drawer() {
        return drawer;
    }

    /** The step inspector of this tab. */
    public StepInspectorViewModel inspector() {
        return inspector;
    }

    /** The hyperparameter map shown by the Map layout. */
    public MapViewModel map() {
        return map;
    }

    /** The labels and hints the tab's controls show, made from its numbers. */
    public LandscapeTexts texts() {
        return texts;
    }

    /** The 3-D surface of this tab. */
    public SurfaceViewModel surface() {
        return surface;
    }

    // ----- the function (FunctionChoice)

    /** The built-in functions, then the two models on their default data (linear and logistic regression). */
    public List<Objective> builtins() {
        return function.builtins();
    }

    /** Everything the function picker offers, by name, for commands that set the tab up (snapshot). */
    public static Optional<Objective> pickerFunction(String name) {
        return FunctionChoice.pickerFunction(name);
    }

    /** Whether the landscape is a model's loss on data, whose steps can take mini-batches. */
    public boolean onData() {
        return function.onData();
    }

    /** Reads a typed batch size ({@code all} or a whole number ≥ 1) and applies it; false, changing nothing, if bad. */
    public boolean chooseBatchSize(String text) {
        return function.chooseBatchSize(text);
    }

    /** Samples per step for a model on data: 1 (stochastic) to {@link BatchSize#ALL} (batch). */
    public IntegerProperty batchSizeProperty() {
        return function.batchSizeProperty();
    }

    public LongProperty seedProperty() {
        return function.seedProperty();
    }

    /** Std of the noise on a function's gradients (≥ 0), which shows how noisy gradients wander. */
    public DoubleProperty gradientNoiseProperty() {
        return function.gradientNoiseProperty();
    }

    public ReadOnlyObjectProperty<Objective> objectiveProperty() {
        return function.objectiveProperty();
    }

    public Objective objective() {
        return function.objective();
    }

    /** Shows a built-in (or any objective): its window, its start, its suggested colour scaling. */
    public void choose(Objective next) {
        function.choose(next);
    }

    public StringProperty expressionProperty() {
        return function.expressionProperty();
    }

    /**
     * Reads the expression field: a built-in name or an expression in x and y. A bad one shows its message and
     * caret and leaves the last good function on screen.
     */
    public boolean applyExpression() {
        return function.applyExpression();
    }

    public ReadOnlyStringProperty expressionErrorProperty() {
        return function.expressionErrorProperty();
    }

    /** The expression again with a caret under the error's column, or empty. */
    public ReadOnlyStringProperty expressionCaretProperty() {
        return function.expressionCaretProperty();
    }

    // ----- the view window (ViewWindow) and the start

    public ObjectProperty<Window> viewWindowProperty() {
        return view.windowProperty();
    }

    /** Back to the function's own window. */
    public void fit() {
        view.fit();
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping the point (x, y) of {@code shown} where it is. */
    public void zoom(Window shown, double factor, double x, double y) {
        view.zoom(shown, factor, x, y);
    }

    /** Moves the window so that the content moves by (dx, dy) in plane units. */
    public void pan(Window shown, double dx, double dy) {
        view.pan(shown, dx, dy);
    }

    public ObjectProperty<Point> startProperty() {
        return race.startProperty();
    }

    /** Starts every optimizer at (x, y) and rewinds the clock; a start outside the domain is refused in red. */
    public void setStart(double x, double y) {
        if (clickTaker.get() != null) {
            clickTaker.get().accept(new Point(x, y));
            return;
        }
        if (function.acceptsStart(x, y)) {
            race.startProperty().set(new Point(x, y));
            clock.stepProperty().set(0);
        }
    }

    /** Moves the start while it is dragged: the paths follow live and the clock keeps its step. */
    public void dragStart(double x, double y) {
        if (clickTaker.get() == null && function.acceptsStart(x, y)) {
            race.startProperty().set(new Point(x, y));
            // The pointer is over the canvas but no "moved" event comes while dragging: the read-out follows here.
            view.hover(x, y);
        }
    }

    /**
     * Where a click on the landscape goes instead of moving the start, or null: a lesson's "where" question takes
     * the click as the class's guess, and a lesson that locks the start takes it to nothing.
     */
    public ObjectProperty<Consumer<Point>> clickTakerProperty() {
        return clickTaker;
    }

    /** What a lesson marks on the overlay ({@link LessonMarks#NONE} outside a "where" question). */
    public ObjectProperty<LessonMarks> lessonMarksProperty() {
        return lessonMarks;
    }

    /** The hover line: x, y, f(x, y) and |∇f|. */
    public void hover(double x, double y) {
        view.hover(x, y);
    }

    public void hoverEnded() {
        view.hoverEnded();
    }

    public ReadOnlyStringProperty readoutProperty() {
        return view.readoutProperty();
    }

    // ----- the picture (LandscapePicture)

    public ObjectProperty<Colormap> colormapProperty() {
        return picture.colormapProperty();
    }

    public BooleanProperty logScaleProperty() {
        return picture.logScaleProperty();
    }

    public ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    /**
     * Asks for the heatmap of {@code shown} at {@code width}×{@code height} pixels, unless that is what we have (the
     * current step's batch at a third of the resolution or less).
     */
    public void requestImage(Window shown, int width, int height) {
        picture.request(shown, width, height);
    }

    /** Whether the heatmap shows the current step's batch (for a model on data with batches smaller than all). */
    public BooleanProperty batchSurfaceProperty() {
        return picture.batchSurfaceProperty();
    }

    public ReadOnlyObjectProperty<LandscapeImage> imageProperty() {
        return picture.imageProperty();
    }

    // ----- the race (RaceModel) and the clock (PlaybackClock)

    public OptimizerListViewModel optimizers() {
        return optimizers;
    }

    private void recompute() {
        race.recompute();
    }

    /**
     * The tab's landscape as one value: the function in the window shown, the start, the racing optimizers with
     * their settings, the step limit, the batch size and the colours (for pictures drawn off the FX thread).
     */
    public LandscapeScene scene() {
        return new LandscapeScene(
                objective(),
                view.windowProperty().get(),
                race.startProperty().get(),
                race.entrants(),
                race.stepLimitProperty().get(),
                function.batchSizeProperty().get(),
                function.seedProperty().get(),
                function.gradientNoiseProperty().get(),
                picture.colormapProperty().get(),
                picture.scaling());
    }

    public ReadOnlyObjectProperty<RaceSnapshot> raceProperty() {
        return race.raceProperty();
    }

    public IntegerProperty stepLimitProperty() {
        return race.stepLimitProperty();
    }

    public IntegerProperty currentStepProperty() {
        return clock.stepProperty();
    }

    /** Whether playing starts again from step 0 at the end, for a projector left running. */
    public BooleanProperty loopProperty() {
        return clock.loopProperty();
    }

    public BooleanProperty playingProperty() {
        return clock.playingProperty();
    }

    /** Steps per second, {@value PlaybackClock#MIN_SPEED} to {@value PlaybackClock#MAX_SPEED}. */
    public DoubleProperty speedProperty() {
        return clock.speedProperty();
    }

    public BooleanProperty lossLogScaleProperty() {
        return lossLogScale;
    }

    public void togglePlay() {
        clock.togglePlay();
    }

    public void stepForward() {
        clock.stepForward();
    }

    public void stepBack() {
        clock.stepBack();
    }

    public void rewind() {
        clock.rewind();
    }

    /** To the race's last step (End). */
    public void toEnd() {
        clock.toEnd();
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
        changed |= race.takeNewest();
        changed |= picture.takeNewest();
        changed |= inspector.onFrame();
        changed |= surface.onFrame();
        changed |= map.onFrame();
        Throwable problem = race.pollFailure();
        if (problem == null) {
            problem = picture.pollFailure();
        }
        if (problem != null) {
            failure.set(Messages.text("landscape.failed", problem.getMessage()));
            changed = true;
        }
        changed |= clock.advance(elapsedSeconds);
        return changed;
    }

    /** Marks the picture as needing a redraw (after a resize, a layout change). */
    public void invalidate() {
        dirty = true;
    }
}
