package downhill.engine.function.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.Generators;
import downhill.engine.function.Minimum;
import downhill.engine.function.Objective;
import downhill.engine.function.expression.ExpressionObjective;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DataObjectiveTest {

    static final DataObjective LINE = DataObjectives.linearRegression(DataObjectives.line(200, 0.5, 7));
    static final DataObjective CLOUDS = DataObjectives.logisticRegression(Generators.generate("gaussian", 200, 0.3, 7));

    static final DataObjective CLOUDS_MSE = DataObjectives.logisticRegression(
            Generators.generate("gaussian", 200, 0.3, 7), DataModel.LOGISTIC_REGRESSION_MSE);

    static Stream<DataObjective> models() {
        return Stream.of(LINE, CLOUDS, CLOUDS_MSE);
    }

    @ParameterizedTest
    @MethodSource("models")
    void theExactGradientMatchesCentralDifferences(DataObjective f) {
        double[] gradient = new double[2];
        for (double[] p : List.of(new double[] {0, 0}, new double[] {-1.3, 2.1}, new double[] {3, -4}, new double[] {
            f.start().x(), f.start().y()
        })) {
            f.valueAndGradient(p[0], p[1], gradient);
            double h = 1e-5;
            double dx = (f.value(p[0] + h, p[1]) - f.value(p[0] - h, p[1])) / (2 * h);
            double dy = (f.value(p[0], p[1] + h) - f.value(p[0], p[1] - h)) / (2 * h);
            assertEquals(dx, gradient[0], 1e-6 * (1 + Math.abs(dx)));
            assertEquals(dy, gradient[1], 1e-6 * (1 + Math.abs(dy)));
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void theListedMinimumHasZeroGradientAndLiesInTheWindow(DataObjective f) {
        Minimum m = f.minima().get(0);
        double[] gradient = new double[2];
        f.valueAndGradient(m.x(), m.y(), gradient);
        assertEquals(0, Math.hypot(gradient[0], gradient[1]), 1e-9);
        assertTrue(f.window().contains(m.x(), m.y()));
        assertTrue(f.window().contains(f.start().x(), f.start().y()));
    }

    @Test
    void theLineIsFoundNearSlopeTwoInterceptMinusOne() {
        Minimum m = LINE.minima().get(0);
        assertEquals(2, m.x(), 0.2);
        assertEquals(-1, m.y(), 0.1);
    }

    @ParameterizedTest
    @MethodSource("models")
    void theFormulaEvaluatesToTheObjective(DataObjective f) {
        Objective parsed = ExpressionObjective.parse(f.formula());
        assertEquals(f.value(0.7, -1.2), parsed.value(0.7, -1.2), 1e-9);
    }

    @Test
    void theLogisticLossStaysFiniteForHugeWeights() {
        double[] gradient = new double[2];
        assertTrue(Double.isFinite(CLOUDS.valueAndGradient(1e6, -1e6, gradient)));
        assertTrue(Double.isFinite(gradient[0]) && Double.isFinite(gradient[1]));
    }

    @Test
    void dataOfTheWrongShapeIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> DataObjectives.logisticRegression(Generators.generate("sine", 50, 0.1, 1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> DataObjectives.linearRegression(Generators.generate("moons", 50, 0.1, 1)));
    }

    /**
     * The lecture's point about losses for classification: on the same data, from the same start, cross-entropy's
     * gradient with respect to the logit is ŷ − y while the squared error's keeps σ′ and vanishes on a confidently
     * wrong prediction; the squared error's landscape is flat far from the minimum where cross-entropy's is not.
     */
    @Test
    void theSquaredErrorOfAProbabilityVanishesWhereCrossEntropyStillPulls() {
        assertEquals(CLOUDS.start(), CLOUDS_MSE.start());
        assertEquals(CLOUDS.window(), CLOUDS_MSE.window());
        DataModel bce = DataModel.LOGISTIC_REGRESSION;
        DataModel mse = DataModel.LOGISTIC_REGRESSION_MSE;
        assertEquals(-0.999, bce.slopeAtProbability(0.001, 1), 1e-15, "confidently wrong: cross-entropy pulls hard");
        assertEquals(2 * -0.999 * 0.001 * 0.999, mse.slopeAtProbability(0.001, 1), 1e-15);
        assertTrue(Math.abs(mse.slopeAtProbability(0.001, 1)) < 0.002, "the squared error hardly at all");
        for (double z : new double[] {-30, -3, 0.4, 5}) {
            double p = 1 / (1 + Math.exp(-z));
            assertEquals(bce.slope(z, 1), bce.slopeAtProbability(p, 1), 1e-12);
            assertEquals(mse.slope(z, 1), mse.slopeAtProbability(p, 1), 1e-12);
        }
        // Far out along a wrong direction the squared error is a plateau; cross-entropy still slopes.
        double[] g = new double[2];
        Minimum m = CLOUDS.minima().get(0);
        CLOUDS_MSE.valueAndGradient(-5 * m.x(), -5 * m.y(), g);
        double flat = Math.hypot(g[0], g[1]);
        CLOUDS.valueAndGradient(-5 * m.x(), -5 * m.y(), g);
        assertTrue(flat < 0.05 * Math.hypot(g[0], g[1]), flat + " vs " + Math.hypot(g[0], g[1]));
        assertThrows(IllegalArgumentException.class, () -> DataModel.LINEAR_REGRESSION.slopeAtProbability(0.5, 1));
        assertEquals(DataModel.LOGISTIC_REGRESSION_MSE, DataModel.byName("logistic-regression-mse"));
        for (DataModel model : DataModel.values()) {
            for (double z : new double[] {-4, -0.3, 0.2, 3}) {
                double h = 1e-5;
                double numeric = (model.slope(z + h, 1) - model.slope(z - h, 1)) / (2 * h);
                assertEquals(numeric, model.curvature(z, 1), 1e-8, model + " curvature at " + z);
            }
        }
    }
}
