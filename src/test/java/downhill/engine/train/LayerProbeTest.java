package downhill.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.Generators;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Initialization;
import downhill.engine.nn.LayerStatistics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-layer statistics a trainer records: which epochs, on what, and what they show for known starts. */
class LayerProbeTest {

    private static final TrainingData MOONS = TrainingData.prepare(Generators.moons(400, 0.2, 0), 0.2, 0, true);

    private static List<EpochStatistics> train(TrainingPlan plan) {
        try (Trainer trainer = new Trainer(MOONS, plan, TrainerTest.contender("adam", 0.01))) {
            trainer.run();
            return trainer.history().snapshot().layerStatistics();
        }
    }

    @Test
    void theFirstEpochsAreMeasuredThenFewerAndTheLast() {
        List<Integer> epochs = train(
                        TrainingPlan.defaults().withHiddenSizes(List.of(8)).withEpochs(135))
                .stream()
                .map(EpochStatistics::epoch)
                .toList();
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 135), epochs);
    }

    @Test
    void aLongRunKeepsABoundedNumber() {
        for (int e = 0; e <= 20_000; e++) {
            assertEquals(e <= 10 || e <= 100 && e % 10 == 0 || e % 100 == 0, LayerProbe.scheduled(e), "epoch " + e);
        }
        LayerProbe probe = new LayerProbe(TrainingPlan.defaults().architectureFor(2, 2), MOONS.train(), 0, 20_000);
        double[] weights =
                new double[TrainingPlan.defaults().architectureFor(2, 2).parameterCount()];
        int measured = 0;
        for (int e = 0; e <= 20_000; e++) {
            measured += probe.measure(e, weights) == null ? 0 : 1;
        }
        assertEquals(LayerProbe.MAX_RECORDS + 1, measured, "the cap, and the last planned epoch");
    }

    @Test
    void theProbeSeesTheFirstTrainingSamplesAndEveryLayer() {
        EpochStatistics untrained = train(
                        TrainingPlan.defaults().withHiddenSizes(List.of(8, 6)).withEpochs(1))
                .get(0);
        assertEquals(0, untrained.epoch());
        assertEquals(3, untrained.layers().size());
        assertEquals(
                LayerProbe.PROBE_ROWS * 8,
                untrained.layers().get(0).activations().total(),
                "256 samples × 8 units");
        assertEquals(2 * 8, untrained.layers().get(0).gradients().total(), "one per weight, biases left out");
        assertEquals(Activation.LINEAR, untrained.layers().get(2).activation());
    }

    /**
     * Zero weights and ReLU: every hidden unit outputs relu(0) = 0 on every sample and passes back no gradient, so
     * only the output bias learns and every hidden unit stays dead, in every epoch measured.
     */
    @Test
    void reluFromZerosIsDeadForGood() {
        List<EpochStatistics> measured = train(TrainingPlan.defaults()
                .withHiddenSizes(List.of(8, 8))
                .withEpochs(12)
                .withInitialization(Initialization.of(Initialization.Scheme.ZEROS)));
        for (EpochStatistics s : measured) {
            assertEquals(1.0, s.layers().get(0).deadShare(), "epoch " + s.epoch());
            assertEquals(1.0, s.layers().get(1).deadShare(), "epoch " + s.epoch());
        }
    }

    /** Weights of σ = 5 drive most sigmoid units into their tails from the start. */
    @Test
    void sigmoidWithLargeWeightsSaturates() {
        LayerStatistics second = train(TrainingPlan.defaults()
                        .withHiddenSizes(List.of(32, 32))
                        .withActivation(Activation.SIGMOID)
                        .withEpochs(1)
                        .withInitialization(new Initialization(Initialization.Scheme.NORMAL, 5)))
                .get(0)
                .layers()
                .get(1);
        assertTrue(second.saturatedShare() > 0.5, "saturated " + second.saturatedShare());
    }
}
