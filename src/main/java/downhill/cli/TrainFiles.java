package downhill.cli;

import downhill.engine.Numbers;
import downhill.engine.data.Dataset;
import downhill.engine.train.HistorySnapshot;
import downhill.engine.train.Metric;
import downhill.engine.train.Trainer;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The files {@code train} writes besides its report: {@code --out}'s per-epoch metrics, {@code --save-weights}'
 * final weights and {@code --predictions}' test predictions; each null when not asked for.
 */
record TrainFiles(Path metrics, Path weights, Path predictions) {

    /**
     * Refuses, before any work, a file that cannot be written, that is one of the run's inputs, or that two options
     * name.
     *
     * @param loadedWeights the file of --load-weights, or null
     */
    void check(Path data, Path testData, Path loadedWeights) {
        Object[] inputs = {data, "the input data", testData, "the test data", loadedWeights, "the --load-weights file"};
        Output.check("--out", metrics, inputs);
        // Saving over the loaded weights is allowed: they are read before training, and the write replaces the file
        // whole.
        Output.check("--save-weights", weights, Arrays.copyOf(inputs, 4));
        Output.check("--predictions", predictions, inputs);
        refuseOneFileTwice();
    }

    /** Two outputs on one file would leave only the last one written. */
    private void refuseOneFileTwice() {
        Path[] files = {metrics, weights, predictions};
        String[] names = {"--out", "--save-weights", "--predictions"};
        for (int i = 0; i < files.length; i++) {
            for (int j = i + 1; j < files.length; j++) {
                if (files[i] != null
                        && files[j] != null
                        && files[i].toAbsolutePath()
                                .normalize()
                                .equals(files[j].toAbsolutePath().normalize())) {
                    throw new UserError(
                            names[i] + " and " + names[j] + " name the same file " + files[i] + "; choose two files");
                }
            }
        }
    }

    /**
     * Writes the files asked for, in this order: the trainer's history so far, the network's weights, and its
     * predictions for the test samples (shown with their features as read, {@code testAsRead}).
     */
    void write(Trainer trainer, Dataset testAsRead) {
        if (metrics != null) {
            writeMetrics(trainer.history().snapshot());
        }
        if (weights != null) {
            Output.write(weights, null, writer -> BackpropJson.writeWeights(trainer.network(), writer));
        }
        if (predictions != null) {
            Output.write(
                    predictions,
                    null,
                    writer ->
                            Predictions.write(trainer.network(), trainer.data().test(), testAsRead, writer));
        }
    }

    private void writeMetrics(HistorySnapshot history) {
        Output.write(metrics, null, writer -> {
            StringBuilder row = new StringBuilder(128).append("epoch");
            for (Metric metric : Metric.values()) {
                row.append(',').append(metric.column());
            }
            writer.write(row.append('\n').toString());
            for (int i = 0; i < history.epochs(); i++) {
                row.setLength(0);
                row.append(i + 1);
                for (Metric metric : Metric.values()) {
                    row.append(',').append(Numbers.format(history.value(metric, i)));
                }
                writer.write(row.append('\n').toString());
            }
        });
    }
}
