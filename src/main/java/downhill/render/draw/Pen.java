package downhill.render.draw;

/**
 * The few drawing operations a picture of the app needs, in neither JavaFX's nor AWT's terms: the layers of a
 * landscape are written once against this and drawn by the window (over a {@code GraphicsContext}) and by the
 * picture files (over a {@code Graphics2D}) alike, so the two cannot drift apart. Colours are ARGB ints; lengths are
 * pixels of the surface; the pen keeps its colours, line and font until they are set again, like both toolkits.
 */
public interface Pen {

    /** Where text sits against its point: before, centred on or after it across; above, about or below it down. */
    enum Align {
        START,
        CENTER,
        END
    }

    /** The colour shapes and text are filled with. */
    void fill(int argb);

    /** A solid line of {@code width} with round caps and joins. */
    void stroke(int argb, double width);

    /** A dashed line (flat caps); {@code dashes} in surface pixels, empty for a solid line. */
    void stroke(int argb, double width, double[] dashes);

    /** The sans-serif type of the surface at {@code size} pixels. */
    void font(double size, boolean bold);

    /** A fixed-width type at {@code size} pixels, for numbers read in a column (a chart's readout). */
    void monospaced(double size);

    /** How wide {@code text} is in the current font. */
    double textWidth(String text);

    /** How tall a line of text is in the current font, from its top to its bottom. */
    double textHeight();

    void fillRect(double x, double y, double width, double height);

    void strokeRect(double x, double y, double width, double height);

    /** A rectangle with corners rounded by {@code arc} (the corner ellipse's diameter). */
    void fillRoundRect(double x, double y, double width, double height, double arc);

    void strokeRoundRect(double x, double y, double width, double height, double arc);

    void line(double x0, double y0, double x1, double y1);

    /** The first {@code count} points joined by lines. */
    void polyline(double[] xs, double[] ys, int count);

    void fillPolygon(double[] xs, double[] ys, int count);

    void strokePolygon(double[] xs, double[] ys, int count);

    void fillOval(double x, double y, double width, double height);

    void strokeOval(double x, double y, double width, double height);

    /** {@code text} in the fill colour, placed against (x, y) by the alignments. */
    void text(String text, double x, double y, Align across, Align down);

    /** The outline of {@code text} in the stroke colour and width: a halo under the same text filled. */
    void outlineText(String text, double x, double y, Align across, Align down);

    /**
     * A picture of {@code width}×{@code height} ARGB pixels, stretched over the rectangle, {@code smooth}ed (a
     * heatmap) or not (a map's flat cells). The pen may keep what it made of the same array, so an array must not
     * change once drawn.
     */
    void image(int[] argb, int width, int height, double x, double y, double w, double h, boolean smooth);

    /** Limits drawing to the rectangle until {@link #restore()}. */
    void clip(double x, double y, double width, double height);

    /** Remembers the clip, colours, line and font, for {@link #restore()}. */
    void save();

    void restore();
}
