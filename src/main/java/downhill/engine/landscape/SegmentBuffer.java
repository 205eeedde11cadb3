package downhill.engine.landscape;

import java.util.Arrays;

/** A growable list of line segments (x0, y0, x1, y1) with the index of the level each belongs to. */
final class SegmentBuffer {

    private float[] coordinates;
    private int[] levels;
    private int size;

    SegmentBuffer(int initialCapacity) {
        coordinates = new float[4 * Math.max(16, initialCapacity)];
        levels = new int[Math.max(16, initialCapacity)];
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
