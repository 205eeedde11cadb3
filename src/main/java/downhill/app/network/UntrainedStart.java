package downhill.app.network;

import downhill.app.backprop.DiagramViewModel;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.nn.Architecture;
import downhill.engine.run.Contender;
import downhill.engine.train.Checkpoint;
import downhill.engine.train.Trainer;
import downhill.engine.train.TrainingPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.paint.Color;

/**
 * The weights every copy starts from, before training: made again whenever the data or settings change, shown by
 * the layers view (their statistics), the boundary panels (what they predict) and the network diagram (one
 * checkpoint per racing optimizer, kept while nothing changed so that the diagram asks for a new pass only then).
 */
final class UntrainedStart {

    /** The diagram's view of the untrained network: its architecture and one copy per racing optimizer. */
    record Copies(Architecture architecture, List<DiagramViewModel.Copy> copies) {}

    /** Null when the settings cannot train. */
    private double[] parameters;

    private Map<Contender, Checkpoint> checkpoints = Map.of();

    /**
     * Makes the untrained weights for the data and the plan, and shows them in the layers view and the boundary
     * pictures; none when there are no data or no optimizer, or the settings cannot train.
     */
    void make(
            PreparedData prepared,
            List<OptimizerSettings> racing,
            Supplier<TrainingPlan> plan,
            LayerHistogramsViewModel layerHistograms,
            BoundaryPictures boundaries) {
        parameters = null;
        if (prepared == null || racing.isEmpty()) {
            return;
        }
        try (Trainer untrained = new Trainer(
                prepared.data(), plan.get().withEpochs(1), racing.get(0).contender())) {
            parameters = untrained.initialParameters();
            // The statistics of the weights every copy starts from: the layers view shows them before training.
            layerHistograms.show(List.of(new LayerHistogramsViewModel.Source(
                    null, Color.GRAY, untrained.history().snapshot().layerStatistics())));
            boundaries.requestUntrained(
                    prepared, untrained.network().architecture(), untrained.initialParameters(), racing.size());
        } catch (IllegalArgumentException e) {
            // Settings that cannot train (e.g. a loss that does not fit the data): Train will say why.
        }
    }

    /**
     * The untrained copies for the diagram, on {@code architecture} (null when the settings cannot make one), or
     * null when there are no untrained weights or they do not fit it.
     */
    Copies copies(
            Supplier<Architecture> architecture,
            List<OptimizerSettings> racing,
            Function<OptimizerSettings, Contender> contenderOf) {
        if (parameters == null) {
            return null;
        }
        Architecture shape;
        try {
            shape = architecture.get();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (shape.parameterCount() != parameters.length) {
            return null;
        }
        List<DiagramViewModel.Copy> copies = new ArrayList<>();
        var made = new HashMap<Contender, Checkpoint>();
        for (OptimizerSettings settings : racing) {
            Contender contender = contenderOf.apply(settings);
            var checkpoint = checkpoints.get(contender);
            if (checkpoint == null || checkpoint.parameters() != parameters) {
                checkpoint = Checkpoint.untrained(parameters, contender);
            }
            made.put(contender, checkpoint);
            copies.add(new DiagramViewModel.Copy(settings.name(), checkpoint, contender));
        }
        checkpoints = made;
        return new Copies(shape, copies);
    }
}
