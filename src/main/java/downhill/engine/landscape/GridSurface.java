package downhill.engine.landscape;

import downhill.engine.function.Window;

/**
 * A surface from a coarse grid of precomputed values (say 51 × 51 over a window), bilinearly interpolated:
 * how a landscape too costly to evaluate per pixel, such as a network's loss slice, is drawn.
 * <p>
 * Nodes sit on the window's edges and corners: node (column c, row r) is at
 * x = xMin + c·width/(columns − 1), y = yMax − r·height/(rows − 1). Row 0 is the top (yMax), as in
 * {@link LandscapeImage}. Points outside the window take the value at the nearest edge.
 */
public final class GridSurface implements Surface {

    private final Window window;
    private final int columns;
    private final int rows;
    private final double[] values;

    /** A surface over {@code window} from {@code values}, row-major, {@code columns × rows}, row 0 at yMax. */
    public GridSurface(Window window, int columns, int rows, double[] values) {
        if (window == null) {
            throw new IllegalArgumentException("window must not be null");
        }
        requireNodes(columns, rows);
        if (values == null || values.length != (long) columns * rows) {
            throw new IllegalArgumentException("values must hold columns × rows = " + (long) columns * rows
                    + " numbers, got " + (values == null ? "null" : values.length));
        }
        this.window = window;
        this.columns = columns;
        this.rows = rows;
        this.values = values.clone();
    }

    /** Samples {@code surface} at the nodes of a {@code columns × rows} grid over {@code window}. */
    public static GridSurface sample(Surface surface, Window window, int columns, int rows) {
        requireNodes(columns, rows);
        double[] xs = new double[columns];
        for (int c = 0; c < columns; c++) {
            xs[c] = window.xMin() + c * window.width() / (columns - 1);
        }
        double[] values = new double[columns * rows];
        double[] row = new double[columns];
        for (int r = 0; r < rows; r++) {
            surface.valueRow(xs, window.yMax() - r * window.height() / (rows - 1), row);
            System.arraycopy(row, 0, values, r * columns, columns);
        }
        return new GridSurface(window, columns, rows, values);
    }

    private static void requireNodes(int columns, int rows) {
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException(
                    "a grid needs at least 2 × 2 nodes, got columns " + columns + ", rows " + rows);
        }
    }

    public Window window() {
        return window;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** The node values, row-major, row 0 at yMax (a copy). */
    public double[] values() {
        return values.clone();
    }

    @Override
    public void valueRow(double[] xs, double y, double[] out) {
        double rowPosition = clamp((window.yMax() - y) / window.height() * (rows - 1), rows - 1);
        int top = Math.min((int) rowPosition, rows - 2);
        double down = rowPosition - top;
        int topStart = top * columns;
        int bottomStart = topStart + columns;
        double columnScale = (columns - 1) / window.width();
        for (int i = 0; i < xs.length; i++) {
            double columnPosition = clamp((xs[i] - window.xMin()) * columnScale, columns - 1);
            int left = Math.min((int) columnPosition, columns - 2);
            double across = columnPosition - left;
            double upper = lerp(values[topStart + left], values[topStart + left + 1], across);
            double lower = lerp(values[bottomStart + left], values[bottomStart + left + 1], across);
            out[i] = lerp(upper, lower, down);
        }
    }

    private static double clamp(double position, double last) {
        return position < 0 ? 0 : position > last ? last : position;
    }

    /** a at t = 0 exactly (even when b has no value, so a node next to a hole keeps its own value), b at t = 1. */
    private static double lerp(double a, double b, double t) {
        if (t == 0) {
            return a;
        }
        if (t == 1) {
            return b;
        }
        return a + t * (b - a);
    }

    @Override
    public String toString() {
        return "GridSurface[" + columns + " × " + rows + " over " + window + "]";
    }
}
