package downhill.engine.landscape;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

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

    private static final int EIGHT = Long.BYTES;

    /** Eight coverage bytes read as one long. */
    private static final VarHandle EIGHT_BYTES =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private ContourStroke() {}

    /**
     * Raises {@code coverage} (0–255 per pixel of rows [rowFrom, rowTo), row-major from rowFrom) to the
     * coverage of segments [first, end) in {@code coordinates}, clipped to those rows.
     */
    static void cover(float[] coordinates, int first, int end, int width, int rowFrom, int rowTo, byte[] coverage) {
        for (int s = 4 * first; s < 4 * end; s += 4) {
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
            // t, where the pixel centre projects onto the segment (0 at its start, 1 at its end), grows by a
            // constant from one column to the next.
            double tPerColumn = dx * inverse;
            double firstCx = columnLow + 0.5 - x0;
            for (int row = rowLow; row <= rowHigh; row++) {
                double cy = row + 0.5 - y0;
                int base = (row - rowFrom) * width;
                double cx = firstCx;
                double along = (cx * dx + cy * dy) * inverse;
                for (int column = columnLow; column <= columnHigh; column++, cx += 1, along += tPerColumn) {
                    double t = along < 0 ? 0 : along > 1 ? 1 : along;
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
        int red = colour >>> 16 & 0xFF;
        int green = colour >>> 8 & 0xFF;
        int blue = colour & 0xFF;
        // The line's weight in 256ths for each coverage: alpha · coverage / 255², rounded.
        int[] weights = new int[256];
        for (int c = 0; c < 256; c++) {
            weights[c] = ((colour >>> 24) * c * 256 + 32512) / 65025;
        }
        int offset = rowFrom * width;
        int pixels = (rowTo - rowFrom) * width;
        int p = 0;
        // Eight pixels at a time: most groups of a sparse picture have no line and are skipped in one test;
        // within a group the blend is branch-free (weight 0 leaves a pixel as it was).
        for (; p + EIGHT <= pixels; p += EIGHT) {
            if ((long) EIGHT_BYTES.get(coverage, p) != 0) {
                for (int q = p; q < p + EIGHT; q++) {
                    argb[offset + q] = over(argb[offset + q], weights[coverage[q] & 0xFF], red, green, blue);
                }
            }
        }
        for (; p < pixels; p++) {
            argb[offset + p] = over(argb[offset + p], weights[coverage[p] & 0xFF], red, green, blue);
        }
    }

    /** {@code (red, green, blue)} over the opaque {@code under} with {@code weight} in 256ths. */
    private static int over(int under, int weight, int red, int green, int blue) {
        int keep = 256 - weight;
        int r = ((under >>> 16 & 0xFF) * keep + red * weight + 128) >>> 8;
        int g = ((under >>> 8 & 0xFF) * keep + green * weight + 128) >>> 8;
        int b = ((under & 0xFF) * keep + blue * weight + 128) >>> 8;
        return 0xFF000000 | r << 16 | g << 8 | b;
    }
}
