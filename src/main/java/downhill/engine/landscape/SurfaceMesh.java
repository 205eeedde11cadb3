package downhill.engine.landscape;

import downhill.engine.function.Window;

/**
 * A landscape as a height field for a 3-D view: a grid of vertices over a window whose heights are the colour
 * positions of the heatmap (so a log-scaled heatmap gives a log-scaled surface), with texture coordinates that lay
 * the heatmap over it.
 *
 * <p>Model coordinates: the window's centre at the origin, its longer side from −1 to 1, x to the right, y up the
 * plane, height along z from 0 (the image's minimum) to {@code heightScale} (its maximum). Arrays are laid out as
 * a triangle mesh wants them: {@code points} (x, y, z per vertex, row by row from the window's top edge),
 * {@code texCoords} (u, v per vertex, v = 0 at the top edge, as image rows count) and {@code faces} (two
 * triangles per grid cell, each corner as a vertex index and the same texture index).
 */
public record SurfaceMesh(
        Window window,
        int columns,
        int rows,
        float[] points,
        float[] texCoords,
        int[] faces,
        double heightScale,
        ColorScaling scaling,
        double min,
        double max) {

    /** The smallest grid that still looks like a surface. */
    public static final int MIN_SIDE = 2;

    /**
     * Samples {@code surface} on a {@code columns}×{@code rows} grid over {@code window}; heights in
     * {@code scaling} between {@code min} and {@code max} (the heatmap's range). Points without a value lie at 0.
     */
    public static SurfaceMesh build(
            Surface surface,
            Window window,
            int columns,
            int rows,
            ColorScaling scaling,
            double min,
            double max,
            double heightScale) {
        if (columns < MIN_SIDE || rows < MIN_SIDE) {
            throw new IllegalArgumentException(
                    "a surface mesh needs at least 2×2 vertices, got " + columns + "×" + rows);
        }
        float[] points = new float[columns * rows * 3];
        float[] texCoords = new float[columns * rows * 2];
        double[] xs = new double[columns];
        for (int i = 0; i < columns; i++) {
            xs[i] = window.xMin() + window.width() * i / (columns - 1);
        }
        double[] values = new double[columns];
        SurfaceMesh frame = new SurfaceMesh(
                window, columns, rows, new float[0], new float[0], new int[0], heightScale, scaling, min, max);
        for (int j = 0; j < rows; j++) {
            double y = window.yMax() - window.height() * j / (rows - 1);
            surface.valueRow(xs, y, values);
            for (int i = 0; i < columns; i++) {
                int vertex = j * columns + i;
                points[3 * vertex] = (float) frame.modelX(xs[i]);
                points[3 * vertex + 1] = (float) frame.modelY(y);
                points[3 * vertex + 2] = (float) frame.height(values[i]);
                texCoords[2 * vertex] = (float) i / (columns - 1);
                texCoords[2 * vertex + 1] = (float) j / (rows - 1);
            }
        }
        int[] faces = new int[(columns - 1) * (rows - 1) * 12];
        int f = 0;
        for (int j = 0; j < rows - 1; j++) {
            for (int i = 0; i < columns - 1; i++) {
                int topLeft = j * columns + i;
                int bottomLeft = topLeft + columns;
                for (int corner :
                        new int[] {topLeft, bottomLeft, topLeft + 1, topLeft + 1, bottomLeft, bottomLeft + 1}) {
                    faces[f++] = corner;
                    faces[f++] = corner;
                }
            }
        }
        return new SurfaceMesh(window, columns, rows, points, texCoords, faces, heightScale, scaling, min, max);
    }

    /** Half the longer side of the window: the model's unit length. */
    private double halfSpan() {
        return Math.max(window.width(), window.height()) / 2;
    }

    /** The model x of the plane's x. */
    public double modelX(double x) {
        return (x - (window.xMin() + window.xMax()) / 2) / halfSpan();
    }

    /** The model y of the plane's y. */
    public double modelY(double y) {
        return (y - (window.yMin() + window.yMax()) / 2) / halfSpan();
    }

    /** The model height of the value f: its colour position times the height scale, 0 where f has no value. */
    public double height(double f) {
        double position = scaling.position(f, min, max);
        return Double.isNaN(position) ? 0 : position * heightScale;
    }

    public int vertexCount() {
        return columns * rows;
    }

    public int faceCount() {
        return faces.length / 6;
    }
}
