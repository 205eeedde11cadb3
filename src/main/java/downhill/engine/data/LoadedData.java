package downhill.engine.data;

/**
 * A dataset as loaded, with a warning for the user when it is not the whole file (empty when it is), e.g.
 * {@code big.csv: 1,000,000 rows; using a random 20,000}.
 */
public record LoadedData(Dataset dataset, String warning) {

    public LoadedData {
        warning = warning == null ? "" : warning;
    }

    /** Data used in full, with nothing to warn about. */
    public static LoadedData whole(Dataset dataset) {
        return new LoadedData(dataset, "");
    }
}
