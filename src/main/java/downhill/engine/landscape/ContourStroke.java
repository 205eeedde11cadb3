package downhill.engine.landscape;

/**
 * Anti-aliased contour lines over a heatmap. A pixel's coverage by a segment falls off linearly with the
 * distance from its centre to the segment, clamp(R − d, 0, 1), which integrates to a line 2R − 1 =
 * {@value #WIDTH} px wide. Coverage is the maximum over segments, not a sum, so where a line's segments meet end
 * to end (every cell boundary) it is not drawn twice and shows no beads.
 */
final class ContourStroke {

    /** The stroke width in pixels. */
    static final double WIDTH = 1.25;

    /** Beyond this distance from a segment a pixel centre is untouched. */
    static final double REACH = (WIDTH + 1) / 2;

    /** Coverage 0–255 by squared distance, in steps over [0, REACH²) and 0 beyond: no square root per pixel. */
    private static final int[] COVERAGE;

    private static final int COVERAGE_STEPS = 1024;

    private static final double COVERAGE_STEPS_PER_UNIT = COVERAGE_STEPS / (REACH * REACH);

    static {
        COVERAGE = new int[COVERAGE_STEPS + 1];
        for (int i = 0; i < COVERAGE_STEPS; i++) {
            double distance = Math.sqrt((i + 0.5) / COVERAGE_STEPS_PER_UNIT);
            COVERAGE[i] = (int) Math.round(255 * Math.min(1, REACH - distance));
        }
    }

    private ContourStroke() {
    }

    /**
     * Raises {@code coverage} (0–255 per pixel of rows [rowFrom, rowTo), row-major from rowFrom) to the
     * coverage of each of the first {@code count} segments in {@code coordinates}, clipped to those rows.
     */
    static void cover(float[] coordinates, int count, int width, int rowFrom, int rowTo, byte[] coverage) {
        for (int s = 0; s < 4 * count; s += 4) {
            double x0 = coordinates[s];
            double y0 = coordinates[s + 1];
            double x1 = coordinates[s + 2];
            double y1 = coordinates[s + 3];
            // Pixel p's centre is p + ½: take those within REACH of the segment's bounding box.
            int rowLow = Math.max(rowFrom, ceiling(Math.min(y0, y1) - REACH - 0.5));
            int rowHigh = Math.min(rowTo - 1, floor(Math.max(y0, y1) + REACH - 0.5));
            int columnLow = Math.max(0, ceiling(Math.min(x0, x1) - REACH - 0.5));
            int columnHigh = Math.min(width - 1, floor(Math.max(x0, x1) + REACH - 0.5));
            double dx = x1 - x0;
            double dy = y1 - y0;
            double lengthSquared = dx * dx + dy * dy;
            double inverse = lengthSquared > 0 ? 1 / lengthSquared : 0;
            for (int row = rowLow; row <= rowHigh; row++) {
                double cy = row + 0.5 - y0;
                int base = (row - rowFrom) * width;
                for (int column = columnLow; column <= columnHigh; column++) {
                    double cx = column + 0.5 - x0;
                    double t = (cx * dx + cy * dy) * inverse;
                    t = t < 0 ? 0 : t > 1 ? 1 : t;
                    double ex = t * dx - cx;
                    double ey = t * dy - cy;
                    // Branch-free: whether a pixel is within reach is a coin toss the processor cannot predict.
                    int step = Math.min(COVERAGE_STEPS, (int) ((ex * ex + ey * ey) * COVERAGE_STEPS_PER_UNIT));
                    int at = base + column;
                    coverage[at] = (byte) Math.max(COVERAGE[step], coverage[at] & 0xFF);
                }
            }
        }
    }

    /** ⌊a⌋ for the small coordinates here (a > −16), without Math.floor's generality. */
    private static int floor(double a) {
        return (int) (a + 16) - 16;
    }

    /** ⌈a⌉ for a > −16 (an integer a may come out one more: that pixel is at the reach, coverage 0). */
    private static int ceiling(double a) {
        return floor(a) + 1;
    }

    /**
     * Blends {@code colour} (non-premultiplied ARGB) over the opaque pixels of rows [rowFrom, rowTo) in
     * proportion to its alpha times each pixel's coverage.
     */
    static void blend(byte[] coverage, int colour, int[] argb, int width, int rowFrom, int rowTo) {
        int alpha = colour >>> 24;
        int red = colour >>> 16 & 0xFF;
        int green = colour >>> 8 & 0xFF;
        int blue = colour & 0xFF;
        int offset = rowFrom * width;
        int pixels = (rowTo - rowFrom) * width;
        for (int p = 0; p < pixels; p++) {
            int c = coverage[p] & 0xFF;
            if (c != 0) {
                // Weights over 255 · 255 keep the arithmetic in integers.
                int weight = alpha * c;
                int keep = 65025 - weight;
                int under = argb[offset + p];
                int r = ((under >>> 16 & 0xFF) * keep + red * weight + 32512) / 65025;
                int g = ((under >>> 8 & 0xFF) * keep + green * weight + 32512) / 65025;
                int b = ((under & 0xFF) * keep + blue * weight + 32512) / 65025;
                argb[offset + p] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
    }
}
