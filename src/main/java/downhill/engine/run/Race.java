package downhill.engine.run;

import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Several optimizers from one start on one objective, stepped in lockstep so step k means the same for all. */
public final class Race {

    private final List<Descent> descents;

    public Race(Objective objective, Point start, List<Contender> contenders, StopRule rule, int expectedSteps) {
        this(objective, () -> null, start, contenders, rule, expectedSteps);
    }

    /**
     * A race whose descents take their step gradients from {@code sources}: one new source per descent (or null for
     * the exact gradient), so that with a seeded source every optimizer sees the same mini-batches.
     */
    public Race(
            Objective objective,
            Supplier<GradientSource> sources,
            Point start,
            List<Contender> contenders,
            StopRule rule,
            int expectedSteps) {
        List<Descent> list = new ArrayList<>(contenders.size());
        for (Contender c : contenders) {
            list.add(new Descent(objective, sources.get(), start, c.newOptimizer(), c.schedule(), rule, expectedSteps));
        }
        descents = List.copyOf(list);
    }

    /** Runs {@code steps} steps (each descent stops early if it must) and returns the descents. */
    public static List<Descent> run(
            Objective objective, Point start, List<Contender> contenders, StopRule rule, int steps) {
        return run(objective, () -> null, start, contenders, rule, steps);
    }

    /** {@link #run(Objective, Point, List, StopRule, int)} with step gradients from {@code sources}. */
    public static List<Descent> run(
            Objective objective,
            Supplier<GradientSource> sources,
            Point start,
            List<Contender> contenders,
            StopRule rule,
            int steps) {
        Race race = new Race(objective, sources, start, contenders, rule, steps);
        race.advance(steps);
        return race.descents();
    }

    /** Takes one step with every descent still running; returns whether any is still running. */
    public boolean advance() {
        boolean anyRunning = false;
        for (Descent d : descents) {
            anyRunning |= d.advance();
        }
        return anyRunning;
    }

    public void advance(int steps) {
        for (int i = 0; i < steps && advance(); i++) {
            // lockstep: every descent has taken i + 1 steps or stopped
        }
    }

    public List<Descent> descents() {
        return descents;
    }
}
