package downhill.app.network;

import downhill.app.control.DataPlot;
import downhill.engine.function.Window;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.landscape.LandscapeRenderer;
import downhill.engine.landscape.RenderRequest;
import downhill.engine.landscape.Surface;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What each copy predicts over the input plane, drawn by the one landscape renderer: the value at a point is the
 * expected class position Σ p_k · k/(K − 1), which for two classes is the probability of class 1. Colours span 0
 * to 1 whatever the network predicts, on cividis (colour-blind safe), the map the points' class colours come from.
 */
final class BoundaryImages {

    /** One request: every copy's newest weights over the same window. */
    record Request(Window window, int pixels, Architecture architecture, List<double[]> parameters) {}

    private BoundaryImages() {}

    /** The pictures, one per copy (null for a copy without weights yet), or null when a newer request waits. */
    static List<LandscapeImage> render(Request request, BooleanSupplier stale) {
        List<LandscapeImage> images = new ArrayList<>();
        try (Network network = new Network(request.architecture())) {
            for (double[] parameters : request.parameters()) {
                if (stale.getAsBoolean()) {
                    return null;
                }
                if (parameters == null) {
                    images.add(null);
                    continue;
                }
                network.setParameters(parameters);
                RenderRequest picture = RenderRequest.of(
                                surfaceOf(network), request.window(), request.pixels(), request.pixels())
                        .withColormap(DataPlot.CLASS_COLORMAP)
                        .withContourLevels(0);
                // One network serves every row, so the rows are sampled on this thread alone.
                images.add(LandscapeRenderer.sequential().render(picture, 0, 1));
            }
        }
        return images;
    }

    private static Surface surfaceOf(Network network) {
        int outputs = network.architecture().outputs();
        return (xs, y, out) -> {
            double[] features = new double[xs.length * 2];
            for (int i = 0; i < xs.length; i++) {
                features[2 * i] = xs[i];
                features[2 * i + 1] = y;
            }
            double[] predicted = new double[xs.length * outputs];
            network.predict(features, xs.length, predicted);
            for (int i = 0; i < xs.length; i++) {
                if (outputs == 1) {
                    out[i] = predicted[i];
                } else {
                    double position = 0;
                    for (int k = 1; k < outputs; k++) {
                        position += predicted[i * outputs + k] * k;
                    }
                    out[i] = position / (outputs - 1);
                }
            }
        };
    }
}
