package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code backprop}: PyTorch's numbers for one sample through the command's JSON, and every mistake as one line. */
class BackpropCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIELDS = {"z", "a", "delta", "dW", "db"};

    /** The reference file's cases, read once. */
    private static JsonNode reference;

    @TempDir
    Path dir;

    /** One-sample cases of the reference file written by src/test/python/torch_backprop.py. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "relu-bce-2-3-2-1-sample",
                "leaky-relu-ce3-2-8-8-3-sample",
                "tanh-mse2-2-3-2-2-sample",
                "sigmoid-mse1-2-2-1-sample",
                "linear-bce-2-8-8-1-sample",
                "sigmoid-ce3-2-2-3-sample"
            })
    void printsPyTorchsNumbers(String name) throws IOException {
        JsonNode expected = referenceCase(name);
        Path weights = dir.resolve("w.json");
        ObjectNode file = JSON.createObjectNode();
        file.set("layers", expected.get("weights"));
        Files.writeString(weights, JSON.writeValueAsString(file));
        String label = labelOf(expected.get("targets").get(0));
        CliRunner result = CliRunner.run(
                "backprop",
                "--layers",
                join(expected.get("widths")),
                "--activation",
                expected.get("activation").asText(),
                "--loss",
                expected.get("loss").asText(),
                "--input",
                join(expected.get("inputs").get(0)),
                "--label",
                label,
                "--weights",
                weights.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());

        JsonNode actual = JSON.readTree(result.out());
        assertClose(expected.get("loss_value"), actual.get("loss"), name + " loss");
        assertClose(expected.get("output").get(0), actual.get("output"), name + " output");
        assertEquals(expected.get("layers").size(), actual.get("layers").size());
        for (int l = 0; l < actual.get("layers").size(); l++) {
            JsonNode want = expected.get("layers").get(l);
            JsonNode got = actual.get("layers").get(l);
            assertEquals(expected.get("weights").get(l).get("W"), got.get("W"), name + " W");
            assertEquals(expected.get("weights").get(l).get("b"), got.get("b"), name + " b");
            for (String field : FIELDS) {
                JsonNode reference = field.equals("dW") || field.equals("db")
                        ? want.get(field)
                        : want.get(field).get(0);
                assertClose(reference, got.get(field), name + " layer " + l + " " + field);
            }
        }
    }

    @Test
    void itsOwnOutputReadsBackAsWeights() throws IOException {
        String[] args = {
            "backprop",
            "--layers",
            "2,3,2,1",
            "--activation",
            "tanh",
            "--loss",
            "bce",
            "--input",
            "0.5,-1.2",
            "--label",
            "1",
            "--seed",
            "7"
        };
        CliRunner seeded = CliRunner.run(args);
        assertEquals(0, seeded.exitCode(), seeded.err());
        Path file = dir.resolve("pass.json");
        Files.writeString(file, seeded.out());
        String[] again = args.clone();
        again[again.length - 2] = "--weights";
        again[again.length - 1] = file.toString();
        Path out = dir.resolve("again.json");
        String[] withOut = Stream.concat(Stream.of(again), Stream.of("--out", out.toString()))
                .toArray(String[]::new);
        CliRunner read = CliRunner.run(withOut);
        assertEquals(0, read.exitCode(), read.err());
        assertEquals("", read.out());
        assertEquals(seeded.out(), Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void aSeedDrawsTrainingsInitialWeights() throws IOException {
        CliRunner result = CliRunner.run(
                "backprop",
                "--layers",
                "2,4,3",
                "--activation",
                "relu",
                "--loss",
                "ce",
                "--input",
                "1,2",
                "--label",
                "2");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode pass = JSON.readTree(result.out());
        JsonNode first = pass.get("layers").get(0);
        assertEquals(4, first.get("W").size());
        assertEquals(2, first.get("W").get(0).size());
        assertEquals("[0.0,0.0,0.0,0.0]", first.get("b").toString());
        double sum = 0;
        for (JsonNode p : pass.get("output")) {
            sum += p.asDouble();
        }
        assertEquals(1, sum, 1e-15);
        assertEquals(
                result.out(),
                CliRunner.run(
                                "backprop",
                                "--layers",
                                "2,4,3",
                                "--activation",
                                "relu",
                                "--loss",
                                "ce",
                                "--input",
                                "1,2",
                                "--label",
                                "2",
                                "--seed",
                                "0")
                        .out());
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(
                        "--layers 2,3,2,1 --activation relu --loss bce --input 0.5,-1.2 --label 1 --weights W",
                        "{\"layers\": [{\"W\": [[1, 2], [3, 4], [5, 6]], \"b\": [0, 0, 0]}, "
                                + "{\"W\": [[1, 2, 3], [4, 5, 6]], \"b\": [0, 0]}, {\"W\": [[1, 2, 3]], \"b\": [0]}]}",
                        "error: --weights W: layers[2].W has 3 columns, --layers says 2"),
                Arguments.of(
                        "--layers 2,3,1 --activation relu --loss bce --input 0.5,-1.2 --label 1 --weights W",
                        "{\"layers\": [{\"W\": [[1, 2], [3, 4]], \"b\": [0, 0]}, {\"W\": [[1, 2]], \"b\": [0]}]}",
                        "error: --weights W: layers[0].W has 2 rows, --layers says 3 (one per unit of layer 1)"),
                Arguments.of(
                        "--layers 2,2,1 --activation relu --loss bce --input 0.5,-1.2 --label 1 --weights W",
                        "{\"layers\": [{\"W\": [[1, 2], [3]], \"b\": [0, 0]}, {\"W\": [[1, 2]], \"b\": [0]}]}",
                        "error: --weights W: layers[0].W[1] has 1 column, --layers says 2"),
                Arguments.of(
                        "--layers 2,2,1 --activation relu --loss bce --input 0.5,-1.2 --label 1 --weights W",
                        "{\"layers\": [{\"W\": [[1, 2], [3, 4]], \"b\": [0]}, {\"W\": [[1, 2]], \"b\": [0]}]}",
                        "error: --weights W: layers[0].b has 1 value, --layers says 2"),
                Arguments.of(
                        "--layers 2,2,1 --activation relu --loss bce --input 0.5,-1.2 --label 1 --weights W",
                        "{\"layers\": [{\"W\": [[1, 2], [3, 4]], \"b\": [0, 0]}]}",
                        "error: --weights W: layers has 1 entry, --layers says 2 weight layers"),
                Arguments.of(
                        "--layers 2,2,1 --activation relu --loss bce --input 0.5,-1.2 --label 1 --weights W",
                        "{\"layers\": [{\"W\": [[1, 2], [3, \"x\"]], \"b\": [0, 0]}, {\"W\": [[1, 2]], \"b\": [0]}]}",
                        "error: --weights W: layers[0].W[1][1] is not a number: \"x\""),
                Arguments.of(
                        "--layers 2,2,1 --activation relu --loss bce --input 0.5,-1.2 --label 1 --weights W",
                        "{\"layers\": [{\"W\": [[1, 2], [3, 1e999]], \"b\": [0, 0]}, {\"W\": [[1, 2]], \"b\": [0]}]}",
                        "error: --weights W: layers[0].W[1][1] is beyond the range of a double: Infinity"),
                Arguments.of(
                        "--layers 2,2,1 --activation relu --loss bce --input 0.5,-1.2 --label 1 --weights W",
                        "{\"layers\": [{\"W\": [[1, 2], [3, 4]], \"b\": [0, 0]}, {\"W\": [[1, 2]]}]}",
                        "error: --weights W: layers[1].b is missing"),
                Arguments.of(
                        "--layers 2,2,1 --activation relu --loss bce --input 0.5,-1.2 --label 1 --weights W",
                        "{\"layers\": [{\"W\": [[1, 2], [3, 4]], \"b\": [0, 0]}, {\"W\": [[1, 2]], \"b\": [0",
                        "error: --weights W: line 1, column 74: not valid JSON: the text ends too early (is the file "
                                + "cut short?)"),
                Arguments.of(
                        "--layers 2,2,1 --activation relu --loss bce --input 0.5,-1.2 --label 1 --weights W",
                        "{\"layers\": [{\"W\": [[1, 2], [3, 4]], \"b\": [0, 0]}, {\"W\": [[1, 2]], \"b\": [0]}]] x",
                        "error: --weights W: line 1, column 77: not valid JSON: Unexpected close marker ']': "
                                + "expected '}'"),
                Arguments.of(
                        "--layers 2,2,1 --activation relu --loss bce --input 0.5,-1.2 --label 1 --weights W",
                        "",
                        "error: --weights W: the file is empty"),
                Arguments.of(
                        "--layers 2,2,1 --activation relu --loss bce --input 0.5,-1.2 --label 1 --weights W",
                        "[1, 2]",
                        "error: --weights W: expected an object {\"layers\": [{\"W\": [[...]], \"b\": "
                                + "[...]}, ...]}"),
                Arguments.of(
                        "--layers 2,2,1 --activation relu --loss bce --input 0.5 --label 1",
                        null,
                        "error: --input has 1 value, --layers says 2 inputs"),
                Arguments.of(
                        "--layers 2,2,1 --activation relu --loss bce --input 0.5,nan --label 1",
                        null,
                        "error: --input: 'nan' (value 2) is not a finite number"),
                Arguments.of(
                        "--layers 2,2,1 --activation relu --loss bce --input 0.5,1e999 --label 1",
                        null,
                        "error: --input: '1e999' (value 2) is not a finite number"),
                Arguments.of(
                        "--layers 2,2,1 --activation relu --loss bce --input 0.5,1 --label 2",
                        null,
                        "error: --label: bce needs 0 or 1 (or a probability between), got 2"),
                Arguments.of(
                        "--layers 2,2,3 --activation relu --loss ce --input 0.5,1 --label 3",
                        null,
                        "error: --label: ce with 3 classes needs a class index 0 … 2, got 3"),
                Arguments.of(
                        "--layers 2,2,3 --activation relu --loss ce --input 0.5,1 --label 1.5",
                        null,
                        "error: --label: ce with 3 classes needs a class index 0 … 2, got 1.5"),
                Arguments.of(
                        "--layers 2,2,3 --activation relu --loss ce --input 0.5,1 --label 0,1",
                        null,
                        "error: --label: ce takes one label, got '0,1'"),
                Arguments.of(
                        "--layers 2,2,2 --activation relu --loss mse --input 0.5,1 --label 0.3",
                        null,
                        "error: --label has 1 value, --layers says 2 outputs (mse takes one target per output)"),
                Arguments.of(
                        "--layers 2,2,2 --activation relu --loss mse --input 0.5,1 --label 0.3,x",
                        null,
                        "error: --label: 'x' (value 2) is not a finite number"),
                Arguments.of(
                        "--layers 2,2,2 --activation relu --loss bce --input 0.5,1 --label 1",
                        null,
                        "error: --loss bce needs 1 output unit, --layers 2,2,2 ends in 2 (use ce for one unit per "
                                + "class)"),
                Arguments.of(
                        "--layers 2,2,1 --activation relu --loss ce --input 0.5,1 --label 0",
                        null,
                        "error: --loss ce needs one output unit per class (2 or more), --layers 2,2,1 ends in 1 (use "
                                + "bce for two classes on one unit)"),
                Arguments.of(
                        "--layers 2,0,1 --activation relu --loss bce --input 0.5,1 --label 0",
                        null,
                        "error: --layers: '0' in '2,0,1' is not a layer width (a whole number ≥ 1)"),
                Arguments.of(
                        "--layers 2 --activation relu --loss bce --input 0.5,1 --label 0",
                        null,
                        "error: --layers needs the input and the output width at least, like 2,3,1; got '2'"),
                Arguments.of(
                        "--layers 2,1 --activation relux --loss bce --input 0.5,1 --label 0",
                        null,
                        "error: unknown activation 'relux' (known: relu, leaky-relu, tanh, sigmoid, linear)"),
                Arguments.of(
                        "--layers 2,1 --activation relu --loss auto --input 0.5,1 --label 0",
                        null,
                        "error: unknown loss 'auto' (known: bce, ce, mse)"),
                Arguments.of(
                        "--layers 2,1 --activation relu --loss bce --input 0.5,1",
                        null,
                        "error: Missing required option: '--label=Y' (see 'downhill backprop --help')"),
                Arguments.of(
                        "--layers 2,1 --activation relu --loss bce --input 0.5,1 --label 0 --seed 1 --weights W",
                        "{}",
                        "error: Error: --weights=FILE.json, --seed=S are mutually exclusive (specify only one) "
                                + "(see 'downhill backprop --help')"),
                Arguments.of(
                        "--layers 2,1 --activation relu --loss bce --input 0.5,1 --label 0 --weights NOFILE",
                        null,
                        "error: --weights NOFILE: no such file"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("mistakes")
    void aMistakeIsOneErrorLineAndStatusTwo(String args, String weights, String expected) throws IOException {
        Path file = dir.resolve("w.json");
        if (weights != null) {
            Files.writeString(file, weights);
        }
        List<String> words = new ArrayList<>(List.of("backprop"));
        for (String word : args.split(" ")) {
            words.add(
                    word.equals("W")
                            ? file.toString()
                            : word.equals("NOFILE") ? dir.resolve("none.json").toString() : word);
        }
        CliRunner result = CliRunner.run(words.toArray(String[]::new));
        assertEquals(2, result.exitCode(), result.err());
        assertEquals("", result.out());
        String[] lines = result.errLines();
        assertEquals(1, lines.length, result.err());
        String shown = lines[0].replace(file.toString(), "W")
                .replace(dir.resolve("none.json").toString(), "NOFILE");
        assertEquals(expected, shown);
    }

    @Test
    void aFolderOrABinaryFileIsNoWeightsFile() throws IOException {
        Path binary = dir.resolve("w.bin");
        Files.write(binary, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        for (Path file : List.of(dir, binary)) {
            CliRunner result = CliRunner.run(
                    "backprop",
                    "--layers",
                    "2,1",
                    "--activation",
                    "relu",
                    "--loss",
                    "bce",
                    "--input",
                    "1,2",
                    "--label",
                    "0",
                    "--weights",
                    file.toString());
            assertEquals(2, result.exitCode());
            assertEquals(
                    List.of("error: --weights " + file + ": " + (file == dir ? "is a folder" : "not UTF-8 text")),
                    List.of(result.errLines()));
        }
    }

    private static JsonNode referenceCase(String name) throws IOException {
        if (reference == null) {
            try (InputStream in = BackpropCommandTest.class.getResourceAsStream("/reference/torch_backprop.json")) {
                reference = JSON.readTree(in).get("cases");
            }
        }
        for (JsonNode c : reference) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no reference case " + name);
    }

    private static String labelOf(JsonNode target) {
        if (target.isArray()) {
            return join(target);
        }
        double value = target.asDouble();
        return value == Math.rint(value) && Math.abs(value) < 1e6
                ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    private static String join(JsonNode numbers) {
        List<String> parts = new ArrayList<>();
        numbers.forEach(n -> parts.add(n.isIntegralNumber() ? n.asText() : String.valueOf(n.asDouble())));
        return String.join(",", parts);
    }

    /** A number, vector or matrix of the command's JSON against PyTorch's, to 1e-12 of the array's largest entry. */
    private static void assertClose(JsonNode expected, JsonNode actual, String what) {
        double[] want = flat(expected);
        double[] got = flat(actual);
        assertEquals(want.length, got.length, what);
        double scale = 0;
        for (double w : want) {
            scale = Math.max(scale, Math.abs(w));
        }
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i], got[i], 1e-12 * Math.max(Math.abs(want[i]), scale), what + " [" + i + "]");
        }
    }

    private static double[] flat(JsonNode node) {
        List<Double> values = new ArrayList<>();
        collect(node, values);
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void collect(JsonNode node, List<Double> values) {
        if (node.isNumber()) {
            values.add(node.asDouble());
        }
        node.forEach(child -> collect(child, values));
    }
}
