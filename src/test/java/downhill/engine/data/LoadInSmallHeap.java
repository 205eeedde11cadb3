package downhill.engine.data;

import downhill.engine.Heap;
import java.nio.file.Path;

/**
 * Run in a child JVM with a small -Xmx by {@link CsvLoaderTest}: loads a CSV file and prints its sample count and
 * the heap the result retains, in bytes.
 */
public final class LoadInSmallHeap {

    private LoadInSmallHeap() {}

    public static void main(String[] args) {
        long before = Heap.retainedBytes();
        LoadedData loaded = CsvLoader.read(Path.of(args[0]), null, 42);
        long retained = Heap.retainedBytes() - before;
        System.out.println(loaded.dataset().sampleCount() + " " + retained);
    }
}
