package downhill.engine.landscape;

import java.util.Arrays;

/**
 * Contour lines of a sampled field by marching squares.
 * <p>
 * Coordinates are those of the image the samples are the pixels of: sample (column i, row j) is at the pixel
 * centre (i + ½, j + ½), y grows downward, so segments can be stroked straight over the image. A corner counts
 * as above a level when its value is greater; a cell whose corners straddle the level both ways across its
 * diagonals (a saddle) is resolved by the average of its four corners. Cells with a non-finite corner have no
 * contours. Neighbouring cells compute a shared edge's crossing from the same two numbers in the same order,
 * so a contour's segments meet end to end exactly.
 */
public final class Contours {

    private Contours() {}

    /**
     * The segments of each level: element k holds level k's segments as x0, y0, x1, y1, x0, y0, … in pixel
     * coordinates (see above); empty for a level outside the values' range.
     *
     * @param values row-major, {@code width × height}
     * @param levels in any order; NaN is not a level
     */
    public static float[][] trace(double[] values, int width, int height, double[] levels) {
        if (width < 1 || height < 1 || values.length != (long) width * height) {
            throw new IllegalArgumentException(
                    "values must hold width × height numbers, got " + values.length + " for " + width + " × " + height);
        }
        Integer[] order = new Integer[levels.length];
        for (int k = 0; k < levels.length; k++) {
            if (Double.isNaN(levels[k])) {
                throw new IllegalArgumentException("levels must be numbers, got NaN at index " + k);
            }
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(levels[a], levels[b]));
        double[] sorted = new double[levels.length];
        for (int k = 0; k < levels.length; k++) {
            sorted[k] = levels[order[k]];
        }
        SegmentBuffer buffer = new SegmentBuffer(0, height - 1, 1024);
        traceRows(values, width, 0, height - 1, sorted, buffer);

        int[] counts = new int[levels.length];
        for (int s = 0; s < buffer.size(); s++) {
            counts[order[buffer.level(s)]]++;
        }
        float[][] byLevel = new float[levels.length][];
        for (int k = 0; k < levels.length; k++) {
            byLevel[k] = new float[4 * counts[k]];
        }
        int[] filled = new int[levels.length];
        float[] coordinates = buffer.coordinates();
        for (int s = 0; s < buffer.size(); s++) {
            int k = order[buffer.level(s)];
            System.arraycopy(coordinates, 4 * s, byLevel[k], filled[k], 4);
            filled[k] += 4;
        }
        return byLevel;
    }

    /**
     * Appends to {@code out} the segments of the cells between sample rows j and j + 1 for j in
     * [rowFrom, rowTo), each tagged with its index into {@code levels}, which must be ascending.
     * Per cell: the corners' min and max, then only the levels in [min, max) — found from the previous cell's
     * answer or by binary search — so the common cell with no crossing costs a few comparisons.
     */
    static void traceRows(double[] values, int width, int rowFrom, int rowTo, double[] levels, SegmentBuffer out) {
        int count = levels.length;
        if (count == 0) {
            return;
        }
        int first = 0;
        for (int j = rowFrom; j < rowTo; j++) {
            out.startRow(j);
            int top = j * width;
            int bottom = top + width;
            double topLeft = values[top];
            double bottomLeft = values[bottom];
            for (int i = 0; i + 1 < width; i++) {
                double topRight = values[top + i + 1];
                double bottomRight = values[bottom + i + 1];
                // x − x is 0 for a finite x and NaN otherwise: one test for all four corners.
                if ((topLeft - topLeft)
                                + (topRight - topRight)
                                + (bottomLeft - bottomLeft)
                                + (bottomRight - bottomRight)
                        == 0) {
                    double low = Math.min(Math.min(topLeft, topRight), Math.min(bottomLeft, bottomRight));
                    double high = Math.max(Math.max(topLeft, topRight), Math.max(bottomLeft, bottomRight));
                    first = firstAtLeast(levels, low, first);
                    for (int k = first; k < count && levels[k] < high; k++) {
                        cell(i, j, topLeft, topRight, bottomRight, bottomLeft, levels[k], k, out);
                    }
                }
                topLeft = topRight;
                bottomLeft = bottomRight;
            }
        }
    }

    /**
     * The index of the first level ≥ value (the count if none), looked for next to {@code hint}, the previous
     * cell's answer, before a binary search: neighbouring cells mostly share it or are one level apart.
     */
    private static int firstAtLeast(double[] sorted, double value, int hint) {
        int count = sorted.length;
        if (hint < count && sorted[hint] < value) {
            boolean next = hint + 1 == count || sorted[hint + 1] >= value;
            return next ? hint + 1 : binarySearch(sorted, value, hint + 2, count);
        }
        if (hint > 0 && sorted[hint - 1] >= value) {
            boolean previous = hint == 1 || sorted[hint - 2] < value;
            return previous ? hint - 1 : binarySearch(sorted, value, 0, hint - 1);
        }
        return hint;
    }

    /** The first index in [low, high) whose level is ≥ value, or high. */
    private static int binarySearch(double[] sorted, double value, int low, int high) {
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The one or two segments of {@code level} in cell (i, j), whose corners straddle it. */
    private static void cell(
            int i,
            int j,
            double topLeft,
            double topRight,
            double bottomRight,
            double bottomLeft,
            double level,
            int index,
            SegmentBuffer out) {
        int code = (topLeft > level ? 8 : 0)
                | (topRight > level ? 4 : 0)
                | (bottomRight > level ? 2 : 0)
                | (bottomLeft > level ? 1 : 0);
        float left = (float) i + 0.5f;
        float right = left + 1;
        float upper = (float) j + 0.5f;
        float lower = upper + 1;
        switch (code) {
            case 1, 14 ->
                out.add(
                        left,
                        along(upper, topLeft, bottomLeft, level),
                        along(left, bottomLeft, bottomRight, level),
                        lower,
                        index);
            case 2, 13 ->
                out.add(
                        along(left, bottomLeft, bottomRight, level),
                        lower,
                        right,
                        along(upper, topRight, bottomRight, level),
                        index);
            case 3, 12 ->
                out.add(
                        left,
                        along(upper, topLeft, bottomLeft, level),
                        right,
                        along(upper, topRight, bottomRight, level),
                        index);
            case 4, 11 ->
                out.add(
                        along(left, topLeft, topRight, level),
                        upper,
                        right,
                        along(upper, topRight, bottomRight, level),
                        index);
            case 6, 9 ->
                out.add(
                        along(left, topLeft, topRight, level),
                        upper,
                        along(left, bottomLeft, bottomRight, level),
                        lower,
                        index);
            case 7, 8 ->
                out.add(
                        along(left, topLeft, topRight, level),
                        upper,
                        left,
                        along(upper, topLeft, bottomLeft, level),
                        index);
            case 5, 10 ->
                saddle(code, left, right, upper, lower, topLeft, topRight, bottomRight, bottomLeft, level, index, out);
            default -> throw new AssertionError("cell without a crossing: " + code);
        }
    }

    /**
     * Two diagonal corners above, two below: the centre's average decides which pair the contour separates.
     * If the centre is on the side of the above-corners, they connect through it and the lines cut off the two
     * below-corners; else the other way round.
     */
    private static void saddle(
            int code,
            float left,
            float right,
            float upper,
            float lower,
            double topLeft,
            double topRight,
            double bottomRight,
            double bottomLeft,
            double level,
            int index,
            SegmentBuffer out) {
        boolean centreAbove = (topLeft + topRight + bottomRight + bottomLeft) / 4 > level;
        float top = along(left, topLeft, topRight, level);
        float bottom = along(left, bottomLeft, bottomRight, level);
        float leftSide = along(upper, topLeft, bottomLeft, level);
        float rightSide = along(upper, topRight, bottomRight, level);
        boolean cutTopLeftAndBottomRight = (code == 10) != centreAbove;
        if (cutTopLeftAndBottomRight) {
            out.add(top, upper, left, leftSide, index);
            out.add(bottom, lower, right, rightSide, index);
        } else {
            out.add(top, upper, right, rightSide, index);
            out.add(left, leftSide, bottom, lower, index);
        }
    }

    /** Where {@code level} crosses the edge from a (at {@code start}) to b (at start + 1): a ≠ b on either side. */
    private static float along(float start, double a, double b, double level) {
        return start + (float) ((level - a) / (b - a));
    }
}
