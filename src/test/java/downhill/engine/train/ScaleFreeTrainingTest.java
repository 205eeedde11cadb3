package downhill.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.Dataset;
import downhill.engine.data.Generators;
import downhill.engine.data.Standardization;
import downhill.engine.data.TrainTestSplit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Standardisation divides by a power of two near each column's largest value first, so data at any scale trains
 * as the unscaled data does: no squares overflow near 1e308, nothing underflows near 1e-318.
 */
class ScaleFreeTrainingTest {

    private static final Dataset MOONS = Generators.moons(250, 0.1, 3);

    private static Dataset scaled(Dataset data, double factor) {
        double[] x = data.features().clone();
        for (int i = 0; i < x.length; i++) {
            x[i] *= factor;
        }
        return data.withFeatures(x);
    }

    private static double testAccuracy(Dataset data) {
        TrainingData prepared = TrainingData.prepare(data, 0.2, 1, true);
        TrainingPlan plan = TrainingPlan.defaults()
                .withHiddenSizes(List.of(16, 16))
                .withEpochs(30)
                .withBatchSize(50);
        try (Trainer trainer = new Trainer(prepared, plan, TrainerTest.contender("adam", 0.01))) {
            trainer.run();
            return trainer.history().snapshot().last(Metric.TEST_ACCURACY);
        }
    }

    @Test
    void aPowerOfTwoScaleStandardisesBitForBit() {
        Standardization plain = Standardization.fit(MOONS);
        for (double factor : new double[] {0x1p500, 0x1p-500, 0x1p1000}) {
            Dataset big = scaled(MOONS, factor);
            assertArrayEquals(
                    plain.apply(MOONS).features(),
                    Standardization.fit(big).apply(big).features());
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e160, 1e-160, 1e-318, 1e307})
    void anyScaleTrainsAsTheUnscaledData(double factor) {
        Dataset big = scaled(MOONS, factor);
        double[] standardised = Standardization.fit(big).apply(big).features();
        double[] plain = Standardization.fit(MOONS).apply(MOONS).features();
        // Subnormal numbers keep fewer digits; everything else is equal to rounding.
        double tolerance = factor < 1e-300 ? 1e-4 : 1e-12;
        for (int i = 0; i < plain.length; i++) {
            assertEquals(plain[i], standardised[i], tolerance, "value " + i);
        }
        assertEquals(testAccuracy(MOONS), testAccuracy(big), 1e-9);
    }

    @Test
    void aColumnThatCannotBeStandardisedIsNamed() {
        Dataset data = new Dataset(
                "d",
                List.of("a", "height"),
                "y",
                List.of("p", "q"),
                new double[] {1, 2, 3, Double.POSITIVE_INFINITY},
                new double[] {0, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Standardization.fit(data));
        assertEquals("column 'height' cannot be standardised: it holds Infinity", e.getMessage());
    }

    @Test
    void anIdentifierAsTheLabelIsNamed() {
        Dataset ids = new Dataset(
                "d", List.of("a"), "id", List.of("1", "2", "3", "4", "5"), new double[] {1, 2, 3, 4, 5}, new double[] {
                    0, 1, 2, 3, 4
                });
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.split(ids, 0.2, 1));
        assertEquals("column 'id' looks like an identifier: every class has one sample", e.getMessage());
        assertTrue(Standardization.fit(ids).scale()[0] > 0);
    }
}
