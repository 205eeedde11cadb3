package downhill.app.network;

import downhill.app.concurrent.LatestWins;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.nn.Architecture;
import downhill.engine.train.Comparison;
import downhill.engine.train.TrainingRun;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The network tab's decision-boundary pictures: the requests (the untrained weights before training, each copy's
 * newest weights at most every {@value #SECONDS} s while it trains) to the background worker, newest request
 * winning, and the newest pictures as a property. Runs on the FX thread.
 */
public final class BoundaryPictures {

    private static final double SECONDS = 0.3;
    private static final int PIXELS = 100;

    private final LatestWins<BoundaryImages.Request, List<LandscapeImage>> worker;
    private final ReadOnlyObjectWrapper<List<LandscapeImage>> boundaries =
            new ReadOnlyObjectWrapper<>(this, "boundaries", List.of());
    private double sinceRequest = Double.POSITIVE_INFINITY;
    /** The weights of the pictures last asked for: the same arrays again need no new pictures. */
    private List<double[]> drawnParameters = List.of();

    BoundaryPictures(Executor executor) {
        worker = new LatestWins<>(executor, BoundaryImages::render);
    }

    /** Whether the data has pictures at all: on a plane, with classes to tell apart. */
    private static boolean pictured(PreparedData prepared) {
        return prepared != null && prepared.window() != null && prepared.data().classCount() >= 2;
    }

    /**
     * Asks for the training copies' pictures when due (and only while the tab {@code shown}: pictures nobody sees
     * cost a core's worth of forward passes), then takes the newest finished ones; whether they changed.
     */
    boolean onFrame(double elapsedSeconds, PreparedData prepared, Comparison comparison, boolean shown) {
        sinceRequest += elapsedSeconds;
        if (comparison != null && sinceRequest >= SECONDS && shown) {
            sinceRequest = 0;
            requestTrained(prepared, comparison);
        }
        List<LandscapeImage> pictures = worker.poll();
        if (pictures == null) {
            return false;
        }
        boundaries.set(pictures);
        return true;
    }

    private void requestTrained(PreparedData prepared, Comparison comparison) {
        if (!pictured(prepared)) {
            return;
        }
        List<double[]> parameters =
                comparison.runs().stream().map(TrainingRun::latestParameters).toList();
        if (sameArrays(parameters, drawnParameters)) {
            return;
        }
        drawnParameters = parameters;
        worker.submit(new BoundaryImages.Request(
                prepared.window(), PIXELS, comparison.runs().get(0).architecture(), parameters));
    }

    /** Every one of {@code copies} panels pictures the weights all copies start from. */
    void requestUntrained(PreparedData prepared, Architecture architecture, double[] parameters, int copies) {
        if (pictured(prepared)) {
            worker.submit(new BoundaryImages.Request(
                    prepared.window(), PIXELS, architecture, Collections.nCopies(copies, parameters)));
        }
    }

    /** No pictures until the next ones come. */
    void clear() {
        boundaries.set(List.of());
        drawnParameters = List.of();
    }

    private static boolean sameArrays(List<double[]> a, List<double[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Each copy's decision boundary as of the last picture (an entry is null before its first epoch). */
    public ReadOnlyObjectProperty<List<LandscapeImage>> picturesProperty() {
        return boundaries.getReadOnlyProperty();
    }
}
