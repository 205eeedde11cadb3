package downhill.engine.data;

/**
 * Per-feature centring and scaling, (x − mean) / std, fitted on the training part only so that nothing of the test
 * part leaks into training; as scikit-learn's {@code StandardScaler} (population std; a constant feature keeps
 * scale 1). Targets are left as they are.
 */
public record Standardization(double[] mean, double[] scale) {

    public static Standardization fit(Dataset train) {
        int width = train.featureCount();
        int n = train.sampleCount();
        double[] mean = new double[width];
        double[] scale = new double[width];
        for (int f = 0; f < width; f++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += train.feature(i, f);
            }
            mean[f] = sum / n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double d = train.feature(i, f) - mean[f];
                squares += d * d;
            }
            double std = Math.sqrt(squares / n);
            scale[f] = std > 0 ? std : 1;
        }
        return new Standardization(mean, scale);
    }

    /** The dataset with every feature standardised. */
    public Dataset apply(Dataset data) {
        int width = mean.length;
        double[] x = data.features().clone();
        for (int i = 0; i < x.length; i++) {
            int f = i % width;
            x[i] = (x[i] - mean[f]) / scale[f];
        }
        return data.withFeatures(x);
    }
}
