package downhill.app.landscape;

import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.render.Entrant;
import java.util.List;

/**
 * What to race: an immutable copy of the settings, so the worker never reads live properties.
 *
 * @param batchSize samples per step of a model on data ({@link Integer#MAX_VALUE}: all); ignored for functions
 */
record RaceRequest(Objective objective, Point start, List<Entrant> entries, int steps, int batchSize) {

    RaceRequest {
        entries = List.copyOf(entries);
    }
}
