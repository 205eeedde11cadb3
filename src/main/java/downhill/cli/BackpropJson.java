package downhill.cli;

import downhill.engine.Numbers;
import downhill.engine.nn.BackpropPass;
import downhill.engine.nn.Layer;
import downhill.engine.nn.LayerPass;
import downhill.engine.nn.MatrixView;
import downhill.engine.nn.Network;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a one-sample {@link BackpropPass} as backprop's JSON, one layer field per line. Numbers are the shortest
 * text that reads back to the same double; a number that overflowed is written NaN, Infinity or -Infinity, as
 * Python's json module does (strict JSON has no such numbers).
 */
final class BackpropJson {

    private BackpropJson() {}

    static void write(BackpropPass pass, Writer out) throws IOException {
        StringBuilder json = new StringBuilder(4096);
        json.append("{\n  \"loss\": ").append(number(pass.loss())).append(",\n  \"output\": ");
        vector(json, pass.output()[0]);
        json.append(",\n  \"layers\": [\n");
        for (int l = 0; l < pass.layers().size(); l++) {
            LayerPass layer = pass.layers().get(l);
            json.append("    {\n");
            field(json, "W", layer.weights(), false);
            field(json, "b", layer.bias(), false);
            field(json, "z", layer.z()[0], false);
            field(json, "a", layer.a()[0], false);
            field(json, "delta", layer.delta()[0], false);
            field(json, "dW", layer.weightGradient(), false);
            field(json, "db", layer.biasGradient(), true);
            json.append(l == pass.layers().size() - 1 ? "    }\n" : "    },\n");
        }
        json.append("  ]\n}\n");
        out.write(json.toString());
    }

    /**
     * Writes {@code network}'s weights as the {@code backprop --weights} file {@link WeightsFile} reads: per layer
     * {@code W} outputs × inputs and {@code b}.
     */
    static void writeWeights(Network network, Writer out) throws IOException {
        StringBuilder json = new StringBuilder(4096).append("{\n  \"layers\": [\n");
        double[] p = network.parameters();
        List<Layer> layers = network.layers();
        for (int l = 0; l < layers.size(); l++) {
            MatrixView w = layers.get(l).weights();
            double[][] rows = new double[w.cols()][w.rows()];
            for (int j = 0; j < w.cols(); j++) {
                for (int i = 0; i < w.rows(); i++) {
                    rows[j][i] = w.get(p, i, j);
                }
            }
            MatrixView b = layers.get(l).bias();
            json.append("    {\n");
            field(json, "W", rows, false);
            field(json, "b", Arrays.copyOfRange(p, b.offset(), b.end()), true);
            json.append(l == layers.size() - 1 ? "    }\n" : "    },\n");
        }
        out.write(json.append("  ]\n}\n").toString());
    }

    private static void field(StringBuilder json, String name, double[][] rows, boolean last) {
        json.append("      \"").append(name).append("\": [");
        for (int r = 0; r < rows.length; r++) {
            json.append(r == 0 ? "" : ", ");
            vector(json, rows[r]);
        }
        json.append(last ? "]\n" : "],\n");
    }

    private static void field(StringBuilder json, String name, double[] values, boolean last) {
        json.append("      \"").append(name).append("\": ");
        vector(json, values);
        json.append(last ? "\n" : ",\n");
    }

    private static void vector(StringBuilder json, double[] values) {
        json.append('[');
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ", ").append(number(values[i]));
        }
        json.append(']');
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        return Numbers.format(value);
    }
}
