package downhill.engine.train;

import downhill.engine.data.Dataset;
import downhill.engine.data.Standardization;
import downhill.engine.data.TrainTestSplit;

/**
 * The two parts a network trains and is tested on, already standardised (when asked) with statistics of the
 * training part alone.
 *
 * @param standardization what was applied to both parts, or null when the features were left as they are
 */
public record TrainingData(Dataset train, Dataset test, Standardization standardization) {

    /** Keeps the split's shuffle apart from a generator's stream when both come from the same seed. */
    private static final long SPLIT_SALT = 0x3C6EF372FE94F82BL;

    public TrainingData {
        if (train.featureCount() != test.featureCount() || train.classCount() != test.classCount()) {
            throw new IllegalArgumentException("the training and test parts differ in features or classes");
        }
    }

    /** Splits {@code data} by {@code testFraction} from {@code seed} (stratified for classes), then standardises. */
    public static TrainingData prepare(Dataset data, double testFraction, long seed, boolean standardize) {
        TrainTestSplit split = split(data, testFraction, seed);
        return of(split.train(), split.test(), standardize);
    }

    /** The split {@link #prepare} makes, before standardisation (the features as they were read). */
    public static TrainTestSplit split(Dataset data, double testFraction, long seed) {
        return TrainTestSplit.split(data, testFraction, seed ^ SPLIT_SALT);
    }

    /** Parts split elsewhere (e.g. two CSV files), standardised with the training part's statistics if asked. */
    public static TrainingData of(Dataset train, Dataset test, boolean standardize) {
        if (!standardize) {
            return new TrainingData(train, test, null);
        }
        Standardization standardization = Standardization.fit(train);
        return new TrainingData(standardization.apply(train), standardization.apply(test), standardization);
    }

    public int classCount() {
        return train.classCount();
    }
}
