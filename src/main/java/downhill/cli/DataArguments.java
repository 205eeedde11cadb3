package downhill.cli;

import downhill.engine.data.BatchSize;
import downhill.engine.data.CsvLoader;
import downhill.engine.data.Dataset;
import downhill.engine.data.Generators;
import downhill.engine.data.LoadedData;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Turns a {@code --data NAME|FILE} argument (with its --label, --samples and --noise) into a dataset. */
final class DataArguments {

    private DataArguments() {}

    /**
     * A generator's data (its name, optionally with parameters) or a CSV file's.
     *
     * @param label   the CSV column holding the label, or null for the last; an error with a generator
     * @param samples samples to generate, or null for {@code defaultSamples}; an error with a CSV file
     * @param noise   the generator's noise, or null for {@code defaultNoise}; an error with a CSV file
     * @param err     where a warning about the data goes, as {@code warning: ...} (a large CSV file is sampled)
     */
    static Dataset load(
            String data,
            String label,
            Integer samples,
            Double noise,
            long seed,
            int defaultSamples,
            double defaultNoise,
            PrintWriter err) {
        String name = data.strip();
        int colon = name.indexOf(':');
        boolean generated =
                Generators.find(colon < 0 ? name : name.substring(0, colon).strip()) != null;
        if (generated) {
            if (label != null) {
                throw new UserError("--label applies to CSV files, not to the generator '" + name + "'");
            }
            return Generators.generate(
                    name, samples == null ? defaultSamples : samples, noise == null ? defaultNoise : noise, seed);
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv") && !Files.exists(Path.of(name))) {
            throw new UserError("unknown dataset '" + name + "' (generators: " + Generators.names()
                    + "; or a path to a .csv file)");
        }
        if (samples != null || noise != null) {
            throw new UserError((samples != null ? "--samples" : "--noise") + " applies to generated data, not to "
                    + "the CSV file " + name);
        }
        return warned(CsvLoader.read(Path.of(name), label, seed), err);
    }

    /** A test file for {@code training}: its columns and classes (see {@link CsvLoader#readLike}). */
    static Dataset loadTest(Path file, String label, Dataset training, long seed, PrintWriter err) {
        return warned(CsvLoader.readLike(file, label, seed, training), err);
    }

    private static Dataset warned(LoadedData loaded, PrintWriter err) {
        if (!loaded.warning().isEmpty()) {
            err.println("warning: " + loaded.warning());
            err.flush();
        }
        return loaded.dataset();
    }

    /** The file {@code data} names, or null when it names a generator. */
    static Path file(String data) {
        String name = data.strip();
        int colon = name.indexOf(':');
        return Generators.find(colon < 0 ? name : name.substring(0, colon).strip()) != null ? null : Path.of(name);
    }

    /** {@code --batch-size N|all}: a whole number ≥ 1, or {@link Integer#MAX_VALUE} for all samples. */
    static int batchSize(String text) {
        return BatchSize.parse(text)
                .orElseThrow(
                        () -> new UserError("--batch-size must be a whole number ≥ 1 or 'all', got '" + text + "'"));
    }
}
