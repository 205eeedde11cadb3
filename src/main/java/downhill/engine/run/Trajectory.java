package downhill.engine.run;

import downhill.engine.Decimation;
import downhill.engine.Numbers;
import java.util.Arrays;

/**
 * The path of one descent: at each step k the position θₖ, the loss f(θₖ), the gradient ∇f(θₖ) and the learning
 * rate ηₖ that the step from θₖ uses. Row 0 is the start. Kept in primitive arrays; appended to only by its
 * {@link Descent}, so a copy handed to another thread never changes.
 *
 * <p>Bounded: at most {@link #CAPACITY} rows are kept (about 5 MB). A longer descent thins its older rows (see
 * {@link Decimation}); the start, the newest {@code CAPACITY / 2} steps and the last step stay exact, and asking for
 * a thinned step gives the nearest earlier step kept. The app's step limit (20,000) stays below the capacity, so
 * the app never sees thinning; the CLI's {@code trace} streams its rows as they are made.
 */
public final class Trajectory {

    /** Rows kept at most; far above the few thousand steps the PyTorch reference tests compare row by row. */
    public static final int CAPACITY = 100_000;

    private final int capacity;
    private int[] steps;
    private double[] x;
    private double[] y;
    private double[] loss;
    private double[] gradX;
    private double[] gradY;
    private double[] learningRate;
    private int rows;
    private int size;

    Trajectory(int expectedRows) {
        this(expectedRows, CAPACITY);
    }

    /** A trajectory that keeps at most {@code capacity} rows (at least 4); tests use small ones. */
    Trajectory(int expectedRows, int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("a trajectory keeps at least 4 rows, got " + capacity);
        }
        this.capacity = capacity;
        int initial = Math.min(capacity, Math.max(16, expectedRows));
        steps = new int[initial];
        x = new double[initial];
        y = new double[initial];
        loss = new double[initial];
        gradX = new double[initial];
        gradY = new double[initial];
        learningRate = new double[initial];
    }

    void append(double x, double y, double loss, double gradX, double gradY, double learningRate) {
        if (rows == this.x.length) {
            makeRoom();
        }
        this.steps[rows] = size;
        this.x[rows] = x;
        this.y[rows] = y;
        this.loss[rows] = loss;
        this.gradX[rows] = gradX;
        this.gradY[rows] = gradY;
        this.learningRate[rows] = learningRate;
        rows++;
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

    private void makeRoom() {
        if (rows < capacity) {
            int grown = (int) Math.min(capacity, 2L * rows);
            steps = Arrays.copyOf(steps, grown);
            x = Arrays.copyOf(x, grown);
            y = Arrays.copyOf(y, grown);
            loss = Arrays.copyOf(loss, grown);
            gradX = Arrays.copyOf(gradX, grown);
            gradY = Arrays.copyOf(gradY, grown);
            learningRate = Arrays.copyOf(learningRate, grown);
            return;
        }
        int[] kept = Decimation.keptRows(rows);
        for (Object column : new Object[] {steps, x, y, loss, gradX, gradY, learningRate}) {
            Decimation.gather(column, 1, kept, column);
        }
        rows = kept.length;
    }

    /** The start plus one per step taken: steps 0 to size() − 1 can be asked for. */
    public int size() {
        return size;
    }

    /** Rows actually kept: {@link #size()} until the trajectory outgrows its capacity. */
    public int retainedRows() {
        return rows;
    }

    public double x(int step) {
        return x[row(step)];
    }

    public double y(int step) {
        return y[row(step)];
    }

    public double loss(int step) {
        return loss[row(step)];
    }

    public double gradX(int step) {
        return gradX[row(step)];
    }

    public double gradY(int step) {
        return gradY[row(step)];
    }

    public double gradientNorm(int step) {
        return Math.hypot(gradX(step), gradY(step));
    }

    public double learningRate(int step) {
        return learningRate[row(step)];
    }

    /**
     * Appends row {@code step} as CSV fields, x,y,loss,grad_x,grad_y,learning rate, each the shortest text that
     * reads back to the same double ({@link Numbers#format}).
     */
    public StringBuilder appendCsvFields(StringBuilder row, int step) {
        return row.append(Numbers.format(x(step)))
                .append(',')
                .append(Numbers.format(y(step)))
                .append(',')
                .append(Numbers.format(loss(step)))
                .append(',')
                .append(Numbers.format(gradX(step)))
                .append(',')
                .append(Numbers.format(gradY(step)))
                .append(',')
                .append(Numbers.format(learningRate(step)));
    }

    /** An independent copy of steps 0 to {@code steps} − 1 (of the rows kept of them). */
    public Trajectory copy(int steps) {
        int n = Math.min(steps, size);
        int keptRows = n == 0 ? 0 : row(n - 1) + 1;
        Trajectory copy = new Trajectory(keptRows, capacity);
        System.arraycopy(this.steps, 0, copy.steps, 0, keptRows);
        System.arraycopy(x, 0, copy.x, 0, keptRows);
        System.arraycopy(y, 0, copy.y, 0, keptRows);
        System.arraycopy(loss, 0, copy.loss, 0, keptRows);
        System.arraycopy(gradX, 0, copy.gradX, 0, keptRows);
        System.arraycopy(gradY, 0, copy.gradY, 0, keptRows);
        System.arraycopy(learningRate, 0, copy.learningRate, 0, keptRows);
        copy.rows = keptRows;
        copy.size = n;
        return copy;
    }

    private int row(int step) {
        if (step < 0 || step >= size) {
            throw new IndexOutOfBoundsException("step " + step + " of a trajectory with " + size + " rows");
        }
        return Decimation.rowAt(steps, rows, step);
    }
}
