package downhill.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import downhill.engine.InputFiles;
import downhill.engine.nn.Architecture;
import downhill.engine.nn.Network;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The weights of {@code backprop --weights}: {@code {"layers": [{"W": [[...]], "b": [...]}, ...]}}, one entry per
 * weight layer from the input, W outputs × inputs as {@code torch.nn.Linear.weight}. Other fields are ignored, so
 * backprop's own output reads back. Every mistake is one message naming the file and the place, e.g.
 * {@code --weights w.json: layers[1].W has 3 columns, --layers says 2}.
 */
record WeightsFile(List<double[][]> weights, List<double[]> biases) {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The largest weights file read: 4 MB of JSON is some 200,000 weights, far past what backprop explains. */
    static final long MAX_FILE_BYTES = 4L << 20;

    /** Reads {@code file} and checks its shapes against the widths of {@code --layers}. */
    static WeightsFile read(Path file, int[] widths) {
        return read(file, widths, "--weights", "--layers says");
    }

    /**
     * Reads {@code file}, given as {@code option}, and checks its shapes against {@code widths}, which come from what
     * {@code says} names (e.g. "the network has" after "layers[1].W has 3 columns, ").
     */
    static WeightsFile read(Path file, int[] widths, String option, String says) {
        String prefix = option + " " + file + ": ";
        JsonNode root = parse(file, option, prefix);
        JsonNode layers = root.get("layers");
        if (!root.isObject() || layers == null || !layers.isArray()) {
            throw new UserError(prefix + "expected an object {\"layers\": [{\"W\": [[...]], \"b\": [...]}, ...]}");
        }
        if (layers.size() != widths.length - 1) {
            throw new UserError(prefix + "layers has " + (layers.size() == 1 ? "1 entry" : layers.size() + " entries")
                    + ", " + says + " " + (widths.length - 1) + " weight layers");
        }
        List<double[][]> weights = new ArrayList<>();
        List<double[]> biases = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            String at = "layers[" + l + "]";
            JsonNode layer = layers.get(l);
            if (!layer.isObject()) {
                throw new UserError(prefix + at + " is not an object {\"W\": [[...]], \"b\": [...]}");
            }
            JsonNode w = list(layer.get("W"), prefix + at + ".W");
            if (w.size() != widths[l + 1]) {
                throw new UserError(prefix + at + ".W has " + count(w.size(), "row") + ", " + says + " " + widths[l + 1]
                        + " (one per unit of layer " + (l + 1) + ")");
            }
            double[][] matrix = new double[w.size()][];
            for (int j = 0; j < w.size(); j++) {
                String row = at + ".W" + (j == 0 ? "" : "[" + j + "]");
                matrix[j] = numbers(list(w.get(j), prefix + at + ".W[" + j + "]"), prefix, at + ".W[" + j + "]");
                if (matrix[j].length != widths[l]) {
                    throw new UserError(
                            prefix + row + " has " + count(matrix[j].length, "column") + ", " + says + " " + widths[l]);
                }
            }
            double[] bias = numbers(list(layer.get("b"), prefix + at + ".b"), prefix, at + ".b");
            if (bias.length != widths[l + 1]) {
                throw new UserError(
                        prefix + at + ".b has " + count(bias.length, "value") + ", " + says + " " + widths[l + 1]);
            }
            weights.add(matrix);
            biases.add(bias);
        }
        return new WeightsFile(weights, biases);
    }

    void applyTo(Network network) {
        for (int l = 0; l < weights.size(); l++) {
            network.setLayer(l, weights.get(l), biases.get(l));
        }
    }

    /** The flat parameter vector of {@code architecture} (see {@link Network#parameters()}) these weights make. */
    double[] parameters(Architecture architecture) {
        try (Network network = new Network(architecture)) {
            applyTo(network);
            return network.parameters().clone();
        }
    }

    private static JsonNode parse(Path file, String option, String prefix) {
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw new UserError(prefix + "is a folder");
            }
            if (!Files.exists(file)) {
                throw new UserError(prefix + "no such file");
            }
            // Regular files only (a FIFO would wait forever, /dev/zero never ends), and a bounded read. A strict
            // decoder: bytes that are not UTF-8 are an error, not replacement characters.
            byte[] bytes = InputFiles.readAll(file, MAX_FILE_BYTES, "a weights file");
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (InputFiles.Unreadable e) {
            throw new UserError(option + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UserError(prefix + "no such file");
        } catch (CharacterCodingException e) {
            throw new UserError(prefix + "not UTF-8 text");
        } catch (IOException e) {
            throw new UserError(prefix + (Files.isDirectory(file) ? "is a folder" : "cannot read: " + e.getMessage()));
        }
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new UserError(prefix + "the file is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String problem = String.valueOf(e.getOriginalMessage())
                    .lines()
                    .findFirst()
                    .orElse("")
                    .strip();
            int aside = problem.indexOf(" (for ");
            if (aside > 0) {
                problem = problem.substring(0, aside);
            }
            if (problem.startsWith("Unexpected end-of-input")) {
                problem = "the text ends too early (is the file cut short?)";
            }
            String place = where == null ? "" : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
            throw new UserError(prefix + place + "not valid JSON: " + problem);
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static JsonNode list(JsonNode node, String what) {
        if (node == null || !node.isArray()) {
            throw new UserError(what + (node == null ? " is missing" : " is not a list [...]"));
        }
        return node;
    }

    private static double[] numbers(JsonNode list, String prefix, String at) {
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode item = list.get(i);
            if (!item.isNumber()) {
                throw new UserError(prefix + at + "[" + i + "] is not a number: " + item);
            }
            if (!Double.isFinite(item.doubleValue())) {
                throw new UserError(prefix + at + "[" + i + "] is beyond the range of a double: " + item.asText());
            }
            values[i] = item.doubleValue();
        }
        return values;
    }
}
