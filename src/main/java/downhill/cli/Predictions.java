package downhill.cli;

import downhill.engine.Numbers;
import downhill.engine.data.Dataset;
import downhill.engine.nn.Loss;
import downhill.engine.nn.Network;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code train --predictions}: one row per test sample with its features as read (before standardisation), its
 * label, and what the network predicts: {@code p_CLASS} per class for cross-entropy, {@code p_CLASS} of the second
 * class for binary cross-entropy (the first is 1 minus it), {@code prediction} (per class: {@code prediction_CLASS})
 * for MSE.
 */
final class Predictions {

    private Predictions() {}

    /**
     * @param standardised the test part as the network sees it
     * @param asRead       the same samples, in the same order, as they were read
     */
    static void write(Network network, Dataset standardised, Dataset asRead, Writer out) throws IOException {
        int rows = standardised.sampleCount();
        int width = network.architecture().outputs();
        double[] predicted = new double[rows * width];
        network.predict(standardised.features(), rows, predicted);
        StringBuilder line = new StringBuilder(256);
        line.append(String.join(",", asRead.featureNames())).append(',').append(asRead.targetName());
        for (int k = 0; k < width; k++) {
            line.append(',').append(column(network.architecture().loss(), asRead, k, width));
        }
        out.write(line.append('\n').toString());
        int features = asRead.featureCount();
        for (int r = 0; r < rows; r++) {
            line.setLength(0);
            for (int f = 0; f < features; f++) {
                line.append(Numbers.format(asRead.feature(r, f))).append(',');
            }
            double target = asRead.targets()[r];
            line.append(asRead.isClassification() ? asRead.classNames().get((int) target) : Numbers.format(target));
            for (int k = 0; k < width; k++) {
                line.append(',').append(Numbers.format(predicted[r * width + k]));
            }
            out.write(line.append('\n').toString());
        }
    }

    private static String column(Loss loss, Dataset data, int output, int width) {
        if (loss == Loss.MEAN_SQUARED_ERROR) {
            return width == 1 || !data.isClassification()
                    ? "prediction" + (width == 1 ? "" : "_" + output)
                    : "prediction_" + data.classNames().get(output);
        }
        // Binary cross-entropy has one output, the second class's probability.
        return "p_" + data.classNames().get(width == 1 ? 1 : output);
    }
}
