package downhill.engine.landscape;

import downhill.engine.function.Window;

/**
 * A rendered landscape: the heatmap with its contour lines drawn in, and the sampled values behind it.
 * <p>
 * Pixel (column i, row j) is the sample at the pixel's centre, x = xMin + (i + ½)·Δx and y = yMax − (j + ½)·Δy:
 * row 0 is the TOP of the image (yMax), as screens and image files count rows. {@code argb} and {@code values}
 * are row-major in that order; they are shared, not copied, so callers must not modify them.
 *
 * @param argb   opaque non-premultiplied ARGB pixels, contours included
 * @param values f at each pixel centre, NaN or ±∞ where f has no value
 * @param min    the least finite value (NaN when there is none)
 * @param max    the greatest finite value (NaN when there is none)
 * @param levels the contour levels in f units, ascending
 */
public record LandscapeImage(
        int width,
        int height,
        int[] argb,
        double[] values,
        double min,
        double max,
        double[] levels,
        ColorScaling scaling,
        Colormap colormap,
        Window window) {

    /** Where {@code f} sits along the colour bar: 0 at min, 1 at max, in this image's scaling; clamped. */
    public double colorPosition(double f) {
        return scaling.position(f, min, max);
    }

    /** The value at the pixel whose centre is nearest (x, y); NaN outside the window. */
    public double valueAt(double x, double y) {
        if (!window.contains(x, y)) {
            return Double.NaN;
        }
        int column = Math.min(width - 1, (int) ((x - window.xMin()) / window.width() * width));
        int row = Math.min(height - 1, (int) ((window.yMax() - y) / window.height() * height));
        return values[row * width + column];
    }

    /** Whether any sample had a finite value (else the image is all {@link Colormap#NO_VALUE_ARGB}). */
    public boolean hasValues() {
        return !Double.isNaN(min);
    }
}
