package downhill.app.landscape;

import downhill.app.optimizers.OptimizerListViewModel;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.run.Contender;
import downhill.engine.run.GradientSource;
import downhill.engine.scene.Entrant;
import downhill.engine.scene.LandscapeScene;
import downhill.engine.train.LearningRateRange;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The landscape tab's race: its start, its step limit, its entrants (the racing optimizers under the names that tell
 * them apart) and its newest result, computed off the FX thread by a {@link NewestResult} worker from the function and
 * gradient settings of a {@link FunctionChoice}. Runs on the FX thread.
 */
final class RaceModel {

    /** The step limit a new tab starts with. */
    static final int DEFAULT_STEP_LIMIT = 500;

    private final OptimizerListViewModel optimizers;
    private final FunctionChoice function;
    private final NewestResult<RaceRequest, RaceSnapshot> race;
    private final ObjectProperty<Point> start = new SimpleObjectProperty<>(this, "start");
    private final IntegerProperty stepLimit = new SimpleIntegerProperty(this, "stepLimit", DEFAULT_STEP_LIMIT);

    RaceModel(OptimizerListViewModel optimizers, FunctionChoice function, Executor executor) {
        this.optimizers = optimizers;
        this.function = function;
        this.race = new NewestResult<>(
                executor, (request, stale) -> RaceSnapshot.compute(request), "race", RaceSnapshot.EMPTY);
    }

    ObjectProperty<Point> startProperty() {
        return start;
    }

    IntegerProperty stepLimitProperty() {
        return stepLimit;
    }

    ReadOnlyObjectProperty<RaceSnapshot> raceProperty() {
        return race.property();
    }

    /** Races again with the settings as they are now (the newest request replaces one still waiting). */
    void recompute() {
        Objective f = function.objective();
        Point from = start.get();
        if (f == null || from == null) {
            return;
        }
        race.submit(new RaceRequest(
                f,
                from,
                entrants(),
                stepLimit.get(),
                function.batchSizeProperty().get(),
                function.seedProperty().get(),
                function.gradientNoiseProperty().get()));
    }

    /** Takes the newest finished race, if one came; whether it did. */
    boolean takeNewest() {
        return race.takeNewest();
    }

    /** Why the last race failed, once, or null. */
    Throwable pollFailure() {
        return race.pollFailure();
    }

    /** The racing optimizers, each under the name that tells it apart from the others. */
    List<Entrant> entrants() {
        Map<String, String> names = optimizers.displayNames();
        return optimizers.racing().stream()
                .map(s -> new Entrant(
                        s.name(), names.get(s.name()), s.summaryProperty().get(), s.contender()))
                .toList();
    }

    /** The range test of one optimizer from the race's start on the function shown, with the race's batches. */
    Function<BooleanSupplier, LearningRateRange.Result> rangeTest(
            Contender contender, double first, double last, int steps) {
        Objective f = function.objective();
        Point from = start.get();
        Supplier<GradientSource> sources = LandscapeScene.gradientSources(
                f,
                function.batchSizeProperty().get(),
                function.seedProperty().get(),
                function.gradientNoiseProperty().get());
        return stale -> LearningRateRange.run(f, sources.get(), from, contender, first, last, steps, stale);
    }
}
