package downhill.app.control;

import downhill.render.draw.Look;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * How the canvases draw their own text and lines: the colours of the current theme and the UI scale. Canvases do
 * not take part in CSS, so the presentation settings publish one of these in {@link #currentProperty()} and every
 * {@link CanvasRegion} redraws when it changes. Sizes in the drawing code are written for 100 % and go through
 * {@link #size}; colours never come from anywhere else, so text stays readable on a dark background.
 *
 * @param scale      the UI scale, 1 for 100 %
 * @param stroke     how much thicker frames, grid lines and curves are drawn (high contrast: 1.5)
 * @param background the canvas around the plot
 * @param plot       the plot area before a picture has arrived
 * @param text       axis labels, titles, legend names
 * @param muted      secondary text (axis names, statuses)
 * @param frame      the plot's frame and tick marks
 * @param grid       grid lines
 * @param box        legend and label boxes drawn over the plot
 * @param boxBorder  their border
 * @param cursor     the current-step line of the charts
 */
public record ChartStyle(
        double scale,
        double stroke,
        Color background,
        Color plot,
        Color text,
        Color muted,
        Color frame,
        Color grid,
        Color box,
        Color boxBorder,
        Color cursor) {

    public static final ChartStyle LIGHT = new ChartStyle(
            1,
            1,
            Color.WHITE,
            Color.web("#e5e7eb"),
            Color.web("#1f2937"),
            Color.web("#4b5563"),
            Color.web("#6b7280"),
            Color.web("#e5e7eb"),
            Color.rgb(255, 255, 255, 0.88),
            Color.rgb(0, 0, 0, 0.25),
            Color.web("#111827"));
    public static final ChartStyle DARK = new ChartStyle(
            1,
            1,
            Color.web("#0d1117"),
            Color.web("#21262d"),
            Color.web("#e6edf3"),
            Color.web("#a0aab4"),
            Color.web("#8b949e"),
            Color.web("#30363d"),
            Color.rgb(13, 17, 23, 0.86),
            Color.rgb(255, 255, 255, 0.3),
            Color.web("#f0f6fc"));
    public static final ChartStyle HIGH_CONTRAST = new ChartStyle(
            1,
            1.6,
            Color.BLACK,
            Color.web("#202020"),
            Color.WHITE,
            Color.WHITE,
            Color.WHITE,
            Color.web("#6b6b6b"),
            Color.rgb(0, 0, 0, 0.92),
            Color.WHITE,
            Color.web("#ffd400"));

    private static final ObjectProperty<ChartStyle> CURRENT = new SimpleObjectProperty<>(LIGHT);

    /** The style every canvas draws with; set on the FX thread. */
    public static ObjectProperty<ChartStyle> currentProperty() {
        return CURRENT;
    }

    public static ChartStyle current() {
        return CURRENT.get();
    }

    /**
     * Runs {@code action} after every change of style for as long as {@code owner} lives. The style is one for the
     * whole program: a plain listener would keep every view that ever listened (a window reloaded in another
     * language, a closed one) and call it on every change, so the owner holds the listener and the style only a weak
     * reference to it.
     */
    public static void onChange(Node owner, Runnable action) {
        // A change listener: an invalidation listener stays silent until somebody reads the new style.
        ChangeListener<ChartStyle> listener = (o, was, now) -> action.run();
        owner.getProperties().put(listener, Boolean.TRUE);
        CURRENT.addListener(new WeakChangeListener<>(listener));
    }

    public ChartStyle withScale(double uiScale) {
        return new ChartStyle(uiScale, stroke, background, plot, text, muted, frame, grid, box, boxBorder, cursor);
    }

    /** A length given for 100 %, at the current scale. */
    public double size(double atHundredPercent) {
        return atHundredPercent * scale;
    }

    /** A line width given for 100 % and the light theme. */
    public double line(double width) {
        return width * stroke * Math.max(1, Math.sqrt(scale));
    }

    public Font font(double sizeAtHundredPercent) {
        return Font.font("System", size(sizeAtHundredPercent));
    }

    public Font bold(double sizeAtHundredPercent) {
        return Font.font("System", FontWeight.BOLD, size(sizeAtHundredPercent));
    }

    /** These colours and sizes for drawing code written against a pen rather than a toolkit. */
    public Look look() {
        return new Look(
                scale,
                stroke * Math.max(1, Math.sqrt(scale)),
                argb(background),
                argb(plot),
                argb(text),
                argb(muted),
                argb(frame),
                argb(box),
                argb(boxBorder),
                argb(grid),
                argb(cursor));
    }

    /** A JavaFX colour as an ARGB int. */
    public static int argb(Color color) {
        return ((int) Math.round(color.getOpacity() * 255) << 24)
                | ((int) Math.round(color.getRed() * 255) << 16)
                | ((int) Math.round(color.getGreen() * 255) << 8)
                | (int) Math.round(color.getBlue() * 255);
    }

    /** True when text and lines are light on a dark background. */
    public boolean dark() {
        return background.getBrightness() < 0.5;
    }
}
