package downhill.engine.landscape;

import downhill.engine.function.Window;
import java.util.Objects;

/**
 * What to draw: a surface seen through a window at a pixel size, its colours, and how many contour levels.
 *
 * @param contourLevels levels evenly spaced in the scaled values between min and max (0: no contours)
 * @param contourArgb   the contour colour, non-premultiplied ARGB; its alpha is how strongly lines show
 */
public record RenderRequest(
        Surface surface,
        Window window,
        int width,
        int height,
        Colormap colormap,
        ColorScaling scaling,
        int contourLevels,
        int contourArgb) {

    /** The contour levels the view draws. */
    public static final int DEFAULT_CONTOUR_LEVELS = 20;

    /** White at 45 % opacity: visible on viridis's dark purple and on its yellow without hiding the colour. */
    public static final int DEFAULT_CONTOUR_ARGB = 0x73FFFFFF;

    /** The longest side, in pixels: an 8K screen fits, a typo does not allocate gigabytes. */
    public static final int MAX_SIDE = 16_384;

    /** The most pixels: each holds a double value and an int colour, 12 bytes. */
    public static final int MAX_PIXELS = 1 << 26;

    public static final int MAX_CONTOUR_LEVELS = 1000;

    public RenderRequest {
        Objects.requireNonNull(surface, "surface must not be null");
        Objects.requireNonNull(window, "window must not be null");
        Objects.requireNonNull(colormap, "colormap must not be null");
        Objects.requireNonNull(scaling, "scaling must not be null");
        requireIn("width", width, 1, MAX_SIDE);
        requireIn("height", height, 1, MAX_SIDE);
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("width × height must be at most " + MAX_PIXELS + " pixels, got " + width
                    + " × " + height + " = " + (long) width * height);
        }
        requireIn("contourLevels", contourLevels, 0, MAX_CONTOUR_LEVELS);
    }

    /** The view's defaults: viridis, linear colours, {@value #DEFAULT_CONTOUR_LEVELS} faint white contours. */
    public static RenderRequest of(Surface surface, Window window, int width, int height) {
        return new RenderRequest(
                surface,
                window,
                width,
                height,
                Colormap.standard(),
                ColorScaling.LINEAR,
                DEFAULT_CONTOUR_LEVELS,
                DEFAULT_CONTOUR_ARGB);
    }

    public RenderRequest withColormap(Colormap newColormap) {
        return new RenderRequest(surface, window, width, height, newColormap, scaling, contourLevels, contourArgb);
    }

    public RenderRequest withScaling(ColorScaling newScaling) {
        return new RenderRequest(surface, window, width, height, colormap, newScaling, contourLevels, contourArgb);
    }

    public RenderRequest withContourLevels(int levels) {
        return new RenderRequest(surface, window, width, height, colormap, scaling, levels, contourArgb);
    }

    public RenderRequest withSize(int newWidth, int newHeight) {
        return new RenderRequest(surface, window, newWidth, newHeight, colormap, scaling, contourLevels, contourArgb);
    }

    public RenderRequest withWindow(Window newWindow) {
        return new RenderRequest(surface, newWindow, width, height, colormap, scaling, contourLevels, contourArgb);
    }

    private static void requireIn(String name, int value, int low, int high) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(
                    name + " must be an integer in [" + low + ", " + high + "], got " + value);
        }
    }
}
