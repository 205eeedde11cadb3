package downhill.engine.optimizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An optimizer restored from another's {@link OptimizerState} goes on exactly as the other does, and one coordinate
 * stepped alone from its part of the state moves as it does inside the whole vector: what lets the network diagram
 * show the update training will make.
 */
class OptimizerStateTest {

    private static final int DIMENSION = 7;

    /** Every registered optimizer with its defaults, and the variants whose state differs (buffers, flags, decay). */
    static Stream<Optimizer> optimizers() {
        Stream<Optimizer> defaults = Optimizers.all().stream().map(OptimizerType::create);
        Stream<Optimizer> variants = Stream.of(
                Optimizers.byName("sgd")
                        .create(Hyperparameters.of(Hyperparameter.WEIGHT_DECAY, 0.1)
                                .with(Hyperparameter.MOMENTUM, 0.8)
                                .with(Hyperparameter.DAMPENING, 0.3)),
                Optimizers.byName("rmsprop")
                        .create(Hyperparameters.of(Hyperparameter.MOMENTUM, 0.9).with(Hyperparameter.CENTERED, 1)),
                Optimizers.byName("adamw").create(Hyperparameters.of(Hyperparameter.LR, 0.05)),
                Optimizers.byName("radam").create(Hyperparameters.of(Hyperparameter.LR, 0.05)));
        return Stream.concat(defaults, variants);
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("optimizers")
    void aRestoredOptimizerTakesTheSameStepsBitForBit(Optimizer original) {
        SplittableRandom random = new SplittableRandom(11);
        double[] theta = vector(random);
        // RAdam rectifies from step 6 on: go past it.
        for (int k = 0; k < 7; k++) {
            original.step(theta, vector(random), 0.01);
        }
        OptimizerState saved = original.snapshot();
        Optimizer restored = Optimizers.byName(original.name()).create(original.hyperparameters());
        restored.restore(saved);
        assertEquals(original.stepCount(), restored.stepCount());
        assertStatesEqual(original.state(), restored.state());
        double[] other = theta.clone();
        for (int k = 0; k < 4; k++) {
            double[] g = vector(random);
            original.step(theta, g, 0.02);
            restored.step(other, g, 0.02);
            assertArrayEquals(theta, other, 0, original.name() + " step " + (k + 8));
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("optimizers")
    void oneCoordinateSteppedAloneMovesAsInTheWholeVector(Optimizer whole) {
        SplittableRandom random = new SplittableRandom(5);
        double[] theta = vector(random);
        for (int k = 0; k < 6; k++) {
            whole.step(theta, vector(random), 0.01);
        }
        OptimizerState saved = whole.snapshot();
        double[] g = vector(random);
        double[] before = theta.clone();
        whole.step(theta, g, 0.03);
        for (int i = 0; i < DIMENSION; i++) {
            Optimizer one = Optimizers.byName(whole.name()).create(whole.hyperparameters());
            one.restore(saved.coordinate(i, DIMENSION));
            double[] w = {before[i]};
            one.step(w, new double[] {g[i]}, 0.03);
            assertEquals(theta[i], w[0], 0, whole.name() + " coordinate " + i);
        }
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("optimizers")
    void restoringTheFreshStateIsAReset(Optimizer optimizer) {
        SplittableRandom random = new SplittableRandom(3);
        double[] theta = vector(random);
        double[] g = vector(random);
        optimizer.step(theta, g, 0.01);
        optimizer.restore(OptimizerState.FRESH);
        assertEquals(0, optimizer.stepCount());
        assertTrue(optimizer.state().isEmpty());
        Optimizer fresh = Optimizers.byName(optimizer.name()).create(optimizer.hyperparameters());
        double[] a = theta.clone();
        double[] b = theta.clone();
        optimizer.step(a, g, 0.01);
        fresh.step(b, g, 0.01);
        assertArrayEquals(b, a, 0);
    }

    @Test
    void aStateOfAnotherKindOrSizeIsRefusedByName() {
        Optimizer adam = Optimizers.byName("adam").create();
        double[] theta = {1, 2};
        adam.step(theta, new double[] {0.1, 0.2}, 0.01);
        Optimizer rmsprop = Optimizers.byName("rmsprop").create();
        IllegalArgumentException kind =
                assertThrows(IllegalArgumentException.class, () -> rmsprop.restore(adam.snapshot()));
        assertTrue(
                kind.getMessage().contains("squareAverage") && kind.getMessage().contains("firstMoment"),
                kind.getMessage());
        Map<String, double[]> ragged = Map.of("firstMoment", new double[2], "secondMoment", new double[3]);
        IllegalArgumentException size = assertThrows(
                IllegalArgumentException.class,
                () -> Optimizers.byName("adam").create().restore(new OptimizerState(1, ragged)));
        assertTrue(
                size.getMessage().contains("firstMoment") && size.getMessage().contains("expected 3"),
                size.getMessage());
        assertThrows(IllegalArgumentException.class, () -> adam.snapshot().coordinate(2, 2));
    }

    private static void assertStatesEqual(Map<String, double[]> expected, Map<String, double[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((key, value) -> assertArrayEquals(value, actual.get(key), 0, key));
    }

    private static double[] vector(SplittableRandom random) {
        double[] v = new double[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            v[i] = random.nextDouble(-2, 2);
        }
        return v;
    }
}
