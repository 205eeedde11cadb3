package downhill.app.control;

import downhill.render.draw.Pen;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A {@link Pen} over a canvas's {@link GraphicsContext}: how the window draws what the picture files draw. Colours
 * and fonts are made once each, since a canvas asks for the same few every frame. FX thread only.
 */
public final class FxPen implements Pen {

    private static final double[] SOLID = {};
    private static final int FONTS_KEPT = 32;

    private final GraphicsContext g;
    private final HeatmapImages images;
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<Double, Font> plain = new HashMap<>();
    private final Map<Double, Font> bold = new HashMap<>();
    private final Map<Double, Font> fixed = new HashMap<>();
    private final Text probe = new Text();

    /** @param images where the pictures drawn are made into JavaFX images, shared by canvases that show the same */
    public FxPen(GraphicsContext g, HeatmapImages images) {
        this.g = g;
        this.images = images;
        g.setLineJoin(StrokeLineJoin.ROUND);
    }

    @Override
    public void fill(int argb) {
        g.setFill(color(argb));
    }

    @Override
    public void stroke(int argb, double width) {
        stroke(argb, width, SOLID);
    }

    @Override
    public void stroke(int argb, double width, double[] dashes) {
        g.setStroke(color(argb));
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        g.setLineCap(dashes.length == 0 ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
        g.setLineJoin(StrokeLineJoin.ROUND);
    }

    @Override
    public void font(double size, boolean heavy) {
        Map<Double, Font> fonts = heavy ? bold : plain;
        if (fonts.size() > FONTS_KEPT) {
            // A title shrunk to fit asks for a new size at every width: keep the few sizes a frame uses.
            fonts.clear();
        }
        g.setFont(
                fonts.computeIfAbsent(size, s -> Font.font("System", heavy ? FontWeight.BOLD : FontWeight.NORMAL, s)));
    }

    @Override
    public void monospaced(double size) {
        if (fixed.size() > FONTS_KEPT) {
            fixed.clear();
        }
        g.setFont(fixed.computeIfAbsent(size, s -> Font.font("Monospaced", s)));
    }

    @Override
    public double textWidth(String text) {
        probe.setFont(g.getFont());
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    @Override
    public double textHeight() {
        probe.setFont(g.getFont());
        probe.setText("Ag");
        return probe.getLayoutBounds().getHeight();
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        g.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        g.strokeRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc) {
        g.fillRoundRect(x, y, width, height, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc) {
        g.strokeRoundRect(x, y, width, height, arc, arc);
    }

    @Override
    public void line(double x0, double y0, double x1, double y1) {
        g.strokeLine(x0, y0, x1, y1);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count) {
        g.strokePolyline(xs, ys, count);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        g.fillPolygon(xs, ys, count);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int count) {
        g.strokePolygon(xs, ys, count);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        g.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        g.strokeOval(x, y, width, height);
    }

    @Override
    public void text(String text, double x, double y, Align across, Align down) {
        align(across, down);
        g.fillText(text, x, y);
    }

    @Override
    public void outlineText(String text, double x, double y, Align across, Align down) {
        align(across, down);
        g.strokeText(text, x, y);
    }

    private void align(Align across, Align down) {
        g.setTextAlign(
                switch (across) {
                    case START -> TextAlignment.LEFT;
                    case CENTER -> TextAlignment.CENTER;
                    case END -> TextAlignment.RIGHT;
                });
        g.setTextBaseline(
                switch (down) {
                    case START -> VPos.TOP;
                    case CENTER -> VPos.CENTER;
                    case END -> VPos.BOTTOM;
                });
    }

    @Override
    public void image(int[] argb, int width, int height, double x, double y, double w, double h, boolean smooth) {
        g.setImageSmoothing(smooth);
        g.drawImage(images.of(argb, width, height), x, y, w, h);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        g.beginPath();
        g.rect(x, y, width, height);
        g.clip();
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }

    private Color color(int argb) {
        return colors.computeIfAbsent(
                argb, c -> Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF, ((c >>> 24) & 0xFF) / 255.0));
    }
}
