package downhill.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.optimizer.Optimizers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replays src/test/python/torch_reference.py: the same tiny networks, initial weights and batches, trained 20 steps
 * by SGD, SGD with momentum and Adam, must give PyTorch's float64 batch losses and final weights to 1e-10.
 */
class TorchReferenceTest {

    private static final double TOLERANCE = 1e-10;

    /** One case of the reference file: the network, its data and batches, and one block per optimizer. */
    private static final class Case {
        String name;
        Architecture architecture;
        double l2;
        double[] features;
        double[] targets;
        double[] initial;
        final List<int[]> batches = new ArrayList<>();
        final List<String[]> runs = new ArrayList<>();
        final List<double[]> losses = new ArrayList<>();
        final List<double[]> finals = new ArrayList<>();
    }

    @Test
    void matchesPyTorchStepForStep() throws IOException {
        List<Case> cases = read();
        assertFalse(cases.isEmpty());
        int checked = 0;
        for (Case c : cases) {
            for (int r = 0; r < c.runs.size(); r++) {
                String[] run = c.runs.get(r);
                Map<String, Double> values = new HashMap<>();
                for (int i = 1; i < run.length; i++) {
                    String[] pair = run[i].split("=");
                    values.put(pair[0], Double.parseDouble(pair[1]));
                }
                Optimizer optimizer = Optimizers.byName(run[0]).create(new Hyperparameters(values));
                String label = c.name + " " + String.join(" ", run);
                try (Network network = new Network(c.architecture)) {
                    network.setParameters(c.initial);
                    double[] expectedLosses = c.losses.get(r);
                    for (int step = 0; step < c.batches.size(); step++) {
                        int[] batch = c.batches.get(step);
                        double loss = network.computeGradient(c.features, c.targets, batch, 0, batch.length, c.l2);
                        assertEquals(
                                expectedLosses[step],
                                loss,
                                TOLERANCE * Math.max(1, Math.abs(loss)),
                                label + ", loss of step " + (step + 1));
                        optimizer.step(network.parameters(), network.gradient(), optimizer.learningRate());
                        checked++;
                    }
                    double[] expectedFinal = c.finals.get(r);
                    for (int i = 0; i < expectedFinal.length; i++) {
                        assertEquals(
                                expectedFinal[i], network.parameters()[i], TOLERANCE, label + ", final parameter " + i);
                    }
                }
            }
        }
        assertTrue(checked >= 5 * 3 * 20, "checked " + checked + " steps");
    }

    private static List<Case> read() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = TorchReferenceTest.class.getResourceAsStream("/reference/torch_training.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Case current = null;
            for (String line : text.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.split(" ");
                String[] rest = Arrays.copyOfRange(words, 1, words.length);
                switch (words[0]) {
                    case "case" -> {
                        current = new Case();
                        cases.add(current);
                        current.name = rest[0];
                        Map<String, String> settings = new HashMap<>();
                        for (String setting : Arrays.copyOfRange(rest, 1, rest.length)) {
                            settings.put(setting.split("=")[0], setting.split("=")[1]);
                        }
                        int[] widths = Arrays.stream(settings.get("widths").split(","))
                                .mapToInt(Integer::parseInt)
                                .toArray();
                        List<Integer> hidden = Arrays.stream(widths, 1, widths.length - 1)
                                .boxed()
                                .toList();
                        current.architecture = new Architecture(
                                widths[0],
                                hidden,
                                Activation.parse(settings.get("activation")),
                                widths[widths.length - 1],
                                Loss.parse(settings.get("loss")));
                        current.l2 = Double.parseDouble(settings.get("l2"));
                    }
                    case "features" -> current.features = numbers(Arrays.copyOfRange(rest, 2, rest.length));
                    case "targets" -> current.targets = numbers(rest);
                    case "initial" -> current.initial = numbers(rest);
                    case "batch" ->
                        current.batches.add(
                                Arrays.stream(rest).mapToInt(Integer::parseInt).toArray());
                    case "run" -> current.runs.add(rest);
                    case "losses" -> current.losses.add(numbers(rest));
                    case "final" -> current.finals.add(numbers(rest));
                    default -> throw new IllegalStateException("unexpected line: " + line);
                }
            }
        }
        return cases;
    }

    private static double[] numbers(String[] words) {
        return Arrays.stream(words).mapToDouble(Double::parseDouble).toArray();
    }
}
