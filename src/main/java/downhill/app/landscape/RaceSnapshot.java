package downhill.app.landscape;

import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.data.DataObjective;
import downhill.engine.run.Descent;
import downhill.engine.run.GradientNoise;
import downhill.engine.run.GradientSource;
import downhill.engine.run.MiniBatches;
import downhill.engine.run.Race;
import downhill.engine.run.StopRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Every path of one race, computed off the FX thread from a {@link RaceRequest}; immutable. */
public record RaceSnapshot(Objective objective, Point start, int steps, List<PathResult> paths) {

    public static final RaceSnapshot EMPTY = new RaceSnapshot(null, null, 0, List.of());

    public RaceSnapshot {
        paths = List.copyOf(paths);
    }

    static RaceSnapshot compute(RaceRequest request) {
        // Mini-batches and noise come from the request's seed, so the same settings always draw the same paths.
        Objective f = request.objective();
        Supplier<GradientSource> sources = f instanceof DataObjective onData
                ? () -> MiniBatches.of(onData, request.batchSize(), request.seed())
                : request.gradientNoise() > 0 ? () -> new GradientNoise(f, request.gradientNoise(), request.seed())
                : () -> null;
        List<Descent> descents = Race.run(request.objective(), sources, request.start(),
                request.entries().stream().map(RaceRequest.Entry::contender).toList(), StopRule.DEFAULT,
                request.steps());
        List<PathResult> paths = new ArrayList<>();
        for (int i = 0; i < descents.size(); i++) {
            RaceRequest.Entry entry = request.entries().get(i);
            Descent descent = descents.get(i);
            paths.add(new PathResult(entry.name(), entry.displayName(), entry.summary(), descent.trajectory(),
                    descent.outcome()));
        }
        return new RaceSnapshot(request.objective(), request.start(), request.steps(), paths);
    }

    public Optional<PathResult> path(String name) {
        return paths.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The last step at which any path still moves: where the animation can stop. */
    public int lastStep() {
        return paths.stream().mapToInt(p -> p.trajectory().size() - 1).max().orElse(0);
    }
}
