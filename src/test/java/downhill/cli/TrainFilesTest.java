package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --test-data --init --save-weights --load-weights --predictions}, and the options nn-landscape shares. */
class TrainFilesTest {

    @TempDir
    static Path dir;

    static Path train;
    static Path test;
    static Path three;

    /** Two Gaussian blobs (300 rows to train, 80 to test) and three blobs, written with a header. */
    @BeforeAll
    static void files() throws IOException {
        train = Files.writeString(dir.resolve("train.csv"), blobs(300, 2, 1));
        test = Files.writeString(dir.resolve("test.csv"), blobs(80, 2, 2));
        three = Files.writeString(dir.resolve("three.csv"), blobs(150, 3, 3));
    }

    private static String blobs(int rows, int classes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < rows; i++) {
            int label = i % classes;
            text.append(String.format(
                    Locale.ROOT,
                    "%.4f,%.4f,%d%n",
                    10 + 2 * label + random.nextGaussian(),
                    -3 * label + random.nextGaussian(),
                    label));
        }
        return text.toString();
    }

    private static CliRunner ok(String... args) {
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return r;
    }

    private static String summary(CliRunner r) {
        List<String> lines = r.out().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static double field(String summary, String name) {
        for (String part : summary.split(" ")) {
            if (part.startsWith(name + "=")) {
                return Double.parseDouble(part.substring(name.length() + 1));
            }
        }
        throw new AssertionError(name + " not in " + summary);
    }

    @Test
    void aTestFileIsTestedOnAndAllOfTheDataTrains() throws IOException {
        Path predictions = dir.resolve("p.csv");
        CliRunner r = ok(
                "train",
                "--data",
                train.toString(),
                "--test-data",
                test.toString(),
                "--hidden",
                "8",
                "--epochs",
                "30",
                "--lr",
                "0.01",
                "--predictions",
                predictions.toString());
        assertTrue(
                r.out()
                        .startsWith("data: train.csv: 300 samples, 2 features, 2 classes; 300 to train, 80 to "
                                + "test, standardised on the training part"),
                r.out());
        List<String> rows = Files.readAllLines(predictions);
        assertEquals("x1,x2,label,p_1", rows.get(0));
        List<String> file = Files.readAllLines(test);
        assertEquals(81, rows.size());
        int correct = 0;
        for (int i = 1; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(",");
            String[] read = file.get(i).split(",");
            // The features as in the file, not standardised
            assertEquals(Double.parseDouble(read[0]), Double.parseDouble(cells[0]));
            assertEquals(Double.parseDouble(read[1]), Double.parseDouble(cells[1]));
            assertEquals(read[2], cells[2]);
            double p = Double.parseDouble(cells[3]);
            assertTrue(p >= 0 && p <= 1, rows.get(i));
            correct += (p > 0.5 ? "1" : "0").equals(cells[2]) ? 1 : 0;
        }
        // The reported accuracy is the predictions' own: the test part is the file, row for row.
        assertEquals(field(summary(r), "test_accuracy"), correct / 80.0, 1e-12);
        assertTrue(correct >= 76, "well-separated blobs: " + correct + " of 80");
    }

    @Test
    void savedWeightsLoadBackToTheSamePredictions() throws IOException {
        Path weights = dir.resolve("w.json");
        Path first = dir.resolve("first.csv");
        Path again = dir.resolve("again.csv");
        CliRunner trained = ok(
                "train",
                "--data",
                three.toString(),
                "--hidden",
                "6,5",
                "--epochs",
                "20",
                "--lr",
                "0.01",
                "--save-weights",
                weights.toString(),
                "--predictions",
                first.toString());
        CliRunner loaded = ok(
                "train",
                "--data",
                three.toString(),
                "--hidden",
                "6,5",
                "--epochs",
                "0",
                "--load-weights",
                weights.toString(),
                "--predictions",
                again.toString());
        assertEquals(Files.readAllLines(first), Files.readAllLines(again));
        assertEquals(field(summary(trained), "test_loss"), field(summary(loaded), "test_loss"));
        assertEquals(field(summary(trained), "test_accuracy"), field(summary(loaded), "test_accuracy"));
        assertTrue(summary(loaded).contains("epochs=0"), summary(loaded));
        // Cross-entropy: one probability per class, summing to 1
        List<String> rows = Files.readAllLines(first);
        assertEquals("x1,x2,label,p_0,p_1,p_2", rows.get(0));
        assertEquals(31, rows.size());
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            double sum = Double.parseDouble(cells[3]) + Double.parseDouble(cells[4]) + Double.parseDouble(cells[5]);
            assertEquals(1, sum, 1e-12, row);
        }
        // The file is backprop's: W outputs × inputs per layer, and backprop reads it
        JsonNode layers = new ObjectMapper().readTree(weights.toFile()).get("layers");
        assertEquals(3, layers.size());
        assertEquals(6, layers.get(0).get("W").size());
        assertEquals(2, layers.get(0).get("W").get(0).size());
        assertEquals(5, layers.get(1).get("b").size());
        assertEquals(3, layers.get(2).get("W").size());
        ok(
                "backprop",
                "--layers",
                "2,6,5,3",
                "--activation",
                "relu",
                "--loss",
                "ce",
                "--input",
                "0.5,-1",
                "--label",
                "2",
                "--weights",
                weights.toString());
    }

    /** Training on from saved weights and saving over them: the file is read before it is replaced. */
    @Test
    void weightsCanBeLoadedAndSavedOverInOneRun() throws IOException {
        Path weights = dir.resolve("continued.json");
        ok("train", "--data", train.toString(), "--hidden", "4", "--epochs", "2", "--save-weights", weights.toString());
        String before = Files.readString(weights);
        CliRunner r = ok(
                "train",
                "--data",
                train.toString(),
                "--hidden",
                "4",
                "--epochs",
                "2",
                "--load-weights",
                weights.toString(),
                "--save-weights",
                weights.toString());
        assertTrue(r.out().contains("starting from " + weights), r.out());
        assertFalse(before.equals(Files.readString(weights)));
    }

    /** Regression: one predicted value per sample, and the same summary whether trained or loaded. */
    @Test
    void regressionPredictsValues() throws IOException {
        Path weights = dir.resolve("sine.json");
        Path predicted = dir.resolve("sine.csv");
        CliRunner trained = ok(
                "train",
                "--data",
                "sine",
                "--samples",
                "100",
                "--hidden",
                "4",
                "--epochs",
                "3",
                "--save-weights",
                weights.toString(),
                "--predictions",
                predicted.toString());
        CliRunner loaded = ok(
                "train",
                "--data",
                "sine",
                "--samples",
                "100",
                "--hidden",
                "4",
                "--epochs",
                "0",
                "--load-weights",
                weights.toString());
        assertEquals("x,y,prediction", Files.readAllLines(predicted).get(0));
        assertEquals(21, Files.readAllLines(predicted).size());
        assertEquals(
                summary(trained).replaceAll(" epochs=.*", ""), summary(loaded).replaceAll(" epochs=.*", ""));
    }

    @Test
    void loadedWeightsOfAnotherShapeAreRefusedWithWhere() {
        Path weights = dir.resolve("small.json");
        ok("train", "--data", train.toString(), "--hidden", "4", "--epochs", "1", "--save-weights", weights.toString());
        CliRunner r = CliRunner.run(
                "train",
                "--data",
                train.toString(),
                "--hidden",
                "4,4",
                "--epochs",
                "1",
                "--load-weights",
                weights.toString());
        assertEquals(2, r.exitCode());
        assertEquals(
                "error: --load-weights " + weights + ": layers has 2 entries, the network (--hidden and the data) "
                        + "has 3 weight layers",
                r.err().strip());
        r = CliRunner.run(
                "train",
                "--data",
                three.toString(),
                "--hidden",
                "4",
                "--epochs",
                "1",
                "--load-weights",
                weights.toString());
        assertEquals(
                "error: --load-weights " + weights + ": layers[1].W has 1 row, the network (--hidden and the "
                        + "data) has 3 (one per unit of layer 2)",
                r.err().strip());
    }

    /** The symmetry problem from the command line: after training from zeros every hidden unit is the same. */
    @Test
    void zerosLeaveEveryHiddenUnitTheSame() throws IOException {
        Path weights = dir.resolve("zeros.json");
        CliRunner r = ok(
                "train",
                "--data",
                train.toString(),
                "--hidden",
                "5",
                "--activation",
                "sigmoid",
                "--epochs",
                "10",
                "--lr",
                "0.05",
                "--init",
                "zeros",
                "--save-weights",
                weights.toString());
        assertTrue(r.out().contains("initialised zeros"), r.out());
        JsonNode w = new ObjectMapper()
                .readTree(weights.toFile())
                .get("layers")
                .get(0)
                .get("W");
        for (int unit = 1; unit < 5; unit++) {
            assertEquals(w.get(0).get(0).asDouble(), w.get(unit).get(0).asDouble(), 1e-12);
            assertEquals(w.get(0).get(1).asDouble(), w.get(unit).get(1).asDouble(), 1e-12);
        }
        assertTrue(Math.abs(w.get(0).get(0).asDouble()) > 1e-3, "the weights moved: " + w);
    }

    @Test
    void theDefaultInitialisationIsUnchangedAndNamedDefaultOrAuto() {
        String none = summary(ok("train", "--data", "moons", "--samples", "200", "--hidden", "8", "--epochs", "5"));
        String named = summary(ok(
                "train", "--data", "moons", "--samples", "200", "--hidden", "8", "--epochs", "5", "--init", "default"));
        String auto = summary(
                ok("train", "--data", "moons", "--samples", "200", "--hidden", "8", "--epochs", "5", "--init", "auto"));
        String he = summary(ok(
                "train",
                "--data",
                "moons",
                "--samples",
                "200",
                "--hidden",
                "8",
                "--epochs",
                "5",
                "--init",
                "he-normal"));
        assertEquals(field(none, "test_loss"), field(named, "test_loss"));
        assertEquals(field(none, "test_loss"), field(auto, "test_loss"));
        assertFalse(field(none, "test_loss") == field(he, "test_loss"), he);
    }

    @Test
    void nnLandscapeTakesTrainsOptionsFromOneDeclaration() {
        String trainHelp = ok("train", "--help").out();
        String landscapeHelp = ok("nn-landscape", "--help").out();
        for (String option : List.of("--l2", "--loss", "--test-fraction", "--test-data", "--schedule", "--init")) {
            assertTrue(trainHelp.contains(option), option);
            assertTrue(landscapeHelp.contains(option), option);
        }
        CliRunner r = ok(
                "nn-landscape",
                "--data",
                train.toString(),
                "--test-data",
                test.toString(),
                "--hidden",
                "4",
                "--epochs",
                "3",
                "--grid",
                "3",
                "--l2",
                "0.01",
                "--loss",
                "mse",
                "--schedule",
                "exp:gamma=0.9",
                "--init",
                "glorot-normal");
        assertEquals(11, r.out().lines().count(), r.out());
        CliRunner refused =
                CliRunner.run("nn-landscape", "--data", "moons", "--test-data", test.toString(), "--grid", "3");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().startsWith("error: --test-data needs --data to be a CSV file too"), refused.err());
    }

    @Test
    void theL2OfTheLandscapeIsTrainings() {
        String[] args = {"nn-landscape", "--data", train.toString(), "--hidden", "4", "--epochs", "2", "--grid", "2"};
        double plain = centre(ok(args));
        String[] penalised = Arrays.copyOf(args, args.length + 2);
        penalised[args.length] = "--l2";
        penalised[args.length + 1] = "1";
        assertTrue(centre(ok(penalised)) != plain);
    }

    /** The first grid row's loss (α = β = −range), enough to tell two landscapes apart. */
    private static double centre(CliRunner r) {
        return Double.parseDouble(
                r.out().lines().skip(1).findFirst().orElseThrow().split(",")[2]);
    }

    @Test
    void theSaveWeightsArrayIsOutputsByInputs() throws IOException {
        Path weights = dir.resolve("shape.json");
        ok(
                "train",
                "--data",
                three.toString(),
                "--hidden",
                "none",
                "--epochs",
                "1",
                "--save-weights",
                weights.toString());
        JsonNode layer =
                new ObjectMapper().readTree(weights.toFile()).get("layers").get(0);
        assertEquals(3, layer.get("W").size());
        assertArrayEquals(new int[] {2, 2, 2}, new int[] {
            layer.get("W").get(0).size(),
            layer.get("W").get(1).size(),
            layer.get("W").get(2).size()
        });
    }
}
