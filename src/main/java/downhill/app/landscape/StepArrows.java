package downhill.app.landscape;

import downhill.app.control.CanvasText;
import downhill.app.control.ChartStyle;
import downhill.app.i18n.Messages;
import downhill.engine.Numbers;
import downhill.engine.explain.StepExplanation;
import downhill.render.Viewport;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The inspected step drawn on a landscape canvas: its arrows (−η·g, Δθ, the optimizer's memory) at its point, each
 * label placed clear of the others, an adaptive optimizer's rate box, and the key saying how much they are stretched.
 */
final class StepArrows {

    /** The arrows' colours: the real step white, plain gradient descent yellow, the memory pink. */
    static final Color STEP_ARROW = Color.WHITE;

    static final Color GRADIENT_ARROW = Color.web("#FACC15");
    static final Color MEMORY_ARROW = Color.web("#F472B6");
    /** The step arrow is stretched to about this many pixels when the real step is shorter. */
    private static final double ARROW_TARGET = 90;
    /** The rate box's larger half-side, in pixels. */
    private static final double BOX_HALF = 46;

    private static final Color ARROW_HALO = Color.rgb(0, 0, 0, 0.8);

    private final CanvasText text;

    /** @param text the canvas's text, so that labels drawn later keep clear of these */
    StepArrows(CanvasText text) {
        this.text = text;
    }

    /**
     * The step's arrows at its point, all on one scale so their lengths compare: stretched so the real step is
     * about {@value #ARROW_TARGET} px when it is shorter, and cut at the edge of reach when one is far longer
     * (its label then says so). Adaptive optimizers also get a box whose half-sides are the effective rates.
     */
    void draw(GraphicsContext g, StepExplanation e, Viewport shown) {
        double[] at = e.position();
        double px = shown.toPixelX(at[0]);
        double py = shown.toPixelY(at[1]);
        double perUnit = 1 / shown.unitsPerPixel();
        double[] step = e.delta();
        double[] gradient = e.gradientStep();
        double reference = Math.hypot(step[0], step[1]) * perUnit;
        if (!(reference > 0)) {
            reference = Math.hypot(gradient[0], gradient[1]) * perUnit;
        }
        double stretch = reference > 0 && reference < ARROW_TARGET ? Math.min(1e9, ARROW_TARGET / reference) : 1;
        double reach = 0.42 * Math.min(shown.width(), shown.height());
        if (e.adaptive()) {
            drawRateBox(g, e.effectiveRate(), px, py);
        }
        double scale = perUnit * stretch;
        List<double[]> labels = new ArrayList<>();
        stepArrow(g, shown, px, py, gradient, scale, reach, GRADIENT_ARROW, "−η·g", labels, text);
        e.memoryStep()
                .ifPresent(m ->
                        stepArrow(g, shown, px, py, m.values(), scale, reach, MEMORY_ARROW, m.symbol(), labels, text));
        // The real step last, on top.
        stepArrow(g, shown, px, py, step, scale, reach, STEP_ARROW, "Δθ", labels, text);
        drawArrowKey(g, shown, stretch, e.adaptive());
    }

    /** One arrow from (px, py) with its label, moved down past the labels already in {@code placed}. */
    private static void stepArrow(
            GraphicsContext g,
            Viewport shown,
            double px,
            double py,
            double[] vector,
            double scale,
            double reach,
            Color color,
            String label,
            List<double[]> placed,
            CanvasText drawn) {
        double dx = vector[0] * scale;
        double dy = -vector[1] * scale;
        double length = Math.hypot(dx, dy);
        if (!(length >= 2) || !Double.isFinite(length)) {
            return;
        }
        boolean cut = length > reach;
        if (cut) {
            dx *= reach / length;
            dy *= reach / length;
        }
        Arrows.arrow(g, px, py, px + dx, py + dy, color, 13, ARROW_HALO, 7, 3.5);
        ChartStyle style = ChartStyle.current();
        Font font = style.bold(15);
        g.setFont(font);
        String text = cut ? Messages.text("landscape.arrows.cut", label) : label;
        double ux = dx / Math.hypot(dx, dy);
        double uy = dy / Math.hypot(dx, dy);
        double textWidth = TextMetrics.width(text, font);
        double lx = px + dx + ux * 10 + (ux < -0.3 ? -textWidth : 0);
        double ly = py + dy + uy * 10 + (uy < -0.3 ? -8 : 8);
        // An arrow that reaches the edge keeps its label on the chart.
        lx = Math.max(shown.left() + 6, Math.min(shown.left() + shown.width() - textWidth - 6, lx));
        ly = Math.max(shown.top() + 12, Math.min(shown.top() + shown.height() - 12, ly));
        for (int tries = 0; tries < placed.size() + 1 && overlaps(placed, lx, ly, textWidth); tries++) {
            ly += style.size(20);
        }
        placed.add(new double[] {lx, ly, textWidth});
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(ARROW_HALO);
        g.setLineWidth(4);
        g.strokeText(text, lx, ly);
        g.setFill(color);
        drawn.fill(g, text, lx, ly);
    }

    private static boolean overlaps(List<double[]> placed, double x, double y, double width) {
        for (double[] p : placed) {
            if (Math.abs(p[1] - y) < ChartStyle.current().size(18) && x < p[0] + p[2] + 4 && p[0] < x + width + 4) {
                return true;
            }
        }
        return false;
    }

    private static void drawRateBox(GraphicsContext g, double[] rate, double px, double py) {
        double largest = Math.max(Math.abs(rate[0]), Math.abs(rate[1]));
        if (!(largest > 0) || !Double.isFinite(largest)) {
            return;
        }
        double hx = BOX_HALF * Math.abs(rate[0]) / largest;
        double hy = BOX_HALF * Math.abs(rate[1]) / largest;
        g.setLineDashes(7, 5);
        g.setStroke(ARROW_HALO);
        g.setLineWidth(4.5);
        g.strokeRect(px - hx, py - hy, 2 * hx, 2 * hy);
        g.setStroke(Color.WHITE);
        g.setLineWidth(2);
        g.strokeRect(px - hx, py - hy, 2 * hx, 2 * hy);
        g.setLineDashes();
    }

    /** The key at the plot's bottom left: what each arrow is and how much it is stretched. */
    private void drawArrowKey(GraphicsContext g, Viewport shown, double stretch, boolean box) {
        List<String> lines = new ArrayList<>();
        lines.add(
                stretch > 1.05
                        ? Messages.text("landscape.arrows.stretched", Numbers.compact(stretch))
                        : Messages.text("landscape.arrows.toScale"));
        if (box) {
            lines.add(Messages.text("landscape.arrows.box"));
        }
        ChartStyle style = ChartStyle.current();
        Font font = style.font(14);
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, TextMetrics.width(line, font));
        }
        double lineHeight = style.size(20);
        double x = shown.left() + 10;
        double y = shown.top() + shown.height() - 10 - lines.size() * lineHeight - 8;
        g.setFill(style.box());
        g.fillRoundRect(x, y, width + 16, lines.size() * lineHeight + 8, 10, 10);
        g.setFont(font);
        g.setFill(style.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < lines.size(); i++) {
            text.fill(g, lines.get(i), x + 8, y + 4 + lineHeight * i + lineHeight / 2);
        }
    }
}
