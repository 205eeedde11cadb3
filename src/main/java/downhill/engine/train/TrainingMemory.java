package downhill.engine.train;

import downhill.engine.MemoryBudget;
import java.util.List;

/**
 * What training one network takes from the heap, estimated from the sizes a user gives, for {@link MemoryBudget}.
 * Weights: the flat parameters, the gradient and a second thread's, the row and column copies of each weight matrix,
 * up to three optimizer moments and the initial weights (about 12 copies), plus the kept parameter vectors when a
 * run records them. Samples: the data, its split and standardised copies (four copies); a batch's rows: each layer's
 * activations and deltas (rows of doubles with their array headers), twice for safety. Measured: 3,000,000 moons
 * samples in batches of 1,000 train in 300 MB; 1,000,000 as one batch do not fit in a 1 GB heap.
 */
public final class TrainingMemory {

    private static final double WEIGHT_COPIES = 12;
    private static final double ROW_HEADER = 16;

    private TrainingMemory() {}

    /** Weights and biases of a network, as a double so that no size overflows. */
    public static double weights(int inputs, List<Integer> hidden, int outputs) {
        double count = 0;
        double in = inputs;
        for (int width : hidden) {
            count += in * width + width;
            in = width;
        }
        return count + in * outputs + outputs;
    }

    /** Bytes of the weights part for {@code weights} parameters. */
    public static double weightBytes(double weights, boolean recordParameters) {
        return 8 * weights * (WEIGHT_COPIES + (recordParameters ? TrainingHistory.PARAMETER_SNAPSHOTS + 1 : 0));
    }

    /** Bytes of the samples part for {@code samples} rows in batches of {@code batch}. */
    public static double sampleBytes(double samples, int batch, int inputs, List<Integer> hidden, int outputs) {
        double perRow = 2 * (8.0 * inputs + ROW_HEADER) + 4 * (8.0 * outputs + ROW_HEADER);
        for (int width : hidden) {
            perRow += 4 * (8.0 * width + ROW_HEADER);
        }
        return samples * 4 * 8.0 * (inputs + 1) + Math.min(samples, batch) * perRow;
    }

    /**
     * Refuses sizes that would not fit in {@code budget}: first the weights a Java array can hold, then the heap,
     * naming --samples when the samples are the larger part and --hidden otherwise.
     *
     * @param samplesGiven whether the user gave the number of samples (only then is it named)
     */
    public static void require(
            MemoryBudget budget,
            long samples,
            boolean samplesGiven,
            int batch,
            int inputs,
            String hiddenText,
            List<Integer> hidden,
            int outputs,
            boolean recordParameters) {
        double weights = weights(inputs, hidden, outputs);
        MemoryBudget.requireArray("--hidden " + hiddenText, weights, "weights");
        double weightBytes = weightBytes(weights, recordParameters);
        double sampleBytes = sampleBytes(samples, batch, inputs, hidden, outputs);
        if (samplesGiven && sampleBytes >= weightBytes) {
            budget.require(
                    "--samples " + samples,
                    samples,
                    n -> weightBytes + sampleBytes(n, batch, inputs, hidden, outputs),
                    "");
        } else {
            budget.require(
                    "--hidden " + hiddenText,
                    (long) weights,
                    w -> sampleBytes + weightBytes(w, recordParameters),
                    " weights");
        }
    }
}
