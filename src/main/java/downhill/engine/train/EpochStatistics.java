package downhill.engine.train;

import downhill.engine.nn.LayerStatistics;
import java.util.List;

/**
 * Every weight layer's {@link LayerStatistics} on the probe batch with the weights after {@code epoch} epochs (0:
 * the initial weights, before any update). See {@link LayerProbe} for the batch and the epochs measured.
 *
 * @param epoch  the epochs trained, 0 for the untrained network
 * @param layers from the first hidden layer to the output
 */
public record EpochStatistics(int epoch, List<LayerStatistics> layers) {

    public EpochStatistics {
        layers = List.copyOf(layers);
    }
}
