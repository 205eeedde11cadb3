package downhill.engine.data;

import java.util.List;

/**
 * Samples with numeric features and one target each: a class index 0…k−1 when {@code classNames} is not empty,
 * else a real value (regression). Features are stored row-major, {@code featureCount} values per sample.
 *
 * <p>The arrays are shared, not copied, so that a training loop reads them without overhead; nothing in the
 * project writes to a dataset's arrays after it is made, and callers must not either.
 */
public record Dataset(
        String name,
        List<String> featureNames,
        String targetName,
        List<String> classNames,
        double[] features,
        double[] targets) {

    public Dataset {
        featureNames = List.copyOf(featureNames);
        classNames = List.copyOf(classNames);
        if (features.length != targets.length * featureNames.size()) {
            throw new IllegalArgumentException(targets.length + " samples of " + featureNames.size() + " features need "
                    + targets.length * featureNames.size() + " values, got " + features.length);
        }
    }

    public int sampleCount() {
        return targets.length;
    }

    public int featureCount() {
        return featureNames.size();
    }

    /** The number of classes, or 0 for regression. */
    public int classCount() {
        return classNames.size();
    }

    public boolean isClassification() {
        return !classNames.isEmpty();
    }

    public double feature(int sample, int feature) {
        return features[sample * featureNames.size() + feature];
    }

    /** How many samples each class has, by class index. */
    public int[] classCounts() {
        int[] counts = new int[classCount()];
        for (double target : targets) {
            counts[(int) target]++;
        }
        return counts;
    }

    /** The samples at {@code rows}, in that order. */
    public Dataset rows(int[] rows) {
        int width = featureCount();
        double[] x = new double[rows.length * width];
        double[] y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(features, rows[i] * width, x, i * width, width);
            y[i] = targets[rows[i]];
        }
        return new Dataset(name, featureNames, targetName, classNames, x, y);
    }

    /** The same samples with other features (same count per sample). */
    public Dataset withFeatures(double[] newFeatures) {
        return new Dataset(name, featureNames, targetName, classNames, newFeatures, targets);
    }

    /** e.g. {@code moons: 1000 samples, 2 features, 2 classes}. */
    public String describe() {
        return name + ": " + sampleCount() + " samples, " + featureCount()
                + (featureCount() == 1 ? " feature, " : " features, ")
                + (isClassification() ? classCount() + " classes" : "real-valued target");
    }
}
