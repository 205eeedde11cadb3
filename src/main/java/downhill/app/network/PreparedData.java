package downhill.app.network;

import downhill.app.i18n.Messages;
import downhill.engine.data.CsvLoader;
import downhill.engine.data.Dataset;
import downhill.engine.data.LoadedData;
import downhill.engine.function.Window;
import downhill.engine.train.TrainingData;

/**
 * Data ready to train on, with the square part of the (standardised) input plane that shows all of it, or the reason
 * it could not be loaded.
 *
 * @param data   null when loading failed
 * @param window null when the data has not exactly two features (nothing to picture on a plane)
 * @param error  null when loading succeeded
 * @param warning empty unless the data is not all of the file (a large CSV file is sampled down)
 */
record PreparedData(DataSource source, TrainingData data, Window window, String error, String warning) {

    /** The test part's share, as in the lecture and the {@code train} command. */
    static final double TEST_FRACTION = 0.2;

    static PreparedData load(DataSource source) {
        if (source.drawn() != null) {
            return drawn(source);
        }
        try {
            LoadedData loaded = source.load();
            TrainingData data = source.csv() != null && source.testCsv() != null
                    // All of the file trains; the test file, read against its columns and classes, tests.
                    ? TrainingData.of(
                            loaded.dataset(),
                            CsvLoader.readLike(source.testCsv(), null, source.seed(), loaded.dataset())
                                    .dataset(),
                            true)
                    : TrainingData.prepare(loaded.dataset(), TEST_FRACTION, source.seed(), true);
            return new PreparedData(source, data, windowOf(data), null, loaded.warning());
        } catch (IllegalArgumentException e) {
            return new PreparedData(source, null, null, e.getMessage(), "");
        }
    }

    /**
     * Drawn points on their own plane, not standardised (they stay where they were drawn); split as the generators'
     * data, or all of them both trained and tested on when too few for a test part (e.g. two per class).
     */
    private static PreparedData drawn(DataSource source) {
        String problem = DrawingViewModel.problem(source.drawn());
        if (problem != null) {
            return new PreparedData(source, null, null, problem, "");
        }
        Dataset all = source.drawn().dataset();
        try {
            return new PreparedData(
                    source,
                    TrainingData.prepare(all, TEST_FRACTION, source.seed(), false),
                    DrawingViewModel.PLANE,
                    null,
                    "");
        } catch (IllegalArgumentException tooFewToSplit) {
            return new PreparedData(
                    source,
                    new TrainingData(all, all, null),
                    DrawingViewModel.PLANE,
                    null,
                    Messages.text("network.drawn.noSplit", all.sampleCount()));
        }
    }

    /** A square around every point with a tenth of margin, so circles look round. */
    private static Window windowOf(TrainingData data) {
        if (data.train().featureCount() != 2) {
            return null;
        }
        double[] low = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] high = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] features :
                new double[][] {data.train().features(), data.test().features()}) {
            for (int i = 0; i < features.length; i++) {
                low[i % 2] = Math.min(low[i % 2], features[i]);
                high[i % 2] = Math.max(high[i % 2], features[i]);
            }
        }
        double half = Math.max(high[0] - low[0], high[1] - low[1]) * 0.6;
        double cx = (low[0] + high[0]) / 2;
        double cy = (low[1] + high[1]) / 2;
        return new Window(cx - half, cx + half, cy - half, cy + half);
    }
}
