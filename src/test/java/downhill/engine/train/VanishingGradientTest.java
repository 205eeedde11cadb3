package downhill.engine.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.Generators;
import downhill.engine.nn.Activation;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * Eight hidden sigmoid layers of 32: backpropagation multiplies by σ′ ≤ 1/4 at every layer, so the first layer
 * learns orders of magnitude more slowly than the last. Rectifiers pass gradients through unchanged where active.
 */
class VanishingGradientTest {

    private static final TrainingData MOONS = TrainingData.prepare(Generators.moons(500, 0.2, 0), 0.2, 0, true);

    /** Layer 0's and the output layer's gradient norms in the first epoch, from the trainer's records. */
    private static double[] firstAndLast(Activation activation) {
        TrainingPlan plan = TrainingPlan.defaults()
                .withHiddenSizes(Collections.nCopies(8, 32))
                .withActivation(activation)
                .withEpochs(1);
        try (Trainer trainer = new Trainer(MOONS, plan, TrainerTest.contender("sgd", 0.01))) {
            trainer.runEpoch();
            HistorySnapshot h = trainer.history().snapshot();
            return new double[] {h.gradientNorm(0, 0), h.gradientNorm(0, h.layerCount() - 1)};
        }
    }

    @Test
    void sigmoidGradientsVanishTowardsTheInput() {
        double[] norms = firstAndLast(Activation.SIGMOID);
        assertTrue(norms[0] * 100 <= norms[1], "first layer " + norms[0] + ", last " + norms[1]);
    }

    @Test
    void reluGradientsDoNot() {
        double[] norms = firstAndLast(Activation.RELU);
        assertTrue(norms[0] * 100 > norms[1], "first layer " + norms[0] + ", last " + norms[1]);
    }
}
