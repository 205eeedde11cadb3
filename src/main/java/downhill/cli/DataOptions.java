package downhill.cli;

import downhill.engine.data.Dataset;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The data options of the commands that train a network: {@code --data --label --samples --noise}. */
final class DataOptions {

    static final int DEFAULT_SAMPLES = 1000;
    static final double DEFAULT_NOISE = 0.2;

    @Option(
            names = "--data",
            required = true,
            paramLabel = "NAME|FILE.csv",
            description = "A generator (see 'downhill datasets'), with its parameters as in circles:factor=0.3, "
                    + "or a CSV file.")
    private String data;

    @Option(
            names = "--label",
            paramLabel = "COLUMN",
            description = "The CSV column holding the label " + "(default: the last).")
    private String label;

    @Option(names = "--samples", paramLabel = "N", description = "Samples to generate (default: 1000).")
    private Integer samples;

    @Option(names = "--noise", paramLabel = "F", description = "Noise of the generator (default: 0.2).")
    private Double noise;

    /** The CSV file of --data, or null for a generator. */
    Path file() {
        return DataArguments.file(data);
    }

    /**
     * Refuses, before the data are made or read, a generated data set and network that would not fit in the heap;
     * then, with the data loaded, the network on them. Generators make two features.
     */
    Dataset loadWithin(LayerOptions layers, int batch, boolean recordParameters, long seed, PrintWriter err) {
        if (file() == null) {
            layers.requireFits(
                    samples == null ? DEFAULT_SAMPLES : samples, samples != null, batch, 2, 2, recordParameters);
        }
        Dataset all = load(seed, err);
        layers.requireFits(
                all.sampleCount(),
                samples != null,
                batch,
                all.featureCount(),
                Math.max(1, all.classCount()),
                recordParameters);
        return all;
    }

    /** The test file of --test-data for {@code training} (read with the same --label); warnings go to {@code err}. */
    Dataset loadTest(Path file, Dataset training, long seed, PrintWriter err) {
        return DataArguments.loadTest(file, label, training, seed, err);
    }

    /** The data; a warning about it (a large CSV file is sampled) goes to {@code err}. */
    Dataset load(long seed, PrintWriter err) {
        return DataArguments.load(data, label, samples, noise, seed, DEFAULT_SAMPLES, DEFAULT_NOISE, err);
    }
}
