package downhill.engine.run;

import java.util.Arrays;

/**
 * The path of one descent: at each step k the position θₖ, the loss f(θₖ), the gradient ∇f(θₖ) and the learning
 * rate ηₖ that the step from θₖ uses. Row 0 is the start. Kept in primitive arrays; appended to only by its
 * {@link Descent}, so a copy handed to another thread never changes.
 */
public final class Trajectory {

    private double[] x;
    private double[] y;
    private double[] loss;
    private double[] gradX;
    private double[] gradY;
    private double[] learningRate;
    private int size;

    Trajectory(int capacity) {
        int initial = Math.max(16, capacity);
        x = new double[initial];
        y = new double[initial];
        loss = new double[initial];
        gradX = new double[initial];
        gradY = new double[initial];
        learningRate = new double[initial];
    }

    void append(double x, double y, double loss, double gradX, double gradY, double learningRate) {
        if (size == this.x.length) {
            int grown = size * 2;
            this.x = Arrays.copyOf(this.x, grown);
            this.y = Arrays.copyOf(this.y, grown);
            this.loss = Arrays.copyOf(this.loss, grown);
            this.gradX = Arrays.copyOf(this.gradX, grown);
            this.gradY = Arrays.copyOf(this.gradY, grown);
            this.learningRate = Arrays.copyOf(this.learningRate, grown);
        }
        this.x[size] = x;
        this.y[size] = y;
        this.loss[size] = loss;
        this.gradX[size] = gradX;
        this.gradY[size] = gradY;
        this.learningRate[size] = learningRate;
        size++;
    }

    /**
     * A path known only by its points and losses, such as a network's weights projected onto a slice: gradients
     * and rates are recorded as 0, since they do not exist in the plane.
     */
    public static Trajectory ofPoints(double[] xs, double[] ys, double[] losses) {
        if (xs.length != ys.length || xs.length != losses.length || xs.length == 0) {
            throw new IllegalArgumentException("a path needs at least one point and one loss per point");
        }
        Trajectory t = new Trajectory(xs.length);
        for (int i = 0; i < xs.length; i++) {
            t.append(xs[i], ys[i], losses[i], 0, 0, 0);
        }
        return t;
    }

    /** Rows recorded: the start plus one per step taken. */
    public int size() {
        return size;
    }

    public double x(int step) {
        return x[check(step)];
    }

    public double y(int step) {
        return y[check(step)];
    }

    public double loss(int step) {
        return loss[check(step)];
    }

    public double gradX(int step) {
        return gradX[check(step)];
    }

    public double gradY(int step) {
        return gradY[check(step)];
    }

    public double gradientNorm(int step) {
        return Math.hypot(gradX(step), gradY(step));
    }

    public double learningRate(int step) {
        return learningRate[check(step)];
    }

    /** An independent copy of the first {@code rows} rows. */
    public Trajectory copy(int rows) {
        int n = Math.min(rows, size);
        Trajectory copy = new Trajectory(n);
        System.arraycopy(x, 0, copy.x, 0, n);
        System.arraycopy(y, 0, copy.y, 0, n);
        System.arraycopy(loss, 0, copy.loss, 0, n);
        System.arraycopy(gradX, 0, copy.gradX, 0, n);
        System.arraycopy(gradY, 0, copy.gradY, 0, n);
        System.arraycopy(learningRate, 0, copy.learningRate, 0, n);
        copy.size = n;
        return copy;
    }

    private int check(int step) {
        if (step < 0 || step >= size) {
            throw new IndexOutOfBoundsException("step " + step + " of a trajectory with " + size + " rows");
        }
        return step;
    }
}
