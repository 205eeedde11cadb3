package downhill.engine.run;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.schedule.Schedules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every optimizer on every built-in function, at learning rates 10 and 1e-5, from the four corners of the function's
 * window: no exception, an outcome of running, converged or diverged, and only finite numbers in every row.
 */
class NumericExtremesTest {

    static final double[] RATES = {10, 1e-5};
    static final int STEPS = 400;

    static Stream<Arguments> functionsAndRates() {
        List<Arguments> cases = new ArrayList<>();
        for (Objective f : Functions.builtins()) {
            for (double rate : RATES) {
                cases.add(Arguments.of(f.name(), rate));
            }
        }
        return cases.stream();
    }

    static List<Point> corners(Window w) {
        return List.of(
                new Point(w.xMin(), w.yMin()),
                new Point(w.xMin(), w.yMax()),
                new Point(w.xMax(), w.yMin()),
                new Point(w.xMax(), w.yMax()));
    }

    /** Every optimizer, each flag of it switched on as well as off (AMSGrad, Nesterov, ... are faces of one class). */
    static List<Contender> everyOptimizer(double rate) {
        List<Contender> contenders = new ArrayList<>();
        for (OptimizerType type : Optimizers.all()) {
            Hyperparameters base = type.defaults().with(Hyperparameter.LR, rate);
            contenders.add(new Contender(type, base, Schedules.parse("constant")));
            for (Hyperparameter h : type.hyperparameters()) {
                if (h.isFlag() && !base.flag(h.key()) && accepts(type, base.with(h.key(), 1))) {
                    contenders.add(new Contender(type, base.with(h.key(), 1), Schedules.parse("constant")));
                }
            }
        }
        return contenders;
    }

    /** Some flags need other settings (Nesterov needs momentum); those combinations are refused, as they should be. */
    private static boolean accepts(OptimizerType type, Hyperparameters values) {
        try {
            type.create(values);
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    @ParameterizedTest(name = "{0} at lr {1}")
    @MethodSource("functionsAndRates")
    void everyOptimizerFromEveryCornerStaysFinite(String function, double rate) {
        Objective objective = Functions.builtin(function).orElseThrow();
        List<Contender> contenders = everyOptimizer(rate);
        for (Point corner : corners(objective.window())) {
            for (StopRule rule : List.of(StopRule.DEFAULT, StopRule.DEFAULT.continuingAfterConvergence())) {
                List<Descent> descents = Race.run(objective, corner, contenders, rule, STEPS);
                for (int i = 0; i < descents.size(); i++) {
                    String where = function + " lr " + rate + " from " + corner + " with " + contenders.get(i);
                    assertFinite(descents.get(i), where);
                }
            }
        }
    }

    static void assertFinite(Descent descent, String where) {
        Outcome outcome = descent.outcome();
        assertNotEquals(Outcome.Status.LEFT_DOMAIN, outcome.status(), where + ": " + outcome.message());
        Trajectory t = descent.trajectory();
        assertTrue(t.size() >= 1, where);
        for (int k = 0; k < t.size(); k++) {
            double[] row = {t.x(k), t.y(k), t.loss(k), t.gradX(k), t.gradY(k), t.learningRate(k)};
            for (double value : row) {
                assertTrue(Double.isFinite(value), where + ": step " + k + " has " + value);
            }
        }
        if (outcome.status() == Outcome.Status.RUNNING) {
            assertTrue(t.size() == STEPS + 1, where + ": a running descent records every step");
        }
    }
}
