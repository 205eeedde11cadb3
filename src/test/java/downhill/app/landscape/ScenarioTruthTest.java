package downhill.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.i18n.Messages;
import downhill.engine.data.BatchSize;
import downhill.engine.function.Window;
import downhill.engine.run.Outcome;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import downhill.experiment.Experiment;
import downhill.experiment.Presets;
import downhill.render.PathLayers;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario's note, checked against what the window shows: each scenario is opened as the Scenarios menu opens
 * it (the app's view-models, work on the calling thread) and the claims its note makes are written below as data.
 * A scenario whose settings or note change must keep them true.
 */
class ScenarioTruthTest {

    /** A direction reversal counts only between moves this share of the window's width long: what a class sees. */
    private static final double VISIBLE = 0.02;

    /** One thing a note says, checked against the race the window shows. */
    sealed interface Claim
            permits DrawnOnTop,
                    ZigzagsMore,
                    Straight,
                    Says,
                    NoisierThanBatch,
                    SmoothAsBatch,
                    EndsNear,
                    EndsFarFrom,
                    EscapesBefore,
                    EndsHigher,
                    ChartKeepsRunawayOut {}

    /** Where their paths share pixels, {@code upper} is drawn over {@code lower}. */
    record DrawnOnTop(String upper, String lower) implements Claim {}

    /** {@code more} reverses its direction at least {@code factor} times as often as {@code less}. */
    record ZigzagsMore(String more, String less, double factor) implements Claim {}

    /** The path never reverses its direction visibly. */
    record Straight(String optimizer) implements Claim {}

    /** At the end of the race, the status shown for {@code optimizer} begins with {@code text}. */
    record Says(String optimizer, String text) implements Claim {}

    /** The path is at least {@code ratio} times as long as the same optimizer's with all samples per step. */
    record NoisierThanBatch(String optimizer, double ratio) implements Claim {}

    /** The path is at most {@code ratio} times as long as the same optimizer's with all samples per step. */
    record SmoothAsBatch(String optimizer, double ratio) implements Claim {}

    record EndsNear(String optimizer, double x, double y, double within) implements Claim {}

    record EndsFarFrom(String optimizer, double x, double y, double beyond) implements Claim {}

    /** {@code first} gets farther than {@code distance} off the start's y in fewer steps than {@code second}. */
    record EscapesBefore(String first, String second, double distance) implements Claim {}

    /** {@code higher} ends at a higher loss than {@code lower}. */
    record EndsHigher(String higher, String lower) implements Claim {}

    /** The loss chart's range is the finite runs': the runaway {@code runaway} leaves it and flattens nobody. */
    record ChartKeepsRunawayOut(String runaway) implements Claim {}

    /** Network scenarios: the note's lessons are trained and checked in PresetsTest; here their names. */
    private static final List<Claim> NETWORK = List.of();

    static final Map<String, List<Claim>> CLAIMS = Map.ofEntries(
            Map.entry(
                    "lr-too-large",
                    List.of(
                            new Says("sgd", "diverged at step"),
                            new Says("momentum", "converged at step"),
                            new ZigzagsMore("sgd", "momentum", 1.5),
                            new DrawnOnTop("momentum", "sgd"),
                            new ChartKeepsRunawayOut("sgd"))),
            Map.entry(
                    "lr-too-small",
                    List.of(
                            new Says("sgd", "running"),
                            new Says("momentum", "converged at step"),
                            new EndsFarFrom("sgd", 0, 0, 0.5),
                            new EndsNear("momentum", 0, 0, 1e-6),
                            new DrawnOnTop("sgd", "momentum"))),
            Map.entry(
                    "momentum-rosenbrock",
                    List.of(
                            new DrawnOnTop("sgd", "momentum"),
                            new ZigzagsMore("momentum", "sgd", 2),
                            new EndsNear("sgd", 0.56, 0.31, 0.05),
                            new EndsNear("momentum", 1, 1, 0.01),
                            new Says("sgd", "running"))),
            // The map's own claim (theory's line on the diverged cells) is MapViewModelTest's; here the race's.
            Map.entry(
                    "map-momentum-bowl",
                    List.of(new Says("momentum", "converged at step"), new EndsNear("momentum", 0, 0, 1e-6))),
            // The map itself is checked in MapScenarioTest; the race is the ring's: PyTorch's default, still crawling.
            Map.entry("map-adam-betas", List.of(new Says("adam", "running"))),
            Map.entry("map-momentum-ravine", List.of(new Says("momentum", "converged at step 380"))),
            Map.entry(
                    "adam-vs-sgd-beale",
                    List.of(
                            new EndsNear("sgd", 3, 0.5, 1),
                            new EndsFarFrom("adam", 3, 0.5, 3),
                            new Says("sgd", "running"),
                            new Says("adam", "running"))),
            Map.entry(
                    "saddle-escape",
                    List.of(
                            new Says("momentum", "unbounded below at step"),
                            new Says("sgd", "running"),
                            new Says("adam", "running"),
                            new EscapesBefore("adam", "momentum", 0.5),
                            new EscapesBefore("momentum", "sgd", 0.5),
                            new ChartKeepsRunawayOut("momentum"))),
            Map.entry(
                    "rastrigin-local-minima",
                    List.of(
                            new Says("sgd", "converged at step"),
                            new EndsHigher("momentum", "sgd"),
                            new EndsHigher("adam", "sgd"),
                            new EndsFarFrom("momentum", 0, 0, 0.5),
                            new EndsFarFrom("adam", 0, 0, 0.5))),
            Map.entry(
                    "rmsprop-vs-adagrad",
                    List.of(
                            new EndsNear("rmsprop", 0, 0, 0.01),
                            new EndsFarFrom("adagrad", 0, 0, 1),
                            new DrawnOnTop("adagrad", "rmsprop"))),
            Map.entry("adam-vs-adamw", List.of(new EndsHigher("adamw", "adam"))),
            Map.entry(
                    "schedules",
                    List.of(
                            new EndsNear("adam", 1, 3, 0.01),
                            new EndsNear("amsgrad", 1, 3, 0.01),
                            new EndsFarFrom("adamw", 1, 3, 0.5))),
            Map.entry(
                    "batch-logistic",
                    List.of(new SmoothAsBatch("sgd", 1.0), new Straight("sgd"), new Straight("momentum"))),
            Map.entry("minibatch-logistic", List.of(new NoisierThanBatch("sgd", 1.03), new SmoothAsBatch("sgd", 1.5))),
            Map.entry(
                    "stochastic-logistic",
                    List.of(
                            new NoisierThanBatch("sgd", 1.5),
                            new SmoothAsBatch("momentum", 1.2),
                            new Says("sgd", "running"))),
            // SGD crawls across the squared error's plateau (loss 0.83 → 0.11 in 300 steps); Adam reaches the bottom.
            Map.entry(
                    "cross-entropy-landscape",
                    List.of(
                            new Says("sgd", "running"),
                            new EscapesBefore("adam", "sgd", 5),
                            new EndsNear("adam", 5.40, 5.35, 0.05),
                            new EndsHigher("sgd", "adam"))),
            Map.entry("vanishing-gradients-sigmoid", NETWORK),
            Map.entry("vanishing-gradients-relu", NETWORK),
            Map.entry("lecture-moons", NETWORK),
            // The network lab's scenarios are trained and checked in NetworkLabScenariosTest.
            Map.entry("initialisation", NETWORK),
            Map.entry("overfitting-early-stopping", NETWORK),
            // Its stops and accuracies are trained in the window's view-model in LectureSklearnScenarioTest.
            Map.entry("lecture-sklearn", NETWORK),
            // The range test's figures are checked in NetworkLabScenariosTest.
            Map.entry("lr-range-test", NETWORK),
            Map.entry("spiral-categorical", NETWORK),
            Map.entry("network-loss-landscape", NETWORK),
            // The backprop scenarios' notes are checked on the diagram in BackpropScenariosTest.
            Map.entry("backprop-by-hand", NETWORK),
            Map.entry("vanishing-gradients-diagram", NETWORK),
            Map.entry("cross-entropy-vs-mse", NETWORK),
            // The lessons open at their first step; every step's notes and answers are LessonTruthTest's.
            Map.entry(
                    "lesson-lr-ladder",
                    List.of(new Says("sgd", "converged at step 89"), new Says("momentum", "converged at step 13"))),
            Map.entry(
                    "lesson-momentum-rosenbrock",
                    List.of(
                            new Says("sgd", "running"),
                            new EndsNear("sgd", 0.56, 0.31, 0.05),
                            new EndsNear("momentum", 1, 1, 0.01),
                            new EndsHigher("sgd", "momentum"))),
            Map.entry(
                    "lesson-adam-sgd-beale",
                    List.of(
                            new EndsNear("sgd", 2.18, 0.31, 0.05),
                            new EndsNear("adam", -0.60, 1.83, 0.05),
                            new Says("sgd", "running"),
                            new Says("adam", "running"))),
            Map.entry(
                    "lesson-stochastic-batch",
                    List.of(new Straight("sgd"), new Straight("momentum"), new EndsHigher("sgd", "momentum"))),
            Map.entry(
                    "lesson-schedules",
                    List.of(
                            new EndsNear("adam", 1, 3, 0.01),
                            new EndsNear("amsgrad", 1, 3, 0.01),
                            new EndsFarFrom("adamw", 1, 3, 0.5),
                            new EndsHigher("adam", "amsgrad"))),
            Map.entry("lesson-moons-accuracy", NETWORK));

    private final AppContext context = new AppContext(BackgroundExecutors.sameThread());
    private final LandscapeViewModel landscape = context.landscape();

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    static Stream<String> scenarios() {
        return Presets.names().stream();
    }

    @Test
    void everyScenarioHasItsClaimsWrittenDown() {
        assertEquals(new HashSet<>(Presets.names()), CLAIMS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theScreenShowsWhatTheNoteSays(String name) {
        open(name);
        Experiment experiment = Presets.byName(name).experiment();
        if (experiment.activeTab() == Experiment.Tab.NETWORK) {
            Map<String, String> names = context.network().optimizers().displayNames();
            assertEquals(names.size(), new HashSet<>(names.values()).size(), name + ": " + names);
            return;
        }
        RaceSnapshot race = landscape.raceProperty().get();
        assertFalse(race.paths().isEmpty(), name);
        Set<String> shownNames = new HashSet<>();
        for (PathResult p : race.paths()) {
            assertTrue(shownNames.add(p.displayName()), name + ": two paths are called " + p.displayName());
        }
        for (Claim claim : CLAIMS.get(name)) {
            check(name, race, claim);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theGermanWindowSaysEveryOutcomeInGerman(String name) {
        Messages.use(Locale.GERMAN);
        open(name);
        RaceSnapshot race = landscape.raceProperty().get();
        int end = landscape.stepLimitProperty().get();
        for (PathResult p : race.paths()) {
            String shown = PathStatus.of(p, end);
            assertFalse(shown.matches(".*(running|converged|diverged|unbounded|left the).*"), name + ": " + shown);
            assertFalse(PathStatus.line(p, end).matches(".*(running|converged|diverged|unbounded).*"), name);
        }
    }

    @Test
    void everyOutcomeHasAGermanText() {
        Messages.use(Locale.GERMAN);
        for (Outcome.Status status : Outcome.Status.values()) {
            String text = downhill.app.i18n.OutcomeText.of(new Outcome(status, 7));
            assertFalse(text.equals(new Outcome(status, 7).message()), text);
            assertTrue(status == Outcome.Status.RUNNING || text.contains("7"), text);
        }
    }

    private void open(String name) {
        context.experiment().openPreset(Presets.byName(name));
        landscape.onFrame(0);
    }

    private void check(String scenario, RaceSnapshot race, Claim claim) {
        String where = scenario + ": " + claim;
        if (claim instanceof DrawnOnTop c) {
            List<String> order = PathLayers.slowestOnTop(race.paths()).stream()
                    .map(PathResult::name)
                    .toList();
            assertTrue(order.indexOf(c.upper()) > order.indexOf(c.lower()), where + " " + order);
        } else if (claim instanceof ZigzagsMore c) {
            Window window = landscape.viewWindowProperty().get();
            int more = reversals(path(race, c.more()).trajectory(), window);
            int less = reversals(path(race, c.less()).trajectory(), window);
            assertTrue(more >= c.factor() * less, where + ": " + more + " against " + less);
        } else if (claim instanceof Straight c) {
            assertEquals(
                    0,
                    reversals(
                            path(race, c.optimizer()).trajectory(),
                            landscape.viewWindowProperty().get()),
                    where);
        } else if (claim instanceof Says c) {
            String shown = PathStatus.of(
                    path(race, c.optimizer()), landscape.stepLimitProperty().get());
            assertTrue(shown.startsWith(c.text()), where + ": " + shown);
        } else if (claim instanceof NoisierThanBatch c) {
            double ratio = batchRatio(c.optimizer());
            assertTrue(ratio >= c.ratio(), where + ": " + ratio);
        } else if (claim instanceof SmoothAsBatch c) {
            double ratio = batchRatio(c.optimizer());
            assertTrue(ratio <= c.ratio(), where + ": " + ratio);
        } else if (claim instanceof EndsNear c) {
            double d = distanceAtEnd(race, c.optimizer(), c.x(), c.y());
            assertTrue(d <= c.within(), where + ": " + d);
        } else if (claim instanceof EndsFarFrom c) {
            double d = distanceAtEnd(race, c.optimizer(), c.x(), c.y());
            assertTrue(d >= c.beyond(), where + ": " + d);
        } else if (claim instanceof EscapesBefore c) {
            int first = escapes(race, c.first(), c.distance());
            int second = escapes(race, c.second(), c.distance());
            assertTrue(first < second, where + ": step " + first + " against " + second);
        } else if (claim instanceof EndsHigher c) {
            assertTrue(lastLoss(race, c.higher()) > lastLoss(race, c.lower()), where);
        } else if (claim instanceof ChartKeepsRunawayOut c) {
            checkChart(race, c.runaway(), where);
        }
    }

    /** The runaway leaves the chart's range, and every finite run spans a visible part of it. */
    private void checkChart(RaceSnapshot race, String name, String where) {
        LossAxis axis = LossAxis.of(
                race.objective(), race.paths(), landscape.lossLogScaleProperty().get());
        Trajectory runaway = path(race, name).trajectory();
        assertTrue(path(race, name).outcome().runaway(), where);
        assertTrue(axis.side(runaway.loss(runaway.size() - 1)) != 0, where + ": it leaves the chart");
        double span = axis.hi() - axis.lo();
        for (PathResult p : race.paths()) {
            if (p.outcome().runaway()) {
                continue;
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < p.trajectory().size(); k++) {
                double v = axis.value(p.trajectory().loss(k));
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            assertTrue(hi - lo >= 0.02 * span, where + ": " + p.name() + " is flattened");
        }
    }

    private static PathResult path(RaceSnapshot race, String name) {
        return race.path(name).orElseThrow(() -> new AssertionError(name + " is not in the race"));
    }

    /** The direction reversals a class sees: between moves at least {@value #VISIBLE} of the window wide. */
    static int reversals(Trajectory t, Window window) {
        double least = VISIBLE * (window.xMax() - window.xMin());
        int count = 0;
        double fromX = t.x(0);
        double fromY = t.y(0);
        double lastDx = 0;
        double lastDy = 0;
        for (int k = 1; k < t.size(); k++) {
            double dx = t.x(k) - fromX;
            double dy = t.y(k) - fromY;
            if (Math.hypot(dx, dy) < least) {
                continue;
            }
            if (dx * lastDx + dy * lastDy < 0) {
                count++;
            }
            lastDx = dx;
            lastDy = dy;
            fromX = t.x(k);
            fromY = t.y(k);
        }
        return count;
    }

    /** The optimizer's path length at the scenario's batch size over the same with all samples per step. */
    private double batchRatio(String optimizer) {
        double noisy = PathLayers.length(path(landscape.raceProperty().get(), optimizer));
        int size = landscape.batchSizeProperty().get();
        landscape.batchSizeProperty().set(BatchSize.ALL);
        landscape.onFrame(0);
        double batch = PathLayers.length(path(landscape.raceProperty().get(), optimizer));
        landscape.batchSizeProperty().set(size);
        landscape.onFrame(0);
        return noisy / batch;
    }

    private static double distanceAtEnd(RaceSnapshot race, String name, double x, double y) {
        Trajectory t = path(race, name).trajectory();
        return Math.hypot(t.x(t.size() - 1) - x, t.y(t.size() - 1) - y);
    }

    private static double lastLoss(RaceSnapshot race, String name) {
        Trajectory t = path(race, name).trajectory();
        return t.loss(t.size() - 1);
    }

    private static int escapes(RaceSnapshot race, String name, double distance) {
        Trajectory t = path(race, name).trajectory();
        for (int k = 0; k < t.size(); k++) {
            if (Math.abs(t.y(k) - t.y(0)) > distance) {
                return k;
            }
        }
        return Integer.MAX_VALUE;
    }
}
