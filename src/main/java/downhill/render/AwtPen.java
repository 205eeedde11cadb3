package downhill.render;

import downhill.render.draw.Pen;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.WeakHashMap;

/** A {@link Pen} over AWT's {@link Graphics2D}: how the picture files draw what the window draws. */
public final class AwtPen implements Pen {

    private record State(Shape clip, Color fill, Color stroke, Stroke line, Font font) {}

    private final Graphics2D g;
    /** The pictures made of the arrays drawn, kept while the arrays live: a heatmap is drawn every frame. */
    private final Map<int[], BufferedImage> images = new WeakHashMap<>();

    private final Deque<State> saved = new ArrayDeque<>();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private Stroke line = new BasicStroke(1);
    private Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private AwtPen(Graphics2D g) {
        this.g = g;
    }

    /** A pen on {@code image} with anti-aliased shapes and text; dispose the graphics when done. */
    public static AwtPen on(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return new AwtPen(g);
    }

    public Graphics2D graphics() {
        return g;
    }

    public void dispose() {
        g.dispose();
    }

    @Override
    public void fill(int argb) {
        fill = new Color(argb, true);
    }

    @Override
    public void stroke(int argb, double width) {
        stroke = new Color(argb, true);
        line = new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    @Override
    public void stroke(int argb, double width, double[] dashes) {
        if (dashes.length == 0) {
            stroke(argb, width);
            return;
        }
        float[] lengths = new float[dashes.length];
        for (int i = 0; i < dashes.length; i++) {
            lengths[i] = (float) dashes[i];
        }
        stroke = new Color(argb, true);
        line = new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, lengths, 0f);
    }

    @Override
    public void font(double size, boolean bold) {
        font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 12).deriveFont((float) size);
    }

    @Override
    public void monospaced(double size) {
        font = new Font(Font.MONOSPACED, Font.PLAIN, 12).deriveFont((float) size);
    }

    @Override
    public double textWidth(String text) {
        return g.getFontMetrics(font).getStringBounds(text, g).getWidth();
    }

    @Override
    public double textHeight() {
        FontMetrics metrics = g.getFontMetrics(font);
        return metrics.getAscent() + metrics.getDescent();
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc) {
        fill(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc) {
        draw(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    @Override
    public void line(double x0, double y0, double x1, double y1) {
        draw(new Line2D.Double(x0, y0, x1, y1));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count) {
        draw(path(xs, ys, count, false));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        fill(path(xs, ys, count, true));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int count) {
        draw(path(xs, ys, count, true));
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        draw(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void text(String text, double x, double y, Align across, Align down) {
        g.setFont(font);
        g.setColor(fill);
        g.drawString(text, (float) left(text, x, across), (float) baseline(y, down));
    }

    @Override
    public void outlineText(String text, double x, double y, Align across, Align down) {
        Shape outline = font.createGlyphVector(g.getFontRenderContext(), text)
                .getOutline((float) left(text, x, across), (float) baseline(y, down));
        draw(outline);
    }

    private double left(String text, double x, Align across) {
        return switch (across) {
            case START -> x;
            case CENTER -> x - textWidth(text) / 2;
            case END -> x - textWidth(text);
        };
    }

    /** Where the baseline goes for text whose box starts, centres or ends at y, as JavaFX's VPos places it. */
    private double baseline(double y, Align down) {
        FontMetrics metrics = g.getFontMetrics(font);
        return switch (down) {
            case START -> y + metrics.getAscent();
            case CENTER -> y + (metrics.getAscent() - metrics.getDescent()) / 2.0;
            case END -> y - metrics.getDescent();
        };
    }

    @Override
    public void image(int[] argb, int width, int height, double x, double y, double w, double h, boolean smooth) {
        BufferedImage image = images.computeIfAbsent(argb, pixels -> {
            BufferedImage made = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            made.setRGB(0, 0, width, height, pixels, 0, width);
            return made;
        });
        g.setRenderingHint(
                RenderingHints.KEY_INTERPOLATION,
                smooth
                        ? RenderingHints.VALUE_INTERPOLATION_BILINEAR
                        : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(image, (int) Math.round(x), (int) Math.round(y), (int) Math.round(w), (int) Math.round(h), null);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        g.clip(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void save() {
        saved.push(new State(g.getClip(), fill, stroke, line, font));
    }

    @Override
    public void restore() {
        State state = saved.pop();
        g.setClip(state.clip());
        fill = state.fill();
        stroke = state.stroke();
        line = state.line();
        font = state.font();
    }

    private void fill(Shape shape) {
        g.setColor(fill);
        g.fill(shape);
    }

    private void draw(Shape shape) {
        g.setColor(stroke);
        g.setStroke(line);
        g.draw(shape);
    }

    private static Path2D.Double path(double[] xs, double[] ys, int count, boolean closed) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, Math.max(2, count));
        if (count == 0) {
            return path;
        }
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < count; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }
}
