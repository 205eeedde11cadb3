package downhill.app.landscape;

import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.scene.Entrant;
import java.util.List;

/**
 * What to race: an immutable copy of the settings, so the worker never reads live properties.
 *
 * @param batchSize     samples per step of a model on data ({@link Integer#MAX_VALUE}: all); ignored for functions
 * @param seed          seeds the mini-batch order and the gradient noise
 * @param gradientNoise std of the Gaussian noise added to a function's gradients (0: exact)
 */
record RaceRequest(
        Objective objective,
        Point start,
        List<Entrant> entries,
        int steps,
        int batchSize,
        long seed,
        double gradientNoise) {

    RaceRequest {
        entries = List.copyOf(entries);
    }
}
