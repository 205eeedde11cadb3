package downhill.app.network;

import downhill.engine.data.CsvLoader;
import downhill.engine.data.Generators;
import downhill.engine.data.LoadedData;
import java.nio.file.Path;

/**
 * Where the tab's data comes from: a generator with its sample count, noise and seed, or a CSV file (the seed then
 * only splits it). Loading may fail with a message naming the place, e.g. {@code data.csv: row 7 has 3 columns}.
 *
 * @param csv the file, or null for the generator
 */
public record DataSource(String generator, int samples, double noise, long seed, Path csv) {

    /** The data, with a warning when a large CSV file was sampled down (see {@link CsvLoader#ROW_CAP}). */
    public LoadedData load() {
        return csv != null ? CsvLoader.read(csv, null, seed)
                : LoadedData.whole(Generators.generate(generator, samples, noise, seed));
    }

    public String describe() {
        return csv != null ? csv.getFileName().toString() : generator;
    }
}
