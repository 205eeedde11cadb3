package downhill.engine.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import downhill.engine.run.Descent;
import downhill.engine.run.StopRule;
import downhill.engine.run.Trajectory;
import downhill.engine.schedule.Constant;
import downhill.engine.schedule.Exponential;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StepExplainerTest {

    private static final Objective ROSENBROCK = Functions.resolve("rosenbrock");
    private static final Point START = new Point(-1.5, 2);
    private static final int[] STEPS = {0, 1, 2, 7, 40};

    static Stream<Arguments> everyOptimizer() {
        return Optimizers.all().stream().map(t -> Arguments.of(t.name(), Hyperparameters.of("lr", rate(t))));
    }

    /** Rates that move visibly on Rosenbrock without diverging in 41 steps. */
    private static double rate(OptimizerType type) {
        return switch (type.name()) {
            case "sgd", "momentum", "nesterov" -> 1e-4;
            case "radam" -> 1e-3;
            case "adadelta" -> 1;
            default -> 0.02;
        };
    }

    /** The less travelled branches: weight decay, dampening, centring, momentum, lr decay, accumulators. */
    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of(
                        "momentum",
                        Hyperparameters.of("lr", 1e-4).with("dampening", 0.3).with("weight-decay", 0.1)),
                Arguments.of("nesterov", Hyperparameters.of("lr", 1e-4).with("weight-decay", 0.05)),
                Arguments.of(
                        "adagrad",
                        Hyperparameters.of("lr", 0.1)
                                .with("lr-decay", 0.1)
                                .with("initial-accumulator", 0.5)
                                .with("weight-decay", 0.01)),
                Arguments.of(
                        "rmsprop",
                        Hyperparameters.of("lr", 1e-3).with("centered", 1).with("momentum", 0.5)),
                Arguments.of("adam", Hyperparameters.of("lr", 0.05).with("weight-decay", 0.1)),
                Arguments.of("amsgrad", Hyperparameters.of("lr", 0.05).with("weight-decay", 0.1)),
                Arguments.of("adamw", Hyperparameters.of("lr", 0.05).with("weight-decay", 0.3)),
                Arguments.of("lion", Hyperparameters.of("lr", 0.01).with("weight-decay", 0.5)),
                Arguments.of("radam", Hyperparameters.of("lr", 1e-3).with("weight-decay", 0.1)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource({"everyOptimizer", "variants"})
    void theStepShownIsTheTrajectorysStepAndTheStatesAreTheOptimizers(String name, Hyperparameters h) {
        Contender contender = new Contender(Optimizers.byName(name), h, new Exponential(0.99));
        for (int k : STEPS) {
            Optimizer reference = contender.newOptimizer();
            Descent descent = new Descent(ROSENBROCK, START, reference, contender.schedule(), StopRule.DEFAULT);
            descent.advance(k + 1);
            Trajectory path = descent.trajectory();
            StepExplanation e =
                    StepExplainer.explain(ROSENBROCK, START, contender, k).orElseThrow();
            String at = name + " at step " + k;
            assertArrayEquals(new double[] {path.x(k + 1) - path.x(k), path.y(k + 1) - path.y(k)}, e.delta(), at);
            assertArrayEquals(e.delta(), e.quantity("Δθ").orElseThrow().values(), at);
            assertArrayEquals(new double[] {path.gradX(k), path.gradY(k)}, e.gradient(), at);
            assertEquals(path.learningRate(k), e.learningRate(), at);
            for (Map.Entry<String, double[]> state : reference.state().entrySet()) {
                assertTrue(
                        e.quantities().stream().anyMatch(q -> Arrays.equals(q.values(), state.getValue())),
                        at + ": the state " + state.getKey() + " = " + Arrays.toString(state.getValue()) + " is shown");
            }
            assertFalse(e.lines().isEmpty(), at);
            assertTrue(
                    e.lines().get(e.lines().size() - 1).rule().startsWith("η_eff")
                            || e.lines().stream().anyMatch(l -> l.withNumbers().startsWith("Δθ = ")),
                    at);
            double[] rate = e.effectiveRate();
            double[] g = e.quantities().stream()
                    .filter(q -> q.symbol().equals("g + λθ"))
                    .findFirst()
                    .map(q -> q.values())
                    .orElse(e.gradient());
            if (name.equals("sgd") || name.equals("adagrad") || name.equals("rmsprop") && !h.has("momentum")) {
                for (int i = 0; i < 2; i++) {
                    assertEquals(
                            -rate[i] * g[i],
                            e.delta()[i],
                            1e-15 * Math.max(1, Math.abs(e.position()[i])),
                            at + ": Δθ = −η_eff·g");
                }
            }
        }
    }

    @Test
    void everyRegisteredOptimizerHasAnExplainer() {
        for (OptimizerType type : Optimizers.all()) {
            assertTrue(StepExplainer.explains(type.name()), type.name());
        }
    }

    /**
     * Adam on Rosenbrock from (−1.5, 2) with η = 0.05, the step from θ₃ to θ₄ (t = 4). The literals were computed
     * once with plain Python floats from the documented equations (docs/optimizers.md, the paper's form
     * Δθ = −η·m̂/(√v̂ + ε)), f = (1 − x)² + 100(y − x²)², independently of this code.
     */
    @Test
    void adamAtStepThreeMatchesAHandCalculation() {
        Contender adam = new Contender(Optimizers.byName("adam"), Hyperparameters.of("lr", 0.05), new Constant());
        StepExplanation e = StepExplainer.explain(ROSENBROCK, START, adam, 3).orElseThrow();
        assertEquals(3, e.step());
        close(new double[] {-1.389459832779121, 2.1071929178669357}, e.position(), "θ₃");
        close(new double[] {93.36934992944947, 35.318858192070564}, value(e, "g"), "g");
        close(new double[] {0.06611827852445273, 0.9261796192933667}, value(e, "m"), "m");
        close(new double[] {36.8695691227042, 4.290421726813058}, value(e, "v"), "v");
        close(new double[] {0.3439}, value(e, "1 − β₁ᵗ"), "1 − β₁ᵗ");
        close(new double[] {0.003994003998999962}, value(e, "1 − β₂ᵗ"), "1 − β₂ᵗ");
        close(new double[] {0.19226018762562588, 2.6931655111758266}, value(e, "m̂"), "m̂");
        close(new double[] {9231.229896598947, 1074.2156812780645}, value(e, "v̂"), "v̂");
        close(new double[] {0.0005204035144847163, 0.0015255423213382984}, e.effectiveRate(), "η_eff");
        close(new double[] {-0.00010005287733583224, -0.004108537965667569}, e.delta(), "Δθ");
        assertTrue(e.adaptive());
        close(
                new double[] {-0.05 * 0.19226018762562588, -0.05 * 2.6931655111758266},
                e.memoryStep().orElseThrow().values(),
                "−η·m̂");
        assertTrue(
                e.lines().stream()
                        .anyMatch(l -> l.rule().equals("m ← β₁·m + (1 − β₁)·g")
                                && l.withNumbers().startsWith("m = 0.9·(")
                                && l.withNumbers().endsWith(" = (0.06612, 0.9262)")),
                e.lines().toString());
        assertTrue(
                e.lines().stream().anyMatch(l -> l.withNumbers().equals("1 − β₁ᵗ = 1 − 0.9^4 = 0.3439")),
                e.lines().toString());
        assertTrue(
                e.lines().stream().anyMatch(l -> l.withNumbers().startsWith("Δθ = −(5.204e−4, 0.001526)·(")),
                e.lines().toString());
    }

    @Test
    void radamSaysWhenItRectifiesAndNAdamShowsItsMomentumSchedule() {
        Contender radam = new Contender(Optimizers.byName("radam"), Hyperparameters.of("lr", 1e-3), new Constant());
        assertEquals(0, value(StepExplainer.explain(ROSENBROCK, START, radam, 4).orElseThrow(), "rectified")[0]);
        StepExplanation rectified =
                StepExplainer.explain(ROSENBROCK, START, radam, 5).orElseThrow();
        assertEquals(1, value(rectified, "rectified")[0]);
        assertTrue(rectified.adaptive());
        StepExplanation nadam = StepExplainer.explain(ROSENBROCK, START, Contender.of(Optimizers.byName("nadam")), 0)
                .orElseThrow();
        double mu1 = 0.9 * (1 - 0.5 * Math.pow(0.96, 0.004));
        assertEquals(mu1, value(nadam, "μₜ")[0], 1e-15);
        assertEquals(mu1, value(nadam, "Πₜ")[0], 1e-15);
    }

    @Test
    void aStepAfterTheRunStoppedHasNoExplanation() {
        Contender sgd = new Contender(Optimizers.byName("sgd"), Hyperparameters.of("lr", 10), new Constant());
        assertTrue(StepExplainer.explain(ROSENBROCK, START, sgd, 30).isEmpty(), "diverged long before");
    }

    private static double[] value(StepExplanation e, String symbol) {
        return e.quantity(symbol)
                .orElseThrow(() -> new AssertionError("no " + symbol + " in " + e.quantities()))
                .values();
    }

    private static void close(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12 * Math.abs(expected[i]), what + "[" + i + "]");
        }
    }

    /**
     * One weight of a network: stepped alone from its part of the optimizer's state, its explanation's Δθ is the
     * whole vector's step of that weight bit for bit, and its equations end on that Δθ.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource({"everyOptimizer", "variants"})
    void aCoordinateOfAVectorIsExplainedAsTheWholeVectorStepsIt(String name, Hyperparameters h) {
        Contender contender = new Contender(Optimizers.byName(name), h, new Constant());
        Optimizer whole = contender.newOptimizer();
        double[] theta = {0.5, -1.25, 2, 0.125, -0.75};
        SplittableRandom random = new SplittableRandom(9);
        for (int k = 0; k < 6; k++) {
            double[] g = random.doubles(theta.length, -1, 1).toArray();
            whole.step(theta, g, 0.01);
        }
        var saved = whole.snapshot();
        double[] g = random.doubles(theta.length, -1, 1).toArray();
        double[] before = theta.clone();
        whole.step(theta, g, 0.02);
        for (int i = 0; i < theta.length; i++) {
            StepExplanation e = StepExplainer.explainCoordinate(contender, saved, 0.02, before, g, i);
            assertEquals(theta[i] - before[i], e.delta()[0], 0, name + " weight " + i);
            assertEquals(before[i], e.position()[0], 0);
            assertEquals(g[i], e.gradient()[0], 0);
            assertEquals(6, e.step(), "six steps were taken before");
            String delta = " = " + ExplanationParts.text(theta[i] - before[i]);
            assertTrue(
                    e.lines().stream()
                            .map(Line::withNumbers)
                            .anyMatch(line -> line.startsWith("Δθ = ") && line.endsWith(delta)),
                    e.lines().toString());
        }
    }
}
