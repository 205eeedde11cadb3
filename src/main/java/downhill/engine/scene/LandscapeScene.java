package downhill.engine.scene;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.function.data.DataModel;
import downhill.engine.function.data.DataObjective;
import downhill.engine.function.data.DataObjectives;
import downhill.engine.landscape.ColorScaling;
import downhill.engine.landscape.Colormap;
import downhill.engine.run.Descent;
import downhill.engine.run.GradientNoise;
import downhill.engine.run.GradientSource;
import downhill.engine.run.MiniBatches;
import downhill.engine.run.Race;
import downhill.engine.run.StopRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything a landscape picture shows, as one value: the function seen through a window, the start, the
 * optimizers with their settings, the step limit and the colours. The CLI builds one from its flags, the app from
 * its tab; {@link #race()} computes the paths.
 *
 * @param batchSize     samples per step of a model on data ({@link downhill.engine.data.BatchSize#ALL}: all);
 *                      ignored for functions
 * @param seed          seeds the mini-batch order and the gradient noise
 * @param gradientNoise std of Gaussian noise on a function's gradients (0: exact)
 */
public record LandscapeScene(
        Objective objective,
        Window window,
        Point start,
        List<Entrant> entrants,
        int steps,
        int batchSize,
        long seed,
        double gradientNoise,
        Colormap colormap,
        ColorScaling scaling) {

    /** Mini-batches are shuffled from a fixed seed, so the same settings always draw the same noisy paths. */
    public static final long BATCH_SEED = 0;

    public LandscapeScene {
        Objects.requireNonNull(objective, "objective must not be null");
        Objects.requireNonNull(window, "window must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(colormap, "colormap must not be null");
        Objects.requireNonNull(scaling, "scaling must not be null");
        entrants = List.copyOf(entrants);
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be a whole number ≥ 0, got " + steps);
        }
    }

    /** The function's own window, start and colour scaling, viridis, every sample per step. */
    public static LandscapeScene of(Objective objective, List<Entrant> entrants, int steps) {
        return new LandscapeScene(
                objective,
                objective.window(),
                objective.start(),
                entrants,
                steps,
                Integer.MAX_VALUE,
                BATCH_SEED,
                0,
                Colormap.standard(),
                objective.prefersLogScale() ? ColorScaling.LOG : ColorScaling.LINEAR);
    }

    /**
     * A function by the name the app's picker shows it (linear-regression and logistic-regression on their default
     * data) or a built-in or an expression in x and y.
     */
    public static Objective function(String nameOrExpression) {
        DataModel model = DataModel.byName(nameOrExpression.strip());
        return model != null ? DataObjectives.onDefaultData(model) : Functions.resolve(nameOrExpression);
    }

    public LandscapeScene withStart(Point newStart) {
        return new LandscapeScene(
                objective, window, newStart, entrants, steps, batchSize, seed, gradientNoise, colormap, scaling);
    }

    /** Runs every entrant from the start for {@link #steps()} steps (each stops early if it must). */
    public List<PathResult> race() {
        return race(objective, start, entrants, steps, batchSize, seed, gradientNoise);
    }

    /**
     * The paths of {@code entrants} in lockstep: on a model on data every optimizer draws the same seeded
     * mini-batches of {@code batchSize} samples.
     */
    public static List<PathResult> race(
            Objective objective, Point start, List<Entrant> entrants, int steps, int batchSize) {
        return race(objective, start, entrants, steps, batchSize, BATCH_SEED, 0);
    }

    /**
     * The paths of {@code entrants} in lockstep, their gradients from {@link #gradientSources}: the same seeded
     * mini-batches for a model on data, the same seeded noise of std {@code gradientNoise} for a function.
     */
    public static List<PathResult> race(
            Objective objective,
            Point start,
            List<Entrant> entrants,
            int steps,
            int batchSize,
            long seed,
            double gradientNoise) {
        List<Descent> descents = Race.run(
                objective,
                gradientSources(objective, batchSize, seed, gradientNoise),
                start,
                entrants.stream().map(Entrant::contender).toList(),
                StopRule.DEFAULT,
                steps);
        List<PathResult> paths = new ArrayList<>();
        for (int i = 0; i < descents.size(); i++) {
            Entrant entrant = entrants.get(i);
            Descent descent = descents.get(i);
            paths.add(new PathResult(
                    entrant.name(), entrant.displayName(), entrant.summary(), descent.trajectory(), descent.outcome()));
        }
        return paths;
    }

    /** Where each optimizer's steps take their gradients: mini-batches of a model, noise on a function, or exact. */
    public static Supplier<GradientSource> gradientSources(
            Objective objective, int batchSize, long seed, double gradientNoise) {
        if (objective instanceof DataObjective onData) {
            return () -> MiniBatches.of(onData, batchSize, seed);
        }
        if (gradientNoise > 0) {
            return () -> new GradientNoise(objective, gradientNoise, seed);
        }
        return () -> null;
    }
}
