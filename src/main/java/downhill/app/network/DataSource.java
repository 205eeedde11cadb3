package downhill.app.network;

import downhill.engine.data.CsvLoader;
import downhill.engine.data.Dataset;
import downhill.engine.data.Generators;
import java.nio.file.Path;

/**
 * Where the tab's data comes from: a generator with its sample count, noise and seed, or a CSV file (the seed then
 * only splits it). Loading may fail with a message naming the place, e.g. {@code data.csv: row 7 has 3 columns}.
 *
 * @param csv the file, or null for the generator
 */
public record DataSource(String generator, int samples, double noise, long seed, Path csv) {

    public Dataset load() {
        return csv != null ? CsvLoader.load(csv) : Generators.generate(generator, samples, noise, seed);
    }

    public String describe() {
        return csv != null ? csv.getFileName().toString() : generator;
    }
}
