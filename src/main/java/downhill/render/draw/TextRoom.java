package downhill.render.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The text one picture draws in a frame, with its boxes: a tick label that would touch a label already drawn is left
 * out (so crowded axes thin themselves at any scale), a title too wide for its room is drawn smaller, and the boxes
 * are what the window's layout report checks.
 */
public final class TextRoom {

    /** Room kept free around a label drawn only where it is free, in pixels. */
    private static final double GAP = 3;
    /** The least a fitted title shrinks to, as a share of its size. */
    private static final double SMALLEST = 0.6;

    /** One piece of text and the box it takes. */
    public record Box(String text, double x, double y, double width, double height) {
        /** Whether this box and the rectangle overlap. */
        public boolean touches(double left, double top, double w, double h) {
            return left < x + width && x < left + w && top < y + height && y < top + h;
        }
    }

    private final List<Box> boxes = new ArrayList<>();

    /** Forgets the last frame's text: call when a frame starts. */
    public void clear() {
        boxes.clear();
    }

    public List<Box> boxes() {
        return List.copyOf(boxes);
    }

    /** Draws {@code text} as {@link Pen#text} does and remembers its box. */
    public void text(Pen pen, String text, double x, double y, Pen.Align across, Pen.Align down) {
        if (text == null || text.isEmpty()) {
            return;
        }
        pen.text(text, x, y, across, down);
        boxes.add(boxOf(pen, text, x, y, across, down));
    }

    /** Draws a label only where it keeps clear of every label drawn so far in this frame; returns whether it did. */
    public boolean textIfFree(Pen pen, String text, double x, double y, Pen.Align across, Pen.Align down) {
        Box box = boxOf(pen, text, x, y, across, down);
        for (Box placed : boxes) {
            if (placed.touches(box.x() - GAP, box.y() - GAP / 2, box.width() + 2 * GAP, box.height() + GAP)) {
                return false;
            }
        }
        text(pen, text, x, y, across, down);
        return true;
    }

    /**
     * Draws a title from its top left in a font of {@code size}, made smaller (down to {@value #SMALLEST} of it) when
     * it would run past {@code maxWidth}: a narrow panel shows its whole title rather than a cut one.
     */
    public void fitted(Pen pen, String text, double x, double y, double maxWidth, double size, boolean bold) {
        pen.font(size, bold);
        double width = pen.textWidth(text);
        if (width > maxWidth && width > 0) {
            pen.font(size * Math.max(SMALLEST, maxWidth / width), bold);
        }
        text(pen, text, x, y, Pen.Align.START, Pen.Align.START);
        pen.font(size, bold);
    }

    /**
     * Greedy word wrap of {@code text} into lines at most {@code width} wide in the pen's font; a longer word breaks
     * with a hyphen (German compounds in a narrow panel) rather than running off the edge.
     */
    public static List<String> wrap(Pen pen, String text, double width) {
        return wrap(pen::textWidth, text, width);
    }

    /** As {@link #wrap(Pen, String, double)}, measuring with {@code widthOf}. */
    public static List<String> wrap(ToDoubleFunction<String> widthOf, String text, double width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && widthOf.applyAsDouble(candidate) > width) {
                lines.add(line.toString());
                line.setLength(0);
                candidate = word;
            }
            while (widthOf.applyAsDouble(candidate) > width && candidate.length() > 2) {
                int fits = candidate.length() - 1;
                while (fits > 1 && widthOf.applyAsDouble(candidate.substring(0, fits) + "-") > width) {
                    fits--;
                }
                lines.add(candidate.substring(0, fits) + "-");
                candidate = candidate.substring(fits);
            }
            line.setLength(0);
            line.append(candidate);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static Box boxOf(Pen pen, String text, double x, double y, Pen.Align across, Pen.Align down) {
        double w = pen.textWidth(text);
        double h = pen.textHeight();
        double left = switch (across) {
            case START -> x;
            case CENTER -> x - w / 2;
            case END -> x - w;
        };
        double top = switch (down) {
            case START -> y;
            case CENTER -> y - h / 2;
            case END -> y - h;
        };
        return new Box(text, left, top, w, h);
    }
}
