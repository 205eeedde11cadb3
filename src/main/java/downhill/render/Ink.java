package downhill.render;

import downhill.engine.run.Outcome;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * The pictures' shared drawing: the app's text colours and type, sized by a unit so that a picture twice as large
 * has type twice as large, and text placed by its alignment as the app's canvas places it.
 */
final class Ink {

    static final Color TEXT = new Color(0x1f2937);
    static final Color MUTED = new Color(0x4b5563);
    static final Color FRAME = new Color(0x6b7280);
    static final Color DIVERGED = new Color(Colors.outcomeRgb(Outcome.Status.DIVERGED));
    static final Color PANEL = new Color(255, 255, 255, 224);
    static final Color PANEL_EDGE = new Color(0, 0, 0, 64);

    enum Align {
        START,
        CENTER,
        END
    }

    private final Graphics2D g;
    private final double unit;

    private Ink(Graphics2D g, double unit) {
        this.g = g;
        this.unit = unit;
    }

    /**
     * A white picture of {@code width × height} with anti-aliased drawing.
     *
     * @param unit how many pixels one of the app's pixels becomes: 1 at about 1000 × 700
     */
    static Ink on(BufferedImage image, double unit) {
        Graphics2D g = AwtPen.on(image).graphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return new Ink(g, unit);
    }

    /** The type and line scale for a picture of this size: the app's sizes at about 1000 × 700, never tiny. */
    static double unitFor(int width, int height) {
        return Math.max(0.75, Math.min(width / 1000.0, height / 700.0));
    }

    Graphics2D graphics() {
        return g;
    }

    double unit() {
        return unit;
    }

    /** {@code size} app pixels in picture pixels. */
    double px(double size) {
        return size * unit;
    }

    Font font(double size, boolean bold) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 12).deriveFont((float) px(size));
    }

    double width(String text, Font font) {
        return g.getFontMetrics(font).getStringBounds(text, g).getWidth();
    }

    /** Draws {@code text} aligned at (x, y) as the canvas's TextAlignment and VPos align it. */
    void text(String text, double x, double y, Font font, Color color, Align horizontal, Align vertical) {
        g.setFont(font);
        g.setColor(color);
        FontMetrics metrics = g.getFontMetrics(font);
        double width = metrics.getStringBounds(text, g).getWidth();
        double left = switch (horizontal) {
            case START -> x;
            case CENTER -> x - width / 2;
            case END -> x - width;
        };
        double baseline = switch (vertical) {
            case START -> y + metrics.getAscent();
            case CENTER -> y + (metrics.getAscent() - metrics.getDescent()) / 2.0;
            case END -> y - metrics.getDescent();
        };
        g.drawString(text, (float) left, (float) baseline);
    }

    void stroke(Color color, double width) {
        g.setColor(color);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    /** A dashed stroke; {@code dashes} in pixels at 100 % (empty: solid). */
    void stroke(Color color, double width, double[] dashes) {
        if (dashes.length == 0) {
            stroke(color, width);
            return;
        }
        float[] scaled = new float[dashes.length];
        for (int i = 0; i < dashes.length; i++) {
            scaled[i] = (float) px(dashes[i]);
        }
        g.setColor(color);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, scaled, 0f));
    }

    /** An optimizer's marker of radius {@code r}, filled and outlined. */
    void marker(Colors.Marker marker, double x, double y, double r, Color fill, Color edge, double edgeWidth) {
        double[][] corners = marker.polygon(x, y, r);
        Shape shape;
        if (corners == null) {
            shape = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        } else {
            Path2D.Double polygon = new Path2D.Double();
            polygon.moveTo(corners[0][0], corners[1][0]);
            for (int i = 1; i < corners[0].length; i++) {
                polygon.lineTo(corners[0][i], corners[1][i]);
            }
            polygon.closePath();
            shape = polygon;
        }
        g.setColor(fill);
        g.fill(shape);
        stroke(edge, edgeWidth);
        g.draw(shape);
    }

    void line(double x0, double y0, double x1, double y1) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x0, y0);
        path.lineTo(x1, y1);
        g.draw(path);
    }

    /** A rounded box of translucent white with a faint edge, behind a legend or a note. */
    void panel(double x, double y, double width, double height) {
        RoundRectangle2D.Double box = new RoundRectangle2D.Double(x, y, width, height, px(10), px(10));
        g.setColor(PANEL);
        g.fill(box);
        stroke(PANEL_EDGE, 1);
        g.draw(box);
    }

    /** The plot's frame: a one-pixel grey rectangle just outside it. */
    void frame(double left, double top, double width, double height) {
        g.setColor(FRAME);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(left - 0.5, top - 0.5, width + 1, height + 1));
    }

    /** A tick mark below the plot at x with its label under it. */
    void xTick(double x, double bottom, String label, Font font) {
        stroke(FRAME, 1);
        line(x, bottom, x, bottom + px(5));
        text(label, x, bottom + px(7), font, TEXT, Align.CENTER, Align.START);
    }

    /** A tick mark left of the plot at y with its label before it. */
    void yTick(double left, double y, String label, Font font) {
        stroke(FRAME, 1);
        line(left - px(5), y, left, y);
        text(label, left - px(7), y, font, TEXT, Align.END, Align.CENTER);
    }

    /** An arrow from (x0, y0) with its head at (x1, y1), in {@code color} over a white halo. */
    void arrow(double x0, double y0, double x1, double y1, Color color, double head) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (!(length > 0)) {
            return;
        }
        double dx = (x1 - x0) / length;
        double dy = (y1 - y0) / length;
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(x1, y1);
        tip.lineTo(x1 - dx * head - dy * head * 0.6, y1 - dy * head + dx * head * 0.6);
        tip.lineTo(x1 - dx * head + dy * head * 0.6, y1 - dy * head - dx * head * 0.6);
        tip.closePath();
        stroke(Color.WHITE, px(5));
        line(x0, y0, x1 - dx * head * 0.6, y1 - dy * head * 0.6);
        g.draw(tip);
        stroke(color, px(2.5));
        line(x0, y0, x1 - dx * head * 0.6, y1 - dy * head * 0.6);
        g.setColor(color);
        g.fill(tip);
    }

    void dispose() {
        g.dispose();
    }
}
