package downhill.app.landscape;

import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.scene.LandscapeScene;
import downhill.engine.scene.PathResult;
import java.util.List;
import java.util.Optional;

/** Every path of one race, computed off the FX thread from a {@link RaceRequest}; immutable. */
public record RaceSnapshot(Objective objective, Point start, int steps, List<PathResult> paths) {

    public static final RaceSnapshot EMPTY = new RaceSnapshot(null, null, 0, List.of());

    public RaceSnapshot {
        paths = List.copyOf(paths);
    }

    static RaceSnapshot compute(RaceRequest request) {
        return new RaceSnapshot(
                request.objective(),
                request.start(),
                request.steps(),
                LandscapeScene.race(
                        request.objective(),
                        request.start(),
                        request.entries(),
                        request.steps(),
                        request.batchSize(),
                        request.seed(),
                        request.gradientNoise()));
    }

    public Optional<PathResult> path(String name) {
        return paths.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The last step at which any path still moves: where the animation can stop. */
    public int lastStep() {
        return paths.stream().mapToInt(p -> p.trajectory().size() - 1).max().orElse(0);
    }
}
