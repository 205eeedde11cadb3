package downhill.render.draw;

/**
 * The colours and sizes a picture is drawn in: the window's theme and UI scale, or the light look of a picture file
 * scaled with its size. Sizes in the drawing code are written for 100 % and go through {@link #size} and
 * {@link #line}.
 *
 * @param scale      how many pixels one pixel at 100 % becomes
 * @param lineScale  how much thicker lines are than at 100 %
 * @param background around the plot
 * @param plot       the plot before its picture has arrived
 * @param text       labels, titles, legend names
 * @param muted      secondary text (statuses)
 * @param frame      the plot's frame and tick marks
 * @param box        legend and label boxes over the plot
 * @param boxBorder  their border
 * @param grid       a chart's grid lines
 * @param cursor     a chart's current-step line
 */
public record Look(
        double scale,
        double lineScale,
        int background,
        int plot,
        int text,
        int muted,
        int frame,
        int box,
        int boxBorder,
        int grid,
        int cursor) {

    /** The light theme at 100 %. */
    public static final Look LIGHT = new Look(
            1,
            1,
            0xFFFFFFFF,
            0xFFE5E7EB,
            0xFF1F2937,
            0xFF4B5563,
            0xFF6B7280,
            0xE0FFFFFF,
            0x40000000,
            0xFFE5E7EB,
            0xFF111827);

    /** The light look of a picture file whose type and lines are {@code unit} times those at 100 %. */
    public static Look picture(double unit) {
        return new Look(
                unit,
                unit,
                LIGHT.background,
                LIGHT.plot,
                LIGHT.text,
                LIGHT.muted,
                LIGHT.frame,
                LIGHT.box,
                LIGHT.boxBorder,
                LIGHT.grid,
                LIGHT.cursor);
    }

    /** The type and line scale for a picture of this size: the app's sizes at about 1000 × 700, never tiny. */
    public static double pictureUnit(int width, int height) {
        return Math.max(0.75, Math.min(width / 1000.0, height / 700.0));
    }

    /** A length given for 100 %. */
    public double size(double atHundredPercent) {
        return atHundredPercent * scale;
    }

    /** A line width given for 100 %. */
    public double line(double width) {
        return width * lineScale;
    }

    /** True when text and lines are light on a dark background. */
    public boolean dark() {
        return Argb.brightness(background) < 0.5;
    }
}
