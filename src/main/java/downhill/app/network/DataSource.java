package downhill.app.network;

import downhill.engine.data.CsvLoader;
import downhill.engine.data.DrawnPoints;
import downhill.engine.data.Generators;
import downhill.engine.data.LoadedData;
import java.nio.file.Path;

/**
 * Where the tab's data comes from: a generator with its sample count, noise and seed, or a CSV file (the seed then
 * only splits it). Loading may fail with a message naming the place, e.g. {@code data.csv: row 7 has 3 columns}.
 *
 * @param csv   the file, or null for the generator
 * @param drawn points drawn by hand, trained on instead of the generator; null for none
 */
public record DataSource(
        String generator, int samples, double noise, long seed, Path csv, DrawnPoints drawn, Path testCsv) {

    /** Generated or CSV data. */
    public DataSource(String generator, int samples, double noise, long seed, Path csv) {
        this(generator, samples, noise, seed, csv, null, null);
    }

    /** Generated, CSV or drawn data, the test part split off. */
    public DataSource(String generator, int samples, double noise, long seed, Path csv, DrawnPoints drawn) {
        this(generator, samples, noise, seed, csv, drawn, null);
    }

    /** The data, with a warning when a large CSV file was sampled down (see {@link CsvLoader#ROW_CAP}). */
    public LoadedData load() {
        return drawn != null
                ? LoadedData.whole(drawn.dataset())
                : csv != null
                        ? CsvLoader.read(csv, null, seed)
                        : LoadedData.whole(Generators.generate(generator, samples, noise, seed));
    }

    public String describe() {
        return drawn != null ? "drawn" : csv != null ? csv.getFileName().toString() : generator;
    }
}
