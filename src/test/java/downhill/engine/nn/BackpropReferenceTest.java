package downhill.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays src/test/python/torch_backprop.py: every activation × loss on 2-2-o, 2-3-2-o and 2-8-8-o networks, one
 * sample and batches up to 67 rows (64 and more split into halves), must give PyTorch autograd's float64 z, a,
 * δ = ∂L/∂z, ∂L/∂W, ∂L/∂b, loss and output to 1e-12 relative.
 *
 * <p>Relative to the largest entry of the same array: a z of 3e-5 that is the sum of terms near 1 has lost five
 * digits to cancellation in any summation order (PyTorch's and Downhill's orders differ), so it agrees with
 * PyTorch to 1e-12 of the layer's values, not of itself. The worst case here is below 1e-13 on that scale.
 */
class BackpropReferenceTest {

    /** Relative tolerance. */
    static final double TOLERANCE = 1e-12;

    @Test
    void everyIntermediateMatchesPyTorchAutograd() throws IOException {
        JsonNode cases = read().get("cases");
        int compared = 0;
        for (JsonNode c : cases) {
            BackpropPass pass = trace(c);
            String name = c.get("name").asText();
            double loss = c.get("loss_value").asDouble();
            assertClose(loss, pass.loss(), Math.abs(loss), name + " loss");
            compared += compare(c.get("output"), pass.output(), name + " output");
            JsonNode layers = c.get("layers");
            assertEquals(layers.size(), pass.layers().size(), name);
            for (int l = 0; l < layers.size(); l++) {
                JsonNode expected = layers.get(l);
                LayerPass actual = pass.layers().get(l);
                String where = name + " layer " + l + " ";
                compared += compare(expected.get("z"), actual.z(), where + "z");
                compared += compare(expected.get("a"), actual.a(), where + "a");
                compared += compare(expected.get("delta"), actual.delta(), where + "delta");
                compared += compare(expected.get("dW"), actual.weightGradient(), where + "dW");
                compared += compare(expected.get("db"), actual.biasGradient(), where + "db");
            }
        }
        assertTrue(cases.size() >= 5 * 4 * 3 * 2, cases.size() + " cases");
        assertTrue(compared > 50_000, compared + " numbers");
    }

    /** The case's pass through Downhill's network, with the case's weights, inputs and targets. */
    static BackpropPass trace(JsonNode c) {
        int[] widths = new int[c.get("widths").size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = c.get("widths").get(i).asInt();
        }
        List<Integer> hidden = new ArrayList<>();
        for (int i = 1; i < widths.length - 1; i++) {
            hidden.add(widths[i]);
        }
        Architecture architecture = new Architecture(
                widths[0],
                hidden,
                Activation.parse(c.get("activation").asText()),
                widths[widths.length - 1],
                Loss.parse(c.get("loss").asText()));
        try (Network network = new Network(architecture)) {
            JsonNode weights = c.get("weights");
            for (int l = 0; l < weights.size(); l++) {
                network.setLayer(
                        l,
                        matrix(weights.get(l).get("W")),
                        vector(weights.get(l).get("b")));
            }
            double[][] inputs = matrix(c.get("inputs"));
            JsonNode targets = c.get("targets");
            double l2 = c.get("l2").asDouble();
            if (targets.get(0).isArray()) {
                return Backprop.traceRegression(network, inputs, matrix(targets));
            }
            if (l2 == 0) {
                return Backprop.trace(network, inputs, vector(targets));
            }
            double[] features = new double[inputs.length * widths[0]];
            int[] order = new int[inputs.length];
            for (int r = 0; r < inputs.length; r++) {
                System.arraycopy(inputs[r], 0, features, r * widths[0], widths[0]);
                order[r] = r;
            }
            return Backprop.trace(network, features, vector(targets), order, 0, inputs.length, l2);
        }
    }

    static JsonNode read() throws IOException {
        try (InputStream in = BackpropReferenceTest.class.getResourceAsStream("/reference/torch_backprop.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static int compare(JsonNode expected, double[][] actual, String what) {
        assertEquals(expected.size(), actual.length, what + " rows");
        double scale = largest(expected);
        int count = 0;
        for (int r = 0; r < actual.length; r++) {
            JsonNode row = expected.get(r);
            assertEquals(row.size(), actual[r].length, what + " columns");
            for (int j = 0; j < actual[r].length; j++) {
                assertClose(row.get(j).asDouble(), actual[r][j], scale, what + "[" + r + "][" + j + "]");
                count++;
            }
        }
        return count;
    }

    private static int compare(JsonNode expected, double[] actual, String what) {
        assertEquals(expected.size(), actual.length, what + " size");
        double scale = largest(expected);
        for (int j = 0; j < actual.length; j++) {
            assertClose(expected.get(j).asDouble(), actual[j], scale, what + "[" + j + "]");
        }
        return actual.length;
    }

    /** The largest magnitude among the numbers of {@code node} (a number, a vector or a matrix). */
    static double largest(JsonNode node) {
        double max = node.isNumber() ? Math.abs(node.asDouble()) : 0;
        for (JsonNode child : node) {
            max = Math.max(max, largest(child));
        }
        return max;
    }

    static void assertClose(double expected, double actual, double scale, String what) {
        assertEquals(expected, actual, TOLERANCE * Math.max(Math.abs(expected), scale), what);
    }

    static double[][] matrix(JsonNode rows) {
        double[][] values = new double[rows.size()][];
        for (int r = 0; r < values.length; r++) {
            values[r] = vector(rows.get(r));
        }
        return values;
    }

    static double[] vector(JsonNode numbers) {
        double[] values = new double[numbers.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = numbers.get(i).asDouble();
        }
        return values;
    }
}
