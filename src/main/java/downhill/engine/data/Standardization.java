package downhill.engine.data;

/**
 * Per-feature centring and scaling, (x − mean) / std, fitted on the training part only so that nothing of the test
 * part leaks into training; as scikit-learn's {@code StandardScaler} (population std; a constant feature keeps
 * scale 1). Targets are left as they are.
 *
 * <p>Each feature is first divided by the power of two nearest below its largest magnitude, so that the sums and
 * squares stay within [−4n, 4n] whatever the data's scale: values near 1e308 do not overflow to infinity when
 * squared, values near 1e-318 do not underflow to 0, and data scaled by any factor trains as the unscaled data
 * would. A power of two divides exactly, so ordinary data gives bit for bit what (x − mean) / std gives.
 *
 * @param magnitude the power of two at or below each feature's largest |x| in the training part (1 for an
 *     all-zero feature)
 * @param mean the mean of x / magnitude
 * @param scale the population standard deviation of x / magnitude (1 / magnitude for a constant feature)
 */
public record Standardization(double[] magnitude, double[] mean, double[] scale) {

    public static Standardization fit(Dataset train) {
        int width = train.featureCount();
        int n = train.sampleCount();
        double[] magnitude = new double[width];
        double[] mean = new double[width];
        double[] scale = new double[width];
        for (int f = 0; f < width; f++) {
            double largest = 0;
            for (int i = 0; i < n; i++) {
                double value = train.feature(i, f);
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException(
                            "column '" + train.featureNames().get(f) + "' cannot be standardised: it holds " + value);
                }
                largest = Math.max(largest, Math.abs(value));
            }
            magnitude[f] = powerOfTwoNear(largest);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += train.feature(i, f) / magnitude[f];
            }
            mean[f] = sum / n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double d = train.feature(i, f) / magnitude[f] - mean[f];
                squares += d * d;
            }
            double std = Math.sqrt(squares / n);
            // A constant feature keeps scale 1 in its own units, as scikit-learn's does.
            scale[f] = std > 0 ? std : 1 / magnitude[f];
        }
        return new Standardization(magnitude, mean, scale);
    }

    /** 2^⌊log₂ largest⌋, subnormal numbers included; 1 for 0. */
    static double powerOfTwoNear(double largest) {
        if (largest == 0) {
            return 1;
        }
        int exponent =
                largest < Double.MIN_NORMAL ? Math.getExponent(largest * 0x1p54) - 54 : Math.getExponent(largest);
        return Math.scalb(1.0, exponent);
    }

    /** The dataset with every feature standardised. */
    public Dataset apply(Dataset data) {
        int width = mean.length;
        double[] x = data.features().clone();
        for (int i = 0; i < x.length; i++) {
            int f = i % width;
            x[i] = (x[i] / magnitude[f] - mean[f]) / scale[f];
        }
        return data.withFeatures(x);
    }
}
