package downhill.engine.nn;

import downhill.engine.EnumByLabel;

/**
 * The output layer's squashing and the loss on it, computed from the raw outputs (logits) so that neither
 * overflows: binary cross-entropy through softplus, categorical cross-entropy through log-sum-exp. A batch's loss is
 * the mean over its samples, as PyTorch's and scikit-learn's are.
 *
 * <p>Targets are one number per sample: the class index (0, 1, …) for classification, the value for regression.
 */
public enum Loss {

    /** Sigmoid on one output; −[y·log σ(z) + (1 − y)·log(1 − σ(z))] = softplus(z) − y·z. Two classes only. */
    BINARY_CROSS_ENTROPY("bce"),
    /** Softmax over one output per class; log Σⱼ e^zⱼ − z_y. */
    CROSS_ENTROPY("ce"),
    /**
     * Identity output; the mean over outputs of (z − t)², as {@code torch.nn.MSELoss()} (scikit-learn's
     * {@code squared_error} is half of it). On classes it regresses 0/1 for two classes (one output) and the one-hot
     * vector for more; given one target per output ({@link Backprop}), it regresses those.
     */
    MEAN_SQUARED_ERROR("mse");

    private final String label;

    Loss(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The loss labelled {@code name}; the error lists {@code auto} too, which callers read as "from the data". */
    public static Loss parse(String name) {
        return EnumByLabel.parse(values(), Loss::label, name, "loss", "auto");
    }

    /** The loss the data calls for: BCE for two classes, CE for more, MSE for regression (0 classes). */
    public static Loss forClasses(int classCount) {
        return classCount == 0 ? MEAN_SQUARED_ERROR : classCount == 2 ? BINARY_CROSS_ENTROPY : CROSS_ENTROPY;
    }

    /** How many outputs the network needs for this loss on data with {@code classCount} classes (0: regression). */
    public int outputs(int classCount) {
        check(classCount);
        return switch (this) {
            case BINARY_CROSS_ENTROPY -> 1;
            case CROSS_ENTROPY -> classCount;
            case MEAN_SQUARED_ERROR -> classCount > 2 ? classCount : 1;
        };
    }

    /** Throws when this loss cannot fit the data: BCE needs two classes, CE needs classes. */
    public void check(int classCount) {
        if (this == BINARY_CROSS_ENTROPY && classCount != 2) {
            throw new IllegalArgumentException("loss bce needs two classes, the data has "
                    + (classCount == 0 ? "real-valued targets" : classCount + " classes") + " (use "
                    + forClasses(classCount).label + ")");
        }
        if (this == CROSS_ENTROPY && classCount == 0) {
            throw new IllegalArgumentException("loss ce needs classes, the data has real-valued targets (use mse)");
        }
    }

    /**
     * The summed loss of {@code rows} samples, and, when {@code delta} is not null, {@code scale} times each
     * sample's loss gradient with respect to its outputs, written to {@code delta} (same layout as the outputs).
     * With {@code scale} = 1/rows that is δᴸ = ∂L/∂z for the batch's mean loss L: (σ(z) − y)/rows for BCE and
     * (softmax(z) − onehot(y))/rows for CE (the sigmoid's and softmax's own derivatives cancel against the log's),
     * 2·(z − t)/(outputs·rows) for MSE.
     *
     * @param outputs raw outputs, one row of {@code width} per sample
     * @param targets {@code targetWidth} targets per row from {@code targetOffset}: 1 (a class index or value), or
     *     for MSE {@code width} (one value per output)
     */
    double lossSum(
            double[][] outputs,
            int rows,
            int width,
            double[] targets,
            int targetOffset,
            int targetWidth,
            double[][] delta,
            double scale) {
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            double[] z = outputs[r];
            double[] d = delta == null ? null : delta[r];
            int at = targetOffset + r * targetWidth;
            double target = targets[at];
            switch (this) {
                case BINARY_CROSS_ENTROPY -> {
                    sum += Math.max(z[0], 0) - target * z[0] + Math.log1p(Math.exp(-Math.abs(z[0])));
                    if (d != null) {
                        d[0] = scale * (Activation.sigmoid(z[0]) - target);
                    }
                }
                case CROSS_ENTROPY -> {
                    double logSumExp = logSumExp(z, width);
                    sum += logSumExp - z[(int) target];
                    if (d != null) {
                        for (int j = 0; j < width; j++) {
                            double indicator = j == (int) target ? 1 : 0;
                            d[j] = scale * (Math.exp(z[j] - logSumExp) - indicator);
                        }
                    }
                }
                case MEAN_SQUARED_ERROR -> {
                    double squares = 0;
                    for (int j = 0; j < width; j++) {
                        double t = targetWidth == 1 ? regressionTarget(target, j, width) : targets[at + j];
                        double error = z[j] - t;
                        squares += error * error;
                        if (d != null) {
                            d[j] = scale * 2 * error / width;
                        }
                    }
                    sum += squares / width;
                }
            }
        }
        return sum;
    }

    /** How many of {@code rows} samples the outputs classify correctly. */
    int correctCount(double[][] outputs, int rows, int width, double[] targets, int targetOffset) {
        int correct = 0;
        for (int r = 0; r < rows; r++) {
            if (predictedClass(outputs[r], width) == (int) targets[targetOffset + r]) {
                correct++;
            }
        }
        return correct;
    }

    /** The class a row of outputs predicts: above the midpoint for one output, else the largest (first on ties). */
    int predictedClass(double[] outputs, int width) {
        if (width == 1) {
            double threshold = this == MEAN_SQUARED_ERROR ? 0.5 : 0;
            return outputs[0] > threshold ? 1 : 0;
        }
        int best = 0;
        for (int j = 1; j < width; j++) {
            if (outputs[j] > outputs[best]) {
                best = j;
            }
        }
        return best;
    }

    /** Turns raw outputs into what they predict, in place: probabilities for BCE and CE, values for MSE. */
    void squash(double[][] outputs, int rows, int width) {
        for (int r = 0; r < rows; r++) {
            double[] z = outputs[r];
            if (this == BINARY_CROSS_ENTROPY) {
                z[0] = Activation.sigmoid(z[0]);
            } else if (this == CROSS_ENTROPY) {
                double logSumExp = logSumExp(z, width);
                for (int j = 0; j < width; j++) {
                    z[j] = Math.exp(z[j] - logSumExp);
                }
            }
        }
    }

    private static double regressionTarget(double target, int output, int width) {
        return width == 1 ? target : (output == (int) target ? 1 : 0);
    }

    private static double logSumExp(double[] values, int width) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < width; j++) {
            max = Math.max(max, values[j]);
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        double sum = 0;
        for (int j = 0; j < width; j++) {
            sum += Math.exp(values[j] - max);
        }
        return max + Math.log(sum);
    }
}
