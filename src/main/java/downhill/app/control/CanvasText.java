package downhill.app.control;

import downhill.render.draw.TextRoom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The text one canvas draws in a frame, with its boxes: tick labels that would touch a label already drawn are left
 * out (so crowded axes thin themselves at any UI scale), and the boxes are what {@link TextBoxes} reports.
 */
public final class CanvasText {

    /** Room kept free around a tick label, in pixels. */
    private static final double GAP = 3;
    /** The least a fitted title shrinks to, as a share of its size. */
    private static final double SMALLEST = 0.6;

    private final Text probe = new Text();
    private final List<TextBoxes.TextBox> boxes = new ArrayList<>();

    public CanvasText() {
        probe.setTextOrigin(VPos.TOP);
    }

    /** Forgets the last frame's text: call when a frame starts. */
    public void clear() {
        boxes.clear();
    }

    public List<TextBoxes.TextBox> boxes() {
        return List.copyOf(boxes);
    }

    /** Remembers text drawn elsewhere (e.g. a shared axis) as if drawn here: later labels keep clear of it. */
    public void remember(String text, Bounds box) {
        boxes.add(new TextBoxes.TextBox(text, box));
    }

    /** Draws {@code text} as {@link GraphicsContext#fillText} would and remembers its box. */
    public void fill(GraphicsContext g, String text, double x, double y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        g.fillText(text, x, y);
        boxes.add(new TextBoxes.TextBox(text, boxOf(g, text, x, y)));
    }

    /**
     * Draws a title in the context's font, made smaller (down to {@value #SMALLEST} of its size) when it would
     * run past {@code maxWidth}: a narrow chart shows its whole title rather than a cut one.
     */
    public void fillFitted(GraphicsContext g, String text, double x, double y, double maxWidth) {
        Font font = g.getFont();
        double width = boxOf(g, text, x, y).getWidth();
        if (width > maxWidth && width > 0) {
            double size = font.getSize() * Math.max(SMALLEST, maxWidth / width);
            g.setFont(Font.font(font.getFamily(), fontWeight(font), size));
        }
        fill(g, text, x, y);
        g.setFont(font);
    }

    /** {@code text} broken at spaces into lines no wider than {@code maxWidth} in the context's font. */
    public List<String> wrap(GraphicsContext g, String text, double maxWidth) {
        Font font = g.getFont();
        return TextRoom.wrap(line -> SeriesChart.textWidth(line, font), text, maxWidth);
    }

    private static FontWeight fontWeight(Font font) {
        return font.getStyle().toLowerCase(Locale.ROOT).contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL;
    }

    /**
     * Draws a label only where it keeps clear of every label drawn so far in this frame; returns whether it did.
     */
    public boolean fillIfFree(GraphicsContext g, String text, double x, double y) {
        Bounds box = boxOf(g, text, x, y);
        BoundingBox padded = new BoundingBox(
                box.getMinX() - GAP, box.getMinY() - GAP / 2, box.getWidth() + 2 * GAP, box.getHeight() + GAP);
        for (TextBoxes.TextBox placed : boxes) {
            if (placed.bounds().intersects(padded)) {
                return false;
            }
        }
        fill(g, text, x, y);
        return true;
    }

    /** The box {@code text} takes when drawn at (x, y) with the context's font, alignment and baseline. */
    public Bounds boxOf(GraphicsContext g, String text, double x, double y) {
        probe.setFont(g.getFont());
        probe.setText(text);
        double w = probe.getLayoutBounds().getWidth();
        double h = probe.getLayoutBounds().getHeight();
        TextAlignment align = g.getTextAlign();
        double left = switch (align) {
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
            default -> x;
        };
        double top = switch (g.getTextBaseline()) {
            case TOP -> y;
            case CENTER -> y - h / 2;
            case BOTTOM -> y - h;
            default -> y - probe.getBaselineOffset();
        };
        return new BoundingBox(left, top, w, h);
    }
}
