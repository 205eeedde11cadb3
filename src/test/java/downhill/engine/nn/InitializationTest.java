package downhill.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.Dataset;
import downhill.engine.data.Generators;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import downhill.engine.schedule.Schedules;
import downhill.engine.train.Trainer;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingPlan;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each scheme's spread, checked on a wide layer (300 × 400 = 120,000 weights) against its formula. Tolerances are six
 * standard errors of the statistic at that sample size, so a correct scheme fails about once in 10⁹ seeds and a
 * wrong factor (√2, √3) is far outside.
 */
class InitializationTest {

    private static final int FAN_IN = 300;
    private static final int FAN_OUT = 400;

    /** A network whose first layer is FAN_IN → FAN_OUT, its hidden activation {@code activation}. */
    private static Network network(Initialization scheme, Activation activation, long seed) {
        Network network =
                new Network(new Architecture(FAN_IN, List.of(FAN_OUT), activation, 1, Loss.BINARY_CROSS_ENTROPY));
        network.initialize(seed, scheme);
        return network;
    }

    private static double[] block(Network network, MatrixView view) {
        double[] values = new double[view.size()];
        System.arraycopy(network.parameters(), view.offset(), values, 0, values.length);
        return values;
    }

    private static double meanSquare(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum / values.length;
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** Uniform on ±bound: nothing beyond, the largest close to it, E[w²] = bound²/3 with SE √(4/45)·bound²/√n. */
    private static void assertUniform(double[] values, double bound) {
        double max = maxAbs(values);
        assertTrue(max <= bound, "largest " + max + " beyond the bound " + bound);
        assertTrue(max >= bound * (1 - 50.0 / values.length), "largest " + max + " well inside the bound " + bound);
        double expected = bound * bound / 3;
        double tolerance = 6 * Math.sqrt(4.0 / 45) * bound * bound / Math.sqrt(values.length);
        assertEquals(expected, meanSquare(values), tolerance);
    }

    /** N(0, σ²): E[w²] = σ² with SE σ²√(2/n), and 4.55 % beyond 2σ (a uniform of that variance has none). */
    private static void assertNormal(double[] values, double sigma) {
        int n = values.length;
        assertEquals(sigma * sigma, meanSquare(values), 6 * sigma * sigma * Math.sqrt(2.0 / n));
        long beyond = Arrays.stream(values).filter(v -> Math.abs(v) > 2 * sigma).count();
        double p = 0.0455;
        assertEquals(p, beyond / (double) n, 6 * Math.sqrt(p * (1 - p) / n));
    }

    private static void assertZero(double[] values) {
        assertEquals(0, maxAbs(values));
    }

    @Test
    void glorotAndHeHaveTheirFormulasSpread() {
        Layer first =
                network(Initialization.DEFAULT, Activation.RELU, 0).layers().get(0);
        double glorot = Math.sqrt(6.0 / (FAN_IN + FAN_OUT));
        double he = Math.sqrt(6.0 / FAN_IN);
        Network network = network(Initialization.of(Initialization.Scheme.GLOROT_UNIFORM), Activation.RELU, 1);
        assertUniform(block(network, first.weights()), glorot);
        assertZero(block(network, first.bias()));
        network = network(Initialization.of(Initialization.Scheme.HE_UNIFORM), Activation.TANH, 2);
        assertUniform(block(network, first.weights()), he);
        assertZero(block(network, first.bias()));
        network = network(Initialization.of(Initialization.Scheme.GLOROT_NORMAL), Activation.RELU, 3);
        assertNormal(block(network, first.weights()), Math.sqrt(2.0 / (FAN_IN + FAN_OUT)));
        assertZero(block(network, first.bias()));
        network = network(Initialization.of(Initialization.Scheme.HE_NORMAL), Activation.RELU, 4);
        assertNormal(block(network, first.weights()), Math.sqrt(2.0 / FAN_IN));
        assertZero(block(network, first.bias()));
    }

    @Test
    void normalTakesItsSigmaAndZerosIsZero() {
        Network network = network(Initialization.parse("normal:sigma=0.5"), Activation.RELU, 5);
        Layer first = network.layers().get(0);
        assertNormal(block(network, first.weights()), 0.5);
        assertZero(block(network, first.bias()));
        network = network(Initialization.parse("normal"), Activation.RELU, 6);
        assertNormal(block(network, first.weights()), Initialization.DEFAULT_SIGMA);
        network = network(Initialization.parse("zeros"), Activation.RELU, 7);
        assertZero(network.parameters());
    }

    @Test
    void sklearnDrawsWeightsAndBiasesWithItsGain() {
        double bound = Math.sqrt(6.0 / (FAN_IN + FAN_OUT));
        Network network = network(Initialization.parse("sklearn"), Activation.RELU, 8);
        Layer first = network.layers().get(0);
        assertUniform(block(network, first.weights()), bound);
        // 400 biases: the same law, the larger tolerance of the smaller sample
        assertUniform(block(network, first.bias()), bound);
        // Its output layer too (400 → 1), with the hidden activation's gain as scikit-learn does
        Layer last = network.layers().get(1);
        assertTrue(maxAbs(block(network, last.bias())) > 0);
        assertTrue(maxAbs(block(network, last.weights())) <= Math.sqrt(6.0 / (FAN_OUT + 1)));
        network = network(Initialization.parse("sklearn"), Activation.SIGMOID, 9);
        assertUniform(block(network, first.weights()), Math.sqrt(2.0 / (FAN_IN + FAN_OUT)));
    }

    @Test
    void theDefaultIsTodaysHeForRectifiersAndGlorotOtherwise() {
        Network network = network(Initialization.DEFAULT, Activation.RELU, 10);
        Layer first = network.layers().get(0);
        Layer output = network.layers().get(1);
        assertUniform(block(network, first.weights()), Math.sqrt(6.0 / FAN_IN));
        assertTrue(maxAbs(block(network, output.weights())) <= Math.sqrt(6.0 / (FAN_OUT + 1)));
        network = network(Initialization.DEFAULT, Activation.TANH, 10);
        assertUniform(block(network, first.weights()), Math.sqrt(6.0 / (FAN_IN + FAN_OUT)));
        // initialize(seed) is the default scheme, bit for bit, and "auto" names it
        Network old = new Network(network.architecture());
        old.initialize(10);
        assertArrayEquals(old.parameters(), network.parameters());
        assertEquals(Initialization.DEFAULT, Initialization.parse("auto"));
        assertEquals(Initialization.DEFAULT, Initialization.parse(" default "));
    }

    @Test
    void theDefaultDrawsTheSameNumbersAsBefore() {
        // The formula the network used before schemes were a choice, drawn here by hand.
        Network network = network(Initialization.DEFAULT, Activation.RELU, 11);
        SplittableRandom random = new SplittableRandom(11);
        double[] expected = new double[network.parameters().length];
        for (Layer layer : network.layers()) {
            MatrixView w = layer.weights();
            double bound =
                    layer.activation().reluLike() ? Math.sqrt(6.0 / w.rows()) : Math.sqrt(6.0 / (w.rows() + w.cols()));
            for (int i = w.offset(); i < w.end(); i++) {
                expected[i] = random.nextDouble(-bound, bound);
            }
        }
        assertArrayEquals(expected, network.parameters());
    }

    @Test
    void theSameSeedGivesTheSameWeights() {
        for (Initialization.Scheme scheme : Initialization.Scheme.values()) {
            Initialization init = Initialization.of(scheme);
            assertArrayEquals(
                    network(init, Activation.RELU, 12).parameters(),
                    network(init, Activation.RELU, 12).parameters(),
                    scheme.label());
            assertEquals(init, Initialization.parse(init.spec()));
        }
        assertEquals(
                "normal:sigma=0.25", Initialization.parse("normal:sigma=0.25").spec());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "xavier",
                "normal:sigma=0",
                "normal:sigma=-1",
                "normal:sigma=x",
                "normal:mu=1",
                "he-normal:sigma=1",
                "normal:sigma=NaN",
                ""
            })
    void refusesWhatItDoesNotKnowWithAClearMessage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Initialization.parse(text));
        assertTrue(e.getMessage().contains("initialisation"), e.getMessage());
    }

    /**
     * Zeros cannot break the symmetry: every unit of a hidden layer gets the same gradient, so after training each
     * still has the same incoming weights as its neighbours (sigmoid, so that the weights do move at all).
     */
    @Test
    void zerosKeepEveryUnitOfALayerIdentical() {
        Dataset moons = Generators.generate("moons", 200, 0.2, 0);
        TrainingData data = TrainingData.prepare(moons, 0.2, 0, true);
        TrainingPlan plan = TrainingPlan.defaults()
                .withHiddenSizes(List.of(6, 5))
                .withActivation(Activation.SIGMOID)
                .withEpochs(5)
                .withBatchSize(32)
                .withInitialization(Initialization.parse("zeros"));
        Contender adam =
                new Contender(Optimizers.byName("adam"), Hyperparameters.of("lr", 0.05), Schedules.parse("constant"));
        try (Trainer trainer = new Trainer(data, plan, adam)) {
            trainer.run();
            double[] p = trainer.network().parameters();
            for (Layer layer : trainer.network().layers().subList(0, 2)) {
                MatrixView w = layer.weights();
                double moved = 0;
                for (int i = 0; i < w.rows(); i++) {
                    for (int j = 1; j < w.cols(); j++) {
                        assertEquals(w.get(p, i, 0), w.get(p, i, j), 1e-12, "input " + i + ", unit " + j);
                    }
                    moved = Math.max(moved, Math.abs(w.get(p, i, 0)));
                }
                assertTrue(moved > 1e-3, "the weights moved: " + moved);
            }
        }
    }
}
