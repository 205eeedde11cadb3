package downhill.engine.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import downhill.cli.Cli;
import downhill.engine.function.Functions;
import downhill.engine.function.Point;
import downhill.engine.run.Descent;
import downhill.engine.run.StopRule;
import downhill.engine.run.Trajectory;
import downhill.engine.schedule.Schedules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every optimizer against trajectories computed with PyTorch ({@code torch.optim}, float64, autograd gradients)
 * by {@code src/test/python/make_reference_trajectories.py}; regenerate them with
 * {@code /usr/bin/python3 src/test/python/make_reference_trajectories.py} from the repository root.
 *
 * <p>One test per reference case (over a hundred, named by the case id: optimizer, function, variant): the
 * descent is built through the engine's API as the app and the CLI build it, and at every step the position,
 * loss, gradient and learning rate must agree with PyTorch's as
 * <pre>
 *     |actual − expected| ≤ 1e-7 · max(|expected|, 1e-5)
 * </pre>
 * that is 1e-7 relative for every value of magnitude 1e-5 or more, and an absolute 1e-12 below it, where a
 * relative measure would only count rounding: a gradient that vanishes at a minimum is ∇f of a position known
 * to about 1e-16, i.e. zero give or take 1e-13 for these functions, however it is computed. The row count and
 * the outcome ({@code running}, {@code diverged at step k}) must be the same too. The generator refuses any
 * case that amplifies a perturbation of the start by more than 1e6, so rounding differences between PyTorch
 * and Java (about 1e-16 a step) stay far below the tolerance and a failure means a different algorithm.
 */
class PyTorchReferenceTest {

    static final double RELATIVE = 1e-7;
    static final double FLOOR = 1e-5;
    private static final String[] COLUMNS = {"x", "y", "loss", "grad_x", "grad_y", "lr"};

    /** One line of cases.csv. */
    record Case(
            String id,
            String function,
            String optimizer,
            double startX,
            double startY,
            int steps,
            String schedule,
            Map<String, Double> hyperparameters,
            String outcome) {}

    private static final Map<String, Case> CASES = loadCases();
    private static final Map<String, List<double[]>> ROWS = loadRows();
    /** The worst error seen per optimizer, in units of the tolerance's measure, printed after the run. */
    private static final Map<String, Double> WORST = new TreeMap<>();

    static Stream<String> caseIds() {
        return CASES.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseIds")
    void agreesWithPyTorchAtEveryStep(String id) {
        Case c = CASES.get(id);
        Descent descent = descend(c);
        Trajectory t = descent.trajectory();
        List<double[]> expected = ROWS.get(id);
        for (int k = 0; k < Math.min(expected.size(), t.size()); k++) {
            double[] actual = {t.x(k), t.y(k), t.loss(k), t.gradX(k), t.gradY(k), t.learningRate(k)};
            compare(c, k, expected.get(k), actual);
        }
        assertEquals(expected.size(), t.size(), id + ": rows recorded");
        assertEquals(c.outcome(), descent.outcome().message(), id + ": outcome");
    }

    /** The CLI's trace prints the same numbers as the engine, in text that reads back to the same doubles. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "rmsprop-rosenbrock-centered-momentum",
                "adamw-rosenbrock-warmup-cosine",
                "nesterov-rastrigin-0.8",
                "adagrad-himmelblau-initial-accumulator",
                "nadam-himmelblau-betas",
                "lion-beale-step",
                "sgd-saddle-diverges"
            })
    void cliTraceRoundTrips(String id) {
        Case c = CASES.get(id);
        List<String> args = new ArrayList<>(List.of(
                "trace",
                "--function",
                c.function(),
                "--optimizer",
                c.optimizer(),
                "--start=" + c.startX() + "," + c.startY(),
                "--steps",
                String.valueOf(c.steps()),
                "--schedule",
                c.schedule(),
                "--tolerance",
                "0"));
        OptimizerType type = Optimizers.byName(c.optimizer());
        c.hyperparameters().forEach((key, value) -> {
            if (!type.hyperparameter(key).isFlag()) {
                args.add("--" + key + "=" + value);
            } else if (value != 0) {
                args.add("--" + key);
            }
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, id + ": exit code; stderr: " + err);
        assertEquals(
                c.outcome().equals("running") ? "" : c.outcome(), err.toString().strip(), id + ": stderr");

        String[] lines = out.toString().split("\n");
        assertEquals("step,x,y,loss,grad_x,grad_y,lr", lines[0]);
        Trajectory engine = descend(c).trajectory();
        List<double[]> expected = ROWS.get(id);
        assertEquals(expected.size(), lines.length - 1, id + ": rows printed");
        for (int k = 0; k < expected.size(); k++) {
            String[] fields = lines[k + 1].split(",");
            assertEquals(String.valueOf(k), fields[0], id + ": step column");
            double[] printed = new double[COLUMNS.length];
            for (int j = 0; j < COLUMNS.length; j++) {
                printed[j] = Double.parseDouble(fields[j + 1]);
            }
            double[] exact = {
                engine.x(k), engine.y(k), engine.loss(k), engine.gradX(k), engine.gradY(k), engine.learningRate(k)
            };
            for (int j = 0; j < COLUMNS.length; j++) {
                assertEquals(
                        exact[j],
                        printed[j],
                        0.0,
                        () -> id + ": the CLI's text does not read back to the " + "engine's double");
            }
            compare(c, k, expected.get(k), printed);
        }
    }

    @AfterAll
    static void printWorstErrors() {
        StringBuilder line = new StringBuilder("worst |a-b|/max(|b|,1e-5) per optimizer:");
        synchronized (WORST) {
            WORST.forEach(
                    (name, worst) -> line.append(' ').append(name).append('=').append(String.format("%.1e", worst)));
        }
        System.out.println(line);
    }

    static Descent descend(Case c) {
        Optimizer optimizer = Optimizers.byName(c.optimizer()).create(new Hyperparameters(c.hyperparameters()));
        Descent descent = new Descent(
                Functions.resolve(c.function()),
                new Point(c.startX(), c.startY()),
                optimizer,
                Schedules.parse(c.schedule()),
                new StopRule(1e6, 0, false),
                c.steps());
        descent.advance(c.steps());
        return descent;
    }

    /** |a − b| / max(|b|, 1e-5): at most 1e-7 passes. */
    static double error(double actual, double expected) {
        return Math.abs(actual - expected) / Math.max(Math.abs(expected), FLOOR);
    }

    private static void compare(Case c, int k, double[] expected, double[] actual) {
        double worst = 0;
        for (int j = 0; j < COLUMNS.length; j++) {
            double e = error(actual[j], expected[j]);
            worst = Math.max(worst, e);
            if (!(e <= RELATIVE)) {
                fail(String.format(
                        "%s: step %d, %s: PyTorch %s, Java %s (error %.3g > %.0e)%n  case: %s",
                        c.id(), k, COLUMNS[j], expected[j], actual[j], e, RELATIVE, c));
            }
        }
        double seen = worst;
        synchronized (WORST) {
            WORST.merge(c.optimizer(), seen, Math::max);
        }
    }

    // ------------------------------------------------------------------------------------------ the files

    private static Map<String, Case> loadCases() {
        Map<String, Case> cases = new LinkedHashMap<>();
        List<String> lines = lines("/reference/cases.csv");
        assertEquals("id,function,optimizer,start_x,start_y,steps,schedule,hyperparameters,outcome", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = csvFields(line);
            Map<String, Double> hyperparameters = new LinkedHashMap<>();
            for (String pair : f.get(7).split(";")) {
                String[] kv = pair.split("=");
                hyperparameters.put(kv[0], Double.parseDouble(kv[1]));
            }
            Case c = new Case(
                    f.get(0),
                    f.get(1),
                    f.get(2),
                    Double.parseDouble(f.get(3)),
                    Double.parseDouble(f.get(4)),
                    Integer.parseInt(f.get(5)),
                    f.get(6),
                    hyperparameters,
                    f.get(8));
            assertTrue(cases.put(c.id(), c) == null, "case id twice: " + c.id());
        }
        return cases;
    }

    private static Map<String, List<double[]>> loadRows() {
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        List<String> lines = lines("/reference/trajectories.csv");
        assertEquals("id,step,x,y,loss,grad_x,grad_y,lr", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            List<double[]> list = rows.computeIfAbsent(f[0], id -> new ArrayList<>());
            assertEquals(list.size(), Integer.parseInt(f[1]), "row order of " + f[0]);
            double[] row = new double[COLUMNS.length];
            for (int j = 0; j < row.length; j++) {
                row[j] = Double.parseDouble(f[j + 2]);
            }
            list.add(row);
        }
        assertEquals(CASES.keySet(), rows.keySet(), "cases with trajectories");
        return rows;
    }

    private static List<String> lines(String resource) {
        InputStream in = PyTorchReferenceTest.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(
                    resource + " is missing: run /usr/bin/python3 " + "src/test/python/make_reference_trajectories.py");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of one CSV line as Python's csv module writes them: quoted when they hold a comma. */
    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
