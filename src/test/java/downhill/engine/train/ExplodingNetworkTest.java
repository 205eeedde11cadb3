package downhill.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.nn.Activation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Learning rates far too large: training stops with {@code diverged at epoch k} and records only finite numbers. */
class ExplodingNetworkTest {

    @ParameterizedTest(name = "{0} lr {1} {2}")
    @CsvSource({
        "sgd, 1e4, RELU",
        "sgd, 1e6, RELU",
        "sgd, 1e3, RELU",
        "sgd, 1e300, TANH",
        "momentum, 1e4, RELU",
        "adam, 1e6, RELU",
        "rmsprop, 1e8, SIGMOID",
        "sgd, 1e3, LINEAR"
    })
    void explodingTrainingStopsWithDivergedAtEpochAndNoNonFiniteRecord(
            String optimizer, double lr, Activation activation) {
        TrainingPlan plan =
                TrainerTest.SMALL.withActivation(activation).withEpochs(200).withSeed(2);
        try (Trainer trainer = new Trainer(TrainerTest.MOONS, plan, TrainerTest.contender(optimizer, lr))) {
            trainer.run();
            HistorySnapshot h = trainer.history().snapshot();
            for (double[] column : TrainerTest.everything(h)) {
                for (double value : column) {
                    assertTrue(Double.isFinite(value), trainer.status() + ": a recorded value is " + value);
                }
            }
            assertTrue(trainer.diverged(), trainer.status());
            assertEquals("diverged at epoch " + trainer.divergedAtEpoch(), trainer.status());
            assertEquals(trainer.divergedAtEpoch() - 1, h.epochs());
        }
    }
}
