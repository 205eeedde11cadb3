package downhill.engine.optimizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every optimizer promises whatever its algorithm: bad hyperparameters are refused with a message naming the
 * hyperparameter and the value; {@code state()} names its buffers and hands out copies; {@code reset()} makes it
 * as good as new; the caller's gradient is never written; and the defaults are PyTorch 2.x's.
 */
class OptimizerContractTest {

    private static final double[] START = {1.0, -2.0};
    private static final double[][] GRADIENTS = {{0.5, -1.0}, {0.25, 2.0}, {-1.0, 0.5}, {0.125, -0.75}, {2.0, 0.0}};

    static Stream<String> names() {
        return Optimizers.all().stream().map(OptimizerType::name);
    }

    /** Every key of every optimizer, with its PyTorch name and default: PyTorch 2.x's signatures. */
    private static final Map<String, Map<String, Double>> DEFAULTS = new LinkedHashMap<>();

    private static final Map<String, List<String>> TORCH_NAMES = new LinkedHashMap<>();

    static {
        Map<String, Double> sgd =
                ordered("lr", 1e-3, "momentum", 0.0, "dampening", 0.0, "weight-decay", 0.0, "nesterov", 0.0);
        List<String> sgdNames = List.of("lr", "momentum", "dampening", "weight_decay", "nesterov");
        define("sgd", sgd, sgdNames);
        // The registry's two other faces of torch.optim.SGD: momentum=0.9, and momentum=0.9 with nesterov=True.
        define("momentum", with(sgd, "momentum", 0.9), sgdNames);
        define("nesterov", with(with(sgd, "momentum", 0.9), "nesterov", 1.0), sgdNames);
        define(
                "adagrad",
                ordered("lr", 1e-2, "lr-decay", 0.0, "weight-decay", 0.0, "initial-accumulator", 0.0, "eps", 1e-10),
                List.of("lr", "lr_decay", "weight_decay", "initial_accumulator_value", "eps"));
        define(
                "rmsprop",
                ordered("lr", 1e-2, "alpha", 0.99, "eps", 1e-8, "weight-decay", 0.0, "momentum", 0.0, "centered", 0.0),
                List.of("lr", "alpha", "eps", "weight_decay", "momentum", "centered"));
        define(
                "adadelta",
                ordered("lr", 1.0, "rho", 0.9, "eps", 1e-6, "weight-decay", 0.0),
                List.of("lr", "rho", "eps", "weight_decay"));
        Map<String, Double> adam = ordered("lr", 1e-3, "beta1", 0.9, "beta2", 0.999, "eps", 1e-8, "weight-decay", 0.0);
        List<String> adamNames = List.of("lr", "betas[0]", "betas[1]", "eps", "weight_decay");
        define("adam", adam, adamNames);
        define("amsgrad", adam, adamNames);
        define("adamw", with(adam, "weight-decay", 1e-2), adamNames);
        define(
                "nadam",
                ordered(
                        "lr",
                        2e-3,
                        "beta1",
                        0.9,
                        "beta2",
                        0.999,
                        "eps",
                        1e-8,
                        "weight-decay",
                        0.0,
                        "momentum-decay",
                        4e-3),
                List.of("lr", "betas[0]", "betas[1]", "eps", "weight_decay", "momentum_decay"));
        define("radam", adam, adamNames);
        define("adamax", with(adam, "lr", 2e-3), adamNames);
        // Lion is not in torch.optim: the paper's defaults (and those of its reference implementation).
        define(
                "lion",
                ordered("lr", 1e-4, "beta1", 0.9, "beta2", 0.99, "weight-decay", 0.0),
                List.of("lr", "betas[0]", "betas[1]", "weight_decay"));
    }

    /** The state each optimizer names, with its default hyperparameters. */
    private static final Map<String, List<String>> STATE = Map.ofEntries(
            Map.entry("sgd", List.of()),
            Map.entry("momentum", List.of("velocity")),
            Map.entry("nesterov", List.of("velocity")),
            Map.entry("adagrad", List.of("sumOfSquares")),
            Map.entry("rmsprop", List.of("squareAverage")),
            Map.entry("adadelta", List.of("squaredGradientAverage", "squaredUpdateAverage")),
            Map.entry("adam", List.of("firstMoment", "secondMoment")),
            Map.entry("amsgrad", List.of("firstMoment", "secondMoment", "maxSecondMoment")),
            Map.entry("adamw", List.of("firstMoment", "secondMoment")),
            Map.entry("nadam", List.of("firstMoment", "secondMoment", "muProduct")),
            Map.entry("radam", List.of("firstMoment", "secondMoment", "rho")),
            Map.entry("adamax", List.of("firstMoment", "infinityNorm")),
            Map.entry("lion", List.of("momentum")));

    private static void define(String name, Map<String, Double> defaults, List<String> torchNames) {
        DEFAULTS.put(name, defaults);
        TORCH_NAMES.put(name, torchNames);
    }

    private static Map<String, Double> ordered(Object... keyValues) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], (Double) keyValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Double> with(Map<String, Double> map, String key, double value) {
        Map<String, Double> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    // ----------------------------------------------------------------------------------------- defaults

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void defaultsArePyTorchs(String name) {
        OptimizerType type = Optimizers.byName(name);
        assertEquals(DEFAULTS.get(name), type.defaults().values(), name + " defaults");
        assertEquals(
                TORCH_NAMES.get(name),
                type.hyperparameters().stream().map(Hyperparameter::torchName).toList(),
                name + " PyTorch names");
        assertEquals(DEFAULTS.get(name), type.create().hyperparameters().values(), name + " as created");
    }

    @Test
    void everyOptimizerIsDescribedHere() {
        assertEquals(DEFAULTS.keySet(), Set.copyOf(names().toList()));
        assertEquals(STATE.keySet(), Set.copyOf(names().toList()));
    }

    // --------------------------------------------------------------------------------- bad hyperparameters

    /** A value each hyperparameter must refuse, where the optimizer has it. */
    private static final Map<String, Double> BAD = ordered(
            "lr",
            -0.1,
            "beta1",
            1.0,
            "beta2",
            -0.1,
            "eps",
            -1e-8,
            "weight-decay",
            -0.01,
            "rho",
            1.5,
            "momentum",
            -0.9,
            "dampening",
            1.5,
            "alpha",
            -0.5,
            "lr-decay",
            -0.1,
            "initial-accumulator",
            -1.0,
            "momentum-decay",
            -0.004,
            "centered",
            0.5,
            "nesterov",
            2.0);

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void refusesBadValuesNamingTheHyperparameterAndTheValue(String name) {
        OptimizerType type = Optimizers.byName(name);
        int checked = 0;
        for (Map.Entry<String, Double> bad : BAD.entrySet()) {
            if (!type.has(bad.getKey())) {
                continue;
            }
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> type.create(Hyperparameters.of(bad.getKey(), bad.getValue())),
                    name + " accepted " + bad.getKey() + " = " + bad.getValue());
            assertTrue(
                    e.getMessage().contains(bad.getKey())
                            && e.getMessage().contains(bad.getValue().toString()),
                    name + ": '" + e.getMessage() + "' should name " + bad.getKey() + " and " + bad.getValue());
            checked++;
        }
        assertTrue(checked >= 3, name + " has at least lr, weight decay and one more");
        for (double notANumber : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class, () -> type.create(Hyperparameters.of("lr", notANumber)));
            assertTrue(
                    e.getMessage().contains("lr") && e.getMessage().contains(String.valueOf(notANumber)),
                    e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void anUnknownKeyListsTheAcceptedOnes(String name) {
        OptimizerType type = Optimizers.byName(name);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> type.create(Hyperparameters.of("foo", 1)));
        assertTrue(e.getMessage().contains("'foo'"), e.getMessage());
        for (Hyperparameter h : type.hyperparameters()) {
            assertTrue(e.getMessage().contains(h.key()), e.getMessage() + " should list " + h.key());
        }
    }

    @Test
    void nesterovNeedsMomentumAndNoDampening() {
        IllegalArgumentException noMomentum = assertThrows(
                IllegalArgumentException.class,
                () -> Optimizers.byName("nesterov").create(Hyperparameters.of("momentum", 0)));
        assertTrue(noMomentum.getMessage().contains("momentum 0.0"), noMomentum.getMessage());
        IllegalArgumentException plainSgd = assertThrows(
                IllegalArgumentException.class,
                () -> Optimizers.byName("sgd").create(Hyperparameters.of("nesterov", 1)));
        assertTrue(plainSgd.getMessage().contains("momentum 0.0"), plainSgd.getMessage());
        IllegalArgumentException damped = assertThrows(
                IllegalArgumentException.class,
                () -> Optimizers.byName("nesterov").create(Hyperparameters.of("dampening", 0.5)));
        assertTrue(damped.getMessage().contains("dampening 0.5"), damped.getMessage());
        // PyTorch accepts momentum with nesterov on the plain face too.
        Optimizers.byName("sgd").create(Hyperparameters.of("nesterov", 1).with("momentum", 0.5));
    }

    @Test
    void anUnknownOptimizerListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Optimizers.byName("adam2"));
        assertTrue(e.getMessage().contains("'adam2'") && e.getMessage().contains(Optimizers.names()), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void stepRefusesABadRateOrMismatchedArrays(String name) {
        Optimizer optimizer = Optimizers.byName(name).create();
        IllegalArgumentException rate =
                assertThrows(IllegalArgumentException.class, () -> optimizer.step(START.clone(), GRADIENTS[0], -1));
        assertTrue(rate.getMessage().contains("lr") && rate.getMessage().contains("-1.0"), rate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> optimizer.step(START.clone(), new double[3], 0.1));
        optimizer.step(START.clone(), GRADIENTS[0], 0.1);
        assertThrows(
                IllegalArgumentException.class,
                () -> optimizer.step(new double[3], new double[3], 0.1),
                "a different dimension without a reset");
    }

    // ------------------------------------------------------------------------------------------- state

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void stateIsNamedAndEmptyBeforeTheFirstStep(String name) {
        Optimizer optimizer = Optimizers.byName(name).create();
        assertTrue(optimizer.state().isEmpty(), "state before the first step");
        optimizer.step(START.clone(), GRADIENTS[0], optimizer.learningRate());
        assertEquals(STATE.get(name), List.copyOf(optimizer.state().keySet()), name + " state names");
        assertEquals(1, optimizer.stepCount());
    }

    @Test
    void rmspropNamesItsOptionalBuffers() {
        Optimizer rmsprop = Optimizers.byName("rmsprop")
                .create(Hyperparameters.of("centered", 1).with("momentum", 0.9));
        rmsprop.step(START.clone(), GRADIENTS[0], 0.01);
        assertEquals(
                List.of("squareAverage", "gradientAverage", "velocity"),
                List.copyOf(rmsprop.state().keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void stateIsACopy(String name) {
        Optimizer scribbled = Optimizers.byName(name).create();
        Optimizer untouched = Optimizers.byName(name).create();
        double[] a = START.clone();
        double[] b = START.clone();
        scribbled.step(a, GRADIENTS[0], scribbled.learningRate());
        untouched.step(b, GRADIENTS[0], untouched.learningRate());
        Map<String, double[]> state = scribbled.state();
        state.values().forEach(values -> Arrays.fill(values, 1e3));
        for (Map.Entry<String, double[]> entry : scribbled.state().entrySet()) {
            assertArrayEquals(untouched.state().get(entry.getKey()), entry.getValue(), name + " " + entry.getKey());
        }
        for (int t = 1; t < GRADIENTS.length; t++) {
            scribbled.step(a, GRADIENTS[t], scribbled.learningRate());
            untouched.step(b, GRADIENTS[t], untouched.learningRate());
        }
        assertArrayEquals(b, a, name + ": writing to state() changed the optimizer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void resetMakesItAsGoodAsNew(String name) {
        OptimizerType type = Optimizers.byName(name);
        Hyperparameters h = Hyperparameters.of("lr", 0.05);
        Optimizer reused = type.create(h);
        double[] first = descend(reused);
        reused.reset();
        assertTrue(reused.state().isEmpty(), "state after reset");
        assertEquals(0, reused.stepCount());
        double[] again = descend(reused);
        double[] fresh = descend(type.create(h));
        assertArrayEquals(fresh, again, name + ": a reset optimizer should step as a new one");
        assertArrayEquals(first, again, name);
        // A reset also frees it for another dimension.
        reused.reset();
        reused.step(new double[3], new double[] {1, 2, 3}, 0.05);
    }

    private static double[] descend(Optimizer optimizer) {
        double[] theta = START.clone();
        double[] path = new double[2 * GRADIENTS.length];
        for (int t = 0; t < GRADIENTS.length; t++) {
            optimizer.step(theta, GRADIENTS[t], optimizer.learningRate());
            path[2 * t] = theta[0];
            path[2 * t + 1] = theta[1];
        }
        return path;
    }

    // ------------------------------------------------------------------------------------------- inputs

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void theGradientIsNeverWritten(String name) {
        OptimizerType type = Optimizers.byName(name);
        // With weight decay, which the coupled optimizers add to the gradient.
        Optimizer optimizer =
                type.create(Hyperparameters.of("weight-decay", 0.1).with("lr", 0.1));
        double[] theta = START.clone();
        for (double[] g : GRADIENTS) {
            double[] gradient = g.clone();
            optimizer.step(theta, gradient, 0.1);
            assertArrayEquals(g, gradient, name + " wrote to the gradient");
        }
        assertNotEquals(START[0], theta[0], name + " should have moved");
    }
}
