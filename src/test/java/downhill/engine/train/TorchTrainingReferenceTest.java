package downhill.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.data.Dataset;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Loss;
import downhill.engine.nn.Network;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import downhill.engine.schedule.Schedule;
import downhill.engine.schedule.Schedules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays src/test/python/torch_training_full.py (PyTorch, float64) through Downhill's {@link Network}, optimizers,
 * schedules and {@link Trainer}: every registered optimizer with non-default hyperparameters and weight decay, the
 * L2 penalty, step/exponential/warm-up-cosine schedules, linear, ReLU, leaky ReLU, tanh and sigmoid layers, BCE,
 * 2- and 3-class cross-entropy, one-output and one-hot MSE, batches of 71 rows on two threads, and a Trainer's
 * per-epoch train loss (with the penalty), test loss, accuracies, learning rate and layer gradient norms.
 *
 * <p>Every number must match to 1e-10, relative to its size where that is above 1 and absolute below (so values
 * near 0, e.g. weights that decay towards it, are not held to a relative bound their rounding cannot meet);
 * accuracies must match exactly.
 */
class TorchTrainingReferenceTest {

    /**
     * The figures the reference records per epoch, in its order, before the gradient norms (the batch-mean loss came
     * later and is checked against scikit-learn's loss_curve_ in SklearnLossCurveTest).
     */
    private static final List<Metric> RECORDED = List.of(
            Metric.TRAIN_LOSS, Metric.TEST_LOSS, Metric.TRAIN_ACCURACY, Metric.TEST_ACCURACY, Metric.LEARNING_RATE);

    private static final double TOLERANCE = 1e-10;

    private static List<Block> blocks;

    /** The largest |difference| / max(1, |expected|) seen, for the report. */
    private double worst;

    private String worstAt = "";

    /** One {@code case} or {@code trainer} block: its header settings and its lines by keyword, in file order. */
    private record Block(String kind, String name, Map<String, String> settings, Map<String, List<String[]>> lines) {

        List<String[]> all(String keyword) {
            return lines.getOrDefault(keyword, List.of());
        }

        double[] numbers(String keyword, int index) {
            return TorchTrainingReferenceTest.numbers(all(keyword).get(index));
        }

        double setting(String key) {
            return Double.parseDouble(settings.get(key));
        }
    }

    @BeforeAll
    static void read() throws IOException {
        blocks = new ArrayList<>();
        try (InputStream in =
                TorchTrainingReferenceTest.class.getResourceAsStream("/reference/torch_training_full.txt")) {
            Block current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.split(" ");
                String[] rest = Arrays.copyOfRange(words, 1, words.length);
                if (words[0].equals("case") || words[0].equals("trainer")) {
                    current = new Block(
                            words[0], rest[0], pairs(Arrays.copyOfRange(rest, 1, rest.length)), new HashMap<>());
                    blocks.add(current);
                } else {
                    current.lines()
                            .computeIfAbsent(words[0], k -> new ArrayList<>())
                            .add(rest);
                }
            }
        }
    }

    @Test
    void everyOptimizerMatchesPyTorchStepForStep() {
        Set<String> optimizers = new TreeSet<>();
        int steps = 0;
        int splitSteps = 0;
        for (Block c : blocks("case")) {
            int[] widths = Arrays.stream(c.settings().get("widths").split(","))
                    .mapToInt(Integer::parseInt)
                    .toArray();
            Architecture architecture = new Architecture(
                    widths[0],
                    Arrays.stream(widths, 1, widths.length - 1).boxed().toList(),
                    Activation.parse(c.settings().get("activation")),
                    widths[widths.length - 1],
                    Loss.parse(c.settings().get("loss")));
            double[] features = c.numbers("features", 0);
            features = Arrays.copyOfRange(features, 2, features.length);
            double[] targets = c.numbers("targets", 0);
            List<int[]> batches = c.all("batch").stream()
                    .map(words ->
                            Arrays.stream(words).mapToInt(Integer::parseInt).toArray())
                    .toList();
            for (int r = 0; r < c.all("run").size(); r++) {
                String[] run = c.all("run").get(r);
                Optimizer optimizer = type(run).create(hyperparameters(run));
                Schedule schedule = Schedules.parse(pairs(run).get("schedule"));
                String label = c.name() + " " + String.join(" ", run);
                optimizers.add(run[0]);
                try (Network network = new Network(architecture, (int) c.setting("threads"))) {
                    network.setParameters(c.numbers("initial", 0));
                    double[] losses = c.numbers("losses", r);
                    for (int t = 0; t < batches.size(); t++) {
                        int[] batch = batches.get(t);
                        double loss =
                                network.computeGradient(features, targets, batch, 0, batch.length, c.setting("l2"));
                        check(losses[t], loss, label + ", loss of step " + (t + 1));
                        optimizer.step(
                                network.parameters(), network.gradient(), schedule.rate(optimizer.learningRate(), t));
                        steps++;
                        splitSteps += network.threads() == 2 && batch.length >= 64 ? 1 : 0;
                    }
                    checkAll(c.numbers("final", r), network.parameters(), label + ", final parameter ");
                }
            }
        }
        Set<String> registered =
                Optimizers.all().stream().map(OptimizerType::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(registered, optimizers, "every registered optimizer is replayed");
        assertTrue(steps >= 6 * 5 * 20, "replayed " + steps + " steps");
        assertTrue(splitSteps >= 20, splitSteps + " steps of batches that two threads split");
        System.out.printf("torch replay: %d steps, largest scaled difference %.3g at %s%n", steps, worst, worstAt);
    }

    @Test
    void trainerRecordsWhatPyTorchComputes() {
        int epochsChecked = 0;
        for (Block b : blocks("trainer")) {
            int classes = (int) b.setting("classes");
            TrainingData data = TrainingData.of(dataset(b, "train", classes), dataset(b, "test", classes), false);
            String hidden = b.settings().get("hidden");
            TrainingPlan plan = new TrainingPlan(
                    Arrays.stream(hidden.split(",")).map(Integer::valueOf).toList(),
                    Activation.parse(b.settings().get("activation")),
                    Loss.parse(b.settings().get("loss")),
                    b.setting("l2"),
                    (int) b.setting("epochs"),
                    (int) b.setting("batch"),
                    ScheduleClock.parse(b.settings().get("clock")),
                    Long.parseLong(b.settings().get("seed")),
                    false,
                    (int) b.setting("threads"));
            String[] run = b.all("run").get(0);
            Contender contender = new Contender(
                    type(run), hyperparameters(run), Schedules.parse(pairs(run).get("schedule")));
            try (Trainer trainer = new Trainer(data, plan, contender)) {
                trainer.network().setParameters(b.numbers("initial", 0));
                for (int e = 0; e < plan.epochs(); e++) {
                    String label = b.name() + " epoch " + (e + 1);
                    assertTrue(trainer.runEpoch() || e == plan.epochs() - 1, label + ": " + trainer.status());
                    int[] order = Arrays.stream(b.all("order").get(e))
                            .mapToInt(Integer::parseInt)
                            .toArray();
                    assertArrayEquals(order, trainer.batchOrder(), label + ": the shuffle port's batch order");
                    HistorySnapshot history = trainer.history().snapshot();
                    double[] expected = b.numbers("epoch", e);
                    for (Metric metric : RECORDED) {
                        double actual = history.value(metric, e);
                        if (metric == Metric.TRAIN_ACCURACY || metric == Metric.TEST_ACCURACY) {
                            assertEquals(expected[metric.ordinal()], actual, 0, label + ", " + metric.column());
                        } else {
                            check(expected[metric.ordinal()], actual, label + ", " + metric.column());
                        }
                    }
                    for (int layer = 0; layer < history.layerCount(); layer++) {
                        check(
                                expected[RECORDED.size() + layer],
                                history.gradientNorm(e, layer),
                                label + ", gradient norm of layer " + layer);
                    }
                    epochsChecked++;
                }
                assertTrue(trainer.done());
                checkAll(b.numbers("final", 0), trainer.network().parameters(), b.name() + ", final parameter ");
            }
        }
        assertTrue(epochsChecked >= 20, "checked " + epochsChecked + " epochs");
        System.out.printf(
                "torch trainer: %d epochs, largest scaled difference %.3g at %s%n", epochsChecked, worst, worstAt);
    }

    private static List<Block> blocks(String kind) {
        List<Block> found = blocks.stream().filter(b -> b.kind().equals(kind)).toList();
        assertTrue(found.size() >= 5, "reference file has " + found.size() + " " + kind + " blocks");
        return found;
    }

    private static Dataset dataset(Block b, String part, int classes) {
        String[] head = b.all(part).get(0);
        int features = Integer.parseInt(head[1]);
        return new Dataset(
                b.name(),
                IntStream.range(0, features).mapToObj(i -> "x" + i).toList(),
                "y",
                IntStream.range(0, classes).mapToObj(i -> "class " + i).toList(),
                numbers(Arrays.copyOfRange(head, 2, head.length)),
                b.numbers(part + "-targets", 0));
    }

    private static OptimizerType type(String[] run) {
        return Optimizers.byName(run[0]);
    }

    /** Every {@code key=value} of a run line but the schedule, all of them spelled out by the script. */
    private static Hyperparameters hyperparameters(String[] run) {
        Map<String, Double> values = new LinkedHashMap<>();
        pairs(run).forEach((key, value) -> {
            if (!key.equals("schedule")) {
                values.put(key, Double.parseDouble(value));
            }
        });
        return new Hyperparameters(values);
    }

    /** The {@code key=value} words (split at the first '=', as schedule specs hold more). */
    private static Map<String, String> pairs(String[] words) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                pairs.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return pairs;
    }

    private void checkAll(double[] expected, double[] actual, String label) {
        assertEquals(expected.length, actual.length, label + "count");
        for (int i = 0; i < expected.length; i++) {
            check(expected[i], actual[i], label + i);
        }
    }

    private void check(double expected, double actual, String label) {
        double scaled = Math.abs(expected - actual) / Math.max(1, Math.abs(expected));
        if (scaled > worst) {
            worst = scaled;
            worstAt = label;
        }
        assertTrue(scaled <= TOLERANCE, label + ": expected " + expected + ", got " + actual);
    }

    /** Python's {@code repr} spells NaN (a regression run's accuracy) {@code nan}. */
    private static double[] numbers(String[] words) {
        return Arrays.stream(words)
                .mapToDouble(w -> w.equals("nan") ? Double.NaN : Double.parseDouble(w))
                .toArray();
    }
}
