package downhill.engine.data;

import java.nio.file.Path;

/** Run in a child JVM with a small -Xmx by {@link CsvLoaderTest}: loads a CSV file and prints its sample count. */
public final class LoadInSmallHeap {

    private LoadInSmallHeap() {
    }

    public static void main(String[] args) {
        LoadedData loaded = CsvLoader.read(Path.of(args[0]), null, 42);
        System.out.println(loaded.dataset().sampleCount());
    }
}
