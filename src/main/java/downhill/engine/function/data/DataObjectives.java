package downhill.engine.function.data;

import downhill.engine.data.Dataset;
import downhill.engine.data.Generators;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Makes {@link DataObjective}s from datasets, and the line data linear regression uses by default. */
public final class DataObjectives {

    /** The generated data set linear regression uses unless told otherwise. */
    public static final String LINE = "line";
    /** The built-in generator logistic regression uses unless told otherwise. */
    public static final String CLOUDS = "gaussian";

    public static final int DEFAULT_SAMPLES = 200;
    public static final double DEFAULT_LINE_NOISE = 0.5;
    public static final double DEFAULT_CLOUD_NOISE = 0.3;

    private static final int NEWTON_ITERATIONS = 100;
    /** Beyond this norm logistic regression's minimiser is taken to be at infinity (separable classes). */
    private static final double FARTHEST_MINIMUM = 1e3;

    private DataObjectives() {}

    /** {@code samples} points with x uniform in [−1, 1] and y = 2x − 1 plus Gaussian noise of std {@code noise}. */
    public static Dataset line(int samples, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[samples];
        double[] y = new double[samples];
        for (int i = 0; i < samples; i++) {
            x[i] = random.nextDouble(-1, 1);
            y[i] = 2 * x[i] - 1 + noise * random.nextGaussian();
        }
        return new Dataset(LINE, List.of("x"), "y", List.of(), x, y);
    }

    /** Linear regression y = w·x + b on one feature and a real-valued target; parameters (w, b). */
    public static DataObjective linearRegression(Dataset data) {
        if (data.featureCount() != 1 || data.isClassification()) {
            throw new IllegalArgumentException(
                    "linear regression needs one feature and a real-valued target; " + data.describe());
        }
        double[] x = data.features().clone();
        double[] ones = new double[x.length];
        Arrays.fill(ones, 1);
        Point minimum = leastSquares(x, data.targets());
        double span = 2 + Math.max(Math.abs(minimum.x()), Math.abs(minimum.y()));
        Window window = new Window(minimum.x() - span, minimum.x() + span, minimum.y() - span, minimum.y() + span);
        Point start = new Point(minimum.x() - 0.75 * span, minimum.y() + 0.75 * span);
        return new DataObjective(
                DataModel.LINEAR_REGRESSION, data.name(), x, ones, data.targets(), window, minimum, start);
    }

    /** Logistic regression without a bias on two features and two classes; parameters (w₁, w₂). */
    public static DataObjective logisticRegression(Dataset data) {
        return logisticRegression(data, DataModel.LOGISTIC_REGRESSION);
    }

    /**
     * Logistic regression under {@code model}'s loss: cross-entropy or the squared error of the probability, on the
     * same window from the same start, so that the two landscapes can be compared.
     */
    public static DataObjective logisticRegression(Dataset data, DataModel model) {
        if (data.featureCount() != 2 || data.classCount() != 2) {
            throw new IllegalArgumentException(
                    "logistic regression needs two features and two classes (0/1); " + data.describe());
        }
        int n = data.sampleCount();
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = data.feature(i, 0);
            x2[i] = data.feature(i, 1);
        }
        Point minimum = newton(x1, x2, data.targets());
        double half = minimum == null ? 6 : Math.max(3, 2 * Math.max(Math.abs(minimum.x()), Math.abs(minimum.y())));
        Window window = new Window(-half, half, -half, half);
        if (model == DataModel.LOGISTIC_REGRESSION_MSE) {
            minimum = minimum == null ? null : squaredErrorMinimum(x1, x2, data.targets(), minimum);
        } else if (model != DataModel.LOGISTIC_REGRESSION) {
            throw new IllegalArgumentException(model.cliName() + " is not logistic regression");
        }
        return new DataObjective(
                model, data.name(), x1, x2, data.targets(), window, minimum, new Point(-0.8 * half, 0.5 * half));
    }

    /** The model named {@code model} on {@code data}. */
    public static DataObjective of(DataModel model, Dataset data) {
        return model.logistic() ? logisticRegression(data, model) : linearRegression(data);
    }

    /**
     * The model on the data it uses unless told otherwise, as the app's function picker offers it: linear
     * regression on the generated line, logistic regression on two Gaussian clouds, both from seed 0.
     */
    public static DataObjective onDefaultData(DataModel model) {
        return model.logistic()
                ? logisticRegression(Generators.generate(CLOUDS, DEFAULT_SAMPLES, DEFAULT_CLOUD_NOISE, 0), model)
                : linearRegression(line(DEFAULT_SAMPLES, DEFAULT_LINE_NOISE, 0));
    }

    private static Point leastSquares(double[] x, double[] y) {
        double meanX = Arrays.stream(x).average().orElse(0);
        double meanY = Arrays.stream(y).average().orElse(0);
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return new Point(slope, meanY - slope * meanX);
    }

    /**
     * The minimiser of the mean squared error of the probability, by Newton's method from cross-entropy's minimiser
     * (close by when the classes overlap) with a halving step that never lets the loss rise; gradient steps where the
     * Hessian is not positive definite. Null when it does not settle (separable classes, a plateau).
     */
    private static Point squaredErrorMinimum(double[] x1, double[] x2, double[] t, Point from) {
        DataModel model = DataModel.LOGISTIC_REGRESSION_MSE;
        double w1 = from.x();
        double w2 = from.y();
        for (int iteration = 0; iteration < 20 * NEWTON_ITERATIONS; iteration++) {
            Derivatives d = Derivatives.of(model, x1, x2, t, w1, w2);
            double determinant = d.h11 * d.h22 - d.h12 * d.h12;
            boolean convex = d.h11 > 0 && determinant > 0;
            double step1 = convex ? (d.h22 * d.g1 - d.h12 * d.g2) / determinant : d.g1 / t.length;
            double step2 = convex ? (d.h11 * d.g2 - d.h12 * d.g1) / determinant : d.g2 / t.length;
            double before = Derivatives.sum(model, x1, x2, t, w1, w2);
            double scale = 1;
            while (scale > 1e-12
                    && !(Derivatives.sum(model, x1, x2, t, w1 - scale * step1, w2 - scale * step2) <= before)) {
                scale /= 2;
            }
            w1 -= scale * step1;
            w2 -= scale * step2;
            if (!(Math.hypot(w1, w2) < FARTHEST_MINIMUM)) {
                return null;
            }
            if (Math.hypot(d.g1, d.g2) < 1e-13 * t.length) {
                return new Point(w1, w2);
            }
        }
        return null;
    }

    /** A two-weight model's summed loss gradient and Hessian at (w₁, w₂), from each sample's slope and curvature. */
    private record Derivatives(double g1, double g2, double h11, double h12, double h22) {

        static Derivatives of(DataModel model, double[] x1, double[] x2, double[] t, double w1, double w2) {
            double g1 = 0;
            double g2 = 0;
            double h11 = 0;
            double h12 = 0;
            double h22 = 0;
            for (int i = 0; i < t.length; i++) {
                double z = w1 * x1[i] + w2 * x2[i];
                double slope = model.slope(z, t[i]);
                double curvature = model.curvature(z, t[i]);
                g1 += slope * x1[i];
                g2 += slope * x2[i];
                h11 += curvature * x1[i] * x1[i];
                h12 += curvature * x1[i] * x2[i];
                h22 += curvature * x2[i] * x2[i];
            }
            return new Derivatives(g1, g2, h11, h12, h22);
        }

        static double sum(DataModel model, double[] x1, double[] x2, double[] t, double w1, double w2) {
            double sum = 0;
            for (int i = 0; i < t.length; i++) {
                sum += model.loss(w1 * x1[i] + w2 * x2[i], t[i]);
            }
            return sum;
        }
    }

    /** Newton's method on the mean cross-entropy from 0; null when it runs off to infinity (separable data). */
    private static Point newton(double[] x1, double[] x2, double[] t) {
        double w1 = 0;
        double w2 = 0;
        for (int iteration = 0; iteration < NEWTON_ITERATIONS; iteration++) {
            Derivatives d = Derivatives.of(DataModel.LOGISTIC_REGRESSION, x1, x2, t, w1, w2);
            double determinant = d.h11 * d.h22 - d.h12 * d.h12;
            if (!(determinant > 0)) {
                return null;
            }
            double step1 = (d.h22 * d.g1 - d.h12 * d.g2) / determinant;
            double step2 = (d.h11 * d.g2 - d.h12 * d.g1) / determinant;
            w1 -= step1;
            w2 -= step2;
            if (!(Math.hypot(w1, w2) < FARTHEST_MINIMUM)) {
                return null;
            }
            if (Math.hypot(step1, step2) < 1e-12 * (1 + Math.hypot(w1, w2))) {
                return new Point(w1, w2);
            }
        }
        return null;
    }
}
