package downhill.app.landscape;

import downhill.app.control.ChartStyle;
import downhill.app.i18n.Messages;
import downhill.engine.Numbers;
import downhill.engine.explain.StepExplanation;
import downhill.render.Viewport;
import downhill.render.draw.Arrows;
import downhill.render.draw.Look;
import downhill.render.draw.Pen;
import downhill.render.draw.Pen.Align;
import downhill.render.draw.TextRoom;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * The inspected step drawn on a landscape's plane (the window's alone): its arrows (−η·g, Δθ, the optimizer's memory)
 * at its point, each label placed clear of the others, an adaptive optimizer's rate box, and the key saying how much
 * they are stretched.
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

    private static final int ARROW_HALO = 0xCC000000;
    private static final int WHITE = 0xFFFFFFFF;
    private static final double[] BOX_DASHES = {7, 5};

    private StepArrows() {}

    /**
     * The step's arrows at its point, all on one scale so their lengths compare: stretched so the real step is
     * about {@value #ARROW_TARGET} px when it is shorter, and cut at the edge of reach when one is far longer
     * (its label then says so). Adaptive optimizers also get a box whose half-sides are the effective rates.
     */
    static void draw(Pen pen, TextRoom room, Look look, StepExplanation e, Viewport shown) {
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
            drawRateBox(pen, e.effectiveRate(), px, py);
        }
        Arrow arrow = new Arrow(pen, room, look, shown, px, py, perUnit * stretch, reach, new ArrayList<>());
        arrow.draw(gradient, ChartStyle.argb(GRADIENT_ARROW), "−η·g");
        e.memoryStep().ifPresent(m -> arrow.draw(m.values(), ChartStyle.argb(MEMORY_ARROW), m.symbol()));
        // The real step last, on top.
        arrow.draw(step, ChartStyle.argb(STEP_ARROW), "Δθ");
        drawArrowKey(pen, room, look, shown, stretch, e.adaptive());
    }

    /** The arrows of one step from (px, py), on one scale, their labels moved down past those in {@code placed}. */
    private record Arrow(
            Pen pen,
            TextRoom room,
            Look look,
            Viewport shown,
            double px,
            double py,
            double scale,
            double reach,
            List<double[]> placed) {

        void draw(double[] vector, int color, String label) {
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
            Arrows.arrow(pen, px, py, px + dx, py + dy, color, 13, ARROW_HALO, 7, 3.5);
            pen.font(look.size(15), true);
            String text = cut ? Messages.text("landscape.arrows.cut", label) : label;
            double ux = dx / Math.hypot(dx, dy);
            double uy = dy / Math.hypot(dx, dy);
            double textWidth = pen.textWidth(text);
            double lx = px + dx + ux * 10 + (ux < -0.3 ? -textWidth : 0);
            double ly = py + dy + uy * 10 + (uy < -0.3 ? -8 : 8);
            // An arrow that reaches the edge keeps its label on the chart.
            lx = Math.max(shown.left() + 6, Math.min(shown.left() + shown.width() - textWidth - 6, lx));
            ly = Math.max(shown.top() + 12, Math.min(shown.top() + shown.height() - 12, ly));
            for (int tries = 0; tries < placed.size() + 1 && overlaps(lx, ly, textWidth); tries++) {
                ly += look.size(20);
            }
            placed.add(new double[] {lx, ly, textWidth});
            pen.stroke(ARROW_HALO, 4);
            pen.outlineText(text, lx, ly, Align.START, Align.CENTER);
            pen.fill(color);
            room.text(pen, text, lx, ly, Align.START, Align.CENTER);
        }

        private boolean overlaps(double x, double y, double width) {
            for (double[] p : placed) {
                if (Math.abs(p[1] - y) < look.size(18) && x < p[0] + p[2] + 4 && p[0] < x + width + 4) {
                    return true;
                }
            }
            return false;
        }
    }

    private static void drawRateBox(Pen pen, double[] rate, double px, double py) {
        double largest = Math.max(Math.abs(rate[0]), Math.abs(rate[1]));
        if (!(largest > 0) || !Double.isFinite(largest)) {
            return;
        }
        double hx = BOX_HALF * Math.abs(rate[0]) / largest;
        double hy = BOX_HALF * Math.abs(rate[1]) / largest;
        pen.stroke(ARROW_HALO, 4.5, BOX_DASHES);
        pen.strokeRect(px - hx, py - hy, 2 * hx, 2 * hy);
        pen.stroke(WHITE, 2, BOX_DASHES);
        pen.strokeRect(px - hx, py - hy, 2 * hx, 2 * hy);
    }

    /** The key at the plot's bottom left: what each arrow is and how much it is stretched. */
    private static void drawArrowKey(Pen pen, TextRoom room, Look look, Viewport shown, double stretch, boolean box) {
        List<String> lines = new ArrayList<>();
        lines.add(
                stretch > 1.05
                        ? Messages.text("landscape.arrows.stretched", Numbers.compact(stretch))
                        : Messages.text("landscape.arrows.toScale"));
        if (box) {
            lines.add(Messages.text("landscape.arrows.box"));
        }
        pen.font(look.size(14), false);
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, pen.textWidth(line));
        }
        double lineHeight = look.size(20);
        double x = shown.left() + 10;
        double y = shown.top() + shown.height() - 10 - lines.size() * lineHeight - 8;
        pen.fill(look.box());
        pen.fillRoundRect(x, y, width + 16, lines.size() * lineHeight + 8, 10);
        pen.fill(look.text());
        for (int i = 0; i < lines.size(); i++) {
            room.text(pen, lines.get(i), x + 8, y + 4 + lineHeight * i + lineHeight / 2, Align.START, Align.CENTER);
        }
    }
}
