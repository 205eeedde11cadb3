package downhill.engine.function.data;

import downhill.engine.Numbers;
import downhill.engine.function.Minimum;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import java.util.List;

/**
 * A two-parameter model's mean loss over a dataset, as a landscape: the value at (x, y) is the loss over all
 * samples with parameters (x, y), and its exact gradient is the full-batch gradient. {@link #batchValueAndGradient}
 * gives the same over a subset of the samples, for mini-batch and stochastic descent.
 *
 * <p>Immutable; the sample arrays are private copies.
 */
public final class DataObjective implements Objective {

    private final DataModel model;
    private final String dataName;
    private final double[] u;
    private final double[] v;
    private final double[] targets;
    private final Window window;
    private final List<Minimum> minima;
    private final Point start;
    /** 0, 1, …, n − 1: the full batch in the samples' own order. */
    private final int[] allRows;

    /**
     * @param u        each sample's first input (the feature for linear regression, x₁ for logistic)
     * @param v        each sample's second input (all 1 for linear regression, x₂ for logistic)
     * @param minimum  the minimiser, or null when there is none (separable classes)
     */
    DataObjective(
            DataModel model,
            String dataName,
            double[] u,
            double[] v,
            double[] targets,
            Window window,
            Point minimum,
            Point start) {
        if (u.length != targets.length || v.length != targets.length || targets.length == 0) {
            throw new IllegalArgumentException(
                    "a data objective needs one (u, v, target) per sample and at least one " + "sample");
        }
        this.model = model;
        this.dataName = dataName;
        this.u = u.clone();
        this.v = v.clone();
        this.targets = targets.clone();
        this.window = window;
        this.minima = minimum == null ? List.of() : List.of(new Minimum(minimum.x(), minimum.y(), true));
        this.start = start;
        this.allRows = new int[targets.length];
        for (int i = 0; i < allRows.length; i++) {
            allRows[i] = i;
        }
    }

    /**
     * The same model's loss on the samples {@code rows} alone (a mini-batch): what one step of mini-batch descent
     * actually descends. Its minimum is not known, so it marks none.
     */
    public DataObjective restrictedTo(int[] rows, String label) {
        double[] someU = new double[rows.length];
        double[] someV = new double[rows.length];
        double[] someTargets = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            someU[k] = u[rows[k]];
            someV[k] = v[rows[k]];
            someTargets[k] = targets[rows[k]];
        }
        return new DataObjective(model, label, someU, someV, someTargets, window, null, start);
    }

    public DataModel model() {
        return model;
    }

    /** What the samples are, e.g. {@code line} or the CSV file. */
    public String dataName() {
        return dataName;
    }

    public int sampleCount() {
        return targets.length;
    }

    @Override
    public String name() {
        return model.cliName();
    }

    @Override
    public List<String> axisNames() {
        return model.parameterNames();
    }

    @Override
    public String displayName() {
        return model.displayName() + " on " + dataName;
    }

    /**
     * The mean loss written out sample by sample in the expression language: long, one term per sample, summed as a
     * balanced tree so that the parser's nesting limit holds for thousands of samples.
     */
    @Override
    public String formula() {
        return "(" + sum(0, targets.length) + ") / " + targets.length;
    }

    private String sum(int from, int to) {
        if (to - from == 1) {
            return term(from);
        }
        int middle = (from + to) >>> 1;
        return "(" + sum(from, middle) + " + " + sum(middle, to) + ")";
    }

    private String term(int i) {
        String z = "(" + Numbers.format(u[i]) + "*x + " + Numbers.format(v[i]) + "*y)";
        String target = Numbers.format(targets[i]);
        return switch (model) {
            case LINEAR_REGRESSION -> "(" + z + " - " + target + ")^2";
            case LOGISTIC_REGRESSION -> "max(" + z + ", 0) - " + z + "*" + target + " + log(1 + exp(-abs(" + z + ")))";
            case LOGISTIC_REGRESSION_MSE -> "(1/(1 + exp(-" + z + ")) - " + target + ")^2";
        };
    }

    @Override
    public double value(double x, double y) {
        double sum = 0;
        for (int i = 0; i < targets.length; i++) {
            sum += model.loss(x * u[i] + y * v[i], targets[i]);
        }
        return sum / targets.length;
    }

    @Override
    public double valueAndGradient(double x, double y, double[] gradient) {
        return batchValueAndGradient(x, y, allRows, 0, allRows.length, gradient);
    }

    /**
     * The mean loss and its gradient over the samples {@code rows[from], …, rows[from + count − 1]}.
     */
    public double batchValueAndGradient(double x, double y, int[] rows, int from, int count, double[] gradient) {
        double sum = 0;
        double gx = 0;
        double gy = 0;
        for (int k = from; k < from + count; k++) {
            int i = rows[k];
            double z = x * u[i] + y * v[i];
            sum += model.loss(z, targets[i]);
            double slope = model.slope(z, targets[i]);
            gx += slope * u[i];
            gy += slope * v[i];
        }
        gradient[0] = gx / count;
        gradient[1] = gy / count;
        return sum / count;
    }

    @Override
    public Window window() {
        return window;
    }

    @Override
    public List<Minimum> minima() {
        return minima;
    }

    @Override
    public Point start() {
        return start;
    }
}
