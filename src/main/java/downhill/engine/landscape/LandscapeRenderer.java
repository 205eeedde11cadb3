package downhill.engine.landscape;

import downhill.engine.function.Window;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Draws a {@link Surface} as a heatmap with contour lines: samples it at every pixel centre, colours the values
 * through a colour map, traces contours by marching squares and strokes them anti-aliased into the pixels.
 * <p>
 * Every stage works on bands of {@value #BAND_ROWS} rows; the parallel renderer hands the bands to the common
 * fork-join pool (the calling thread joins in, so two cores means two workers). No band's result depends on
 * which thread ran it or on how bands are grouped, so both renderers give identical pixels.
 */
public final class LandscapeRenderer {

    /** Small enough to balance two cores even when one band is slow, big enough to amortise scheduling. */
    static final int BAND_ROWS = 16;

    private static final LandscapeRenderer PARALLEL = new LandscapeRenderer(true);
    private static final LandscapeRenderer SEQUENTIAL = new LandscapeRenderer(false);

    private final boolean parallel;

    private LandscapeRenderer(boolean parallel) {
        this.parallel = parallel;
    }

    /** A renderer using all cores through {@link java.util.concurrent.ForkJoinPool#commonPool()}. */
    public static LandscapeRenderer parallel() {
        return PARALLEL;
    }

    /** A renderer doing all its work on the calling thread. */
    public static LandscapeRenderer sequential() {
        return SEQUENTIAL;
    }

    /** The picture {@code request} asks for. */
    public LandscapeImage render(RenderRequest request) {
        int width = request.width();
        int height = request.height();
        double[] values = new double[width * height];
        // The range is taken band by band as rows are sampled, while they are still in cache.
        double[][] bandRanges = sampleInto(values, request.surface(), request.window(), width, height);
        return paint(request, values, bandRanges);
    }

    /**
     * The picture {@code request} asks for with its colours spread over [min, max] whatever the values cover: for a
     * quantity with a natural range, such as a probability, where 0.4 to 0.6 must not look like 0 to 1. Values
     * beyond the range take the colour of its nearer end.
     */
    public LandscapeImage render(RenderRequest request, double min, double max) {
        if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("a colour range needs finite min < max, got " + min + ", " + max);
        }
        double[] values = sample(request.surface(), request.window(), request.width(), request.height());
        double[][] bandRanges = new double[2][bandCount(request.height())];
        Arrays.fill(bandRanges[0], min);
        Arrays.fill(bandRanges[1], max);
        return paint(request, values, bandRanges);
    }

    /**
     * The surface at every pixel centre of a {@code width × height} image of {@code window}, row-major, row 0 at
     * the top (yMax): the first stage of {@link #render}, and what {@link #recolour} takes.
     */
    public double[] sample(Surface surface, Window window, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image needs at least one pixel, got " + width + " × " + height);
        }
        double[] values = new double[width * height];
        sampleInto(values, surface, window, width, height);
        return values;
    }

    /**
     * The picture {@code request} asks for, from {@code values} already sampled for its window and size (by
     * {@link #sample}): a change of colour map, scaling or contours needs no new evaluation of the surface.
     */
    public LandscapeImage recolour(RenderRequest request, double[] values) {
        int width = request.width();
        int height = request.height();
        if (values.length != width * height) {
            throw new IllegalArgumentException(
                    "values must hold width × height = " + width * height + " numbers, got " + values.length);
        }
        double[][] bandRanges = new double[2][bandCount(height)];
        forEachBand(height, (from, to) -> bandRange(values, from * width, to * width, bandRanges, from / BAND_ROWS));
        return paint(request, values, bandRanges);
    }

    /** Samples into {@code values}; returns each band's least and greatest finite value. */
    private double[][] sampleInto(double[] values, Surface surface, Window window, int width, int height) {
        double[] xs = new double[width];
        for (int i = 0; i < width; i++) {
            xs[i] = window.xMin() + (i + 0.5) * window.width() / width;
        }
        double[][] bandRanges = new double[2][bandCount(height)];
        forEachBand(height, (from, to) -> {
            double[] row = new double[width];
            double[] columns = xs.clone(); // a surface cannot disturb another band's row through a shared array
            for (int j = from; j < to; j++) {
                surface.valueRow(columns, window.yMax() - (j + 0.5) * window.height() / height, row);
                System.arraycopy(row, 0, values, j * width, width);
            }
            bandRange(values, from * width, to * width, bandRanges, from / BAND_ROWS);
        });
        return bandRanges;
    }

    /** Stores the least and greatest finite value of pixels [from, to) in bandRanges[0][band], [1][band]. */
    private static void bandRange(double[] values, int from, int to, double[][] bandRanges, int band) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int p = from; p < to; p++) {
            double v = values[p];
            if (v - v == 0) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        bandRanges[0][band] = low;
        bandRanges[1][band] = high;
    }

    /** Colours, traces and strokes: everything after sampling. */
    private LandscapeImage paint(RenderRequest request, double[] values, double[][] bandRanges) {
        int width = request.width();
        int height = request.height();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int b = 0; b < bandRanges[0].length; b++) {
            min = Math.min(min, bandRanges[0][b]);
            max = Math.max(max, bandRanges[1][b]);
        }
        if (min > max) {
            min = Double.NaN;
            max = Double.NaN;
        }
        double[] levels = levels(request.scaling(), min, max, request.contourLevels());
        int bands = bandCount(height);
        SegmentBuffer[] segments = new SegmentBuffer[bands];
        if (levels.length > 0) {
            forEachBand(height, (from, to) -> {
                int cellRows = Math.min(to, height - 1) - from;
                SegmentBuffer buffer = new SegmentBuffer(from, Math.max(0, cellRows), 4 * width);
                Contours.traceRows(values, width, from, from + cellRows, levels, buffer);
                segments[from / BAND_ROWS] = buffer;
            });
        }
        int[] argb = new int[width * height];
        ThresholdIndex colourIndex = colourSteps(request.scaling(), min, max);
        int[] table = request.colormap().table();
        forEachBand(height, (from, to) -> {
            colour(values, argb, from * width, to * width, table, colourIndex);
            if (levels.length > 0) {
                byte[] coverage = new byte[(to - from) * width];
                int band = from / BAND_ROWS;
                // A segment between sample rows j and j + 1 touches rows j − 1 … j + 2 at most (REACH < 1.5):
                // this band's rows take segments from rows from − 2 … to of this band and its neighbours.
                for (int b = Math.max(0, band - 1); b <= Math.min(bands - 1, band + 1); b++) {
                    SegmentBuffer near = segments[b];
                    ContourStroke.cover(
                            near.coordinates(),
                            near.firstOfRow(from - 2),
                            near.firstOfRow(to + 1),
                            width,
                            from,
                            to,
                            coverage);
                }
                ContourStroke.blend(coverage, request.contourArgb(), argb, width, from, to);
            }
        });
        return new LandscapeImage(
                width, height, argb, values, min, max, levels, request.scaling(), request.colormap(), request.window());
    }

    /**
     * {@code count} levels evenly spaced in the scaled values strictly between min and max, in f units:
     * s_k = s(min) + k·(s(max) − s(min))/(count + 1) for k = 1 … count. None for an empty or missing range.
     */
    static double[] levels(ColorScaling scaling, double min, double max, int count) {
        if (count == 0 || !(max > min)) {
            return new double[0];
        }
        double low = scaling.scaled(min, min, max);
        double high = scaling.scaled(max, min, max);
        double[] levels = new double[count];
        for (int k = 1; k <= count; k++) {
            levels[k - 1] = scaling.unscaled(low + k * (high - low) / (count + 1), min, max);
        }
        return levels;
    }

    /**
     * Colours pixels [from, to): table entry k for values whose position along the colour bar is within half a
     * step of k/255, or the no-value grey.
     */
    private static void colour(double[] values, int[] argb, int from, int to, int[] table, ThresholdIndex index) {
        for (int p = from; p < to; p++) {
            double v = values[p];
            argb[p] = v - v == 0 ? table[index.of(v)] : Colormap.NO_VALUE_ARGB;
        }
    }

    /** Where the colour index steps up: the values at positions (k − ½)/255 for k = 1 … 255 (none if no range). */
    static ThresholdIndex colourSteps(ColorScaling scaling, double min, double max) {
        if (!(max > min)) {
            return ThresholdIndex.linear(new double[0], 0, 0);
        }
        int last = Colormap.SIZE - 1;
        double low = scaling.scaled(min, min, max);
        double high = scaling.scaled(max, min, max);
        double[] steps = new double[last];
        for (int k = 1; k <= last; k++) {
            steps[k - 1] = scaling.unscaled(low + (k - 0.5) / last * (high - low), min, max);
        }
        return scaling == ColorScaling.LOG
                ? ThresholdIndex.logarithmic(steps, min, max, ColorScaling.logOffset(min, max))
                : ThresholdIndex.linear(steps, min, max);
    }

    /** A stage's work on rows [from, to). */
    @FunctionalInterface
    private interface Band {
        void rows(int from, int to);
    }

    private static int bandCount(int height) {
        return (height + BAND_ROWS - 1) / BAND_ROWS;
    }

    private void forEachBand(int height, Band band) {
        IntStream bands = IntStream.range(0, bandCount(height));
        (parallel ? bands.parallel() : bands)
                .forEach(b -> band.rows(b * BAND_ROWS, Math.min(height, (b + 1) * BAND_ROWS)));
    }
}
