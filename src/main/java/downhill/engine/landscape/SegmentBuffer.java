package downhill.engine.landscape;

import java.util.Arrays;

/**
 * A growable list of line segments (x0, y0, x1, y1) with the index of the level each belongs to, traced from
 * the cells of sample rows [firstRow, firstRow + rows), in row order, knowing where each row's segments start.
 */
final class SegmentBuffer {

    private final int firstRow;
    private final int[] rowStarts;
    private float[] coordinates;
    private int[] levels;
    private int size;

    SegmentBuffer(int firstRow, int rows, int initialCapacity) {
        this.firstRow = firstRow;
        this.rowStarts = new int[rows + 1];
        coordinates = new float[4 * Math.max(16, initialCapacity)];
        levels = new int[Math.max(16, initialCapacity)];
    }

    /** Marks that the segments added from now on come from cells of sample row {@code row}. */
    void startRow(int row) {
        rowStarts[row - firstRow] = size;
        rowStarts[row - firstRow + 1] = size;
    }

    /** The index of the first segment from row {@code row}, clamped to the rows held. */
    int firstOfRow(int row) {
        int at = Math.max(0, Math.min(rowStarts.length - 1, row - firstRow));
        return at == rowStarts.length - 1 ? size : rowStarts[at];
    }

    void add(float x0, float y0, float x1, float y1, int level) {
        if (size == levels.length) {
            coordinates = Arrays.copyOf(coordinates, 2 * coordinates.length);
            levels = Arrays.copyOf(levels, 2 * levels.length);
        }
        int at = 4 * size;
        coordinates[at] = x0;
        coordinates[at + 1] = y0;
        coordinates[at + 2] = x1;
        coordinates[at + 3] = y1;
        levels[size++] = level;
    }

    int size() {
        return size;
    }

    /** Segment k's coordinates are at [4k, 4k + 4); valid up to {@code 4 * size()}. */
    float[] coordinates() {
        return coordinates;
    }

    int level(int segment) {
        return levels[segment];
    }
}
