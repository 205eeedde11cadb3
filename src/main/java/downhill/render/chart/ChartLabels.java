package downhill.render.chart;

import downhill.render.draw.Argb;
import downhill.render.draw.Look;
import downhill.render.draw.Pen;
import downhill.render.draw.Pen.Align;
import downhill.render.draw.TextRoom.Box;
import java.util.ArrayList;
import java.util.List;

/** What a chart draws over its lines: marks with their labels, zeros on a log axis, the legend. */
final class ChartLabels {

    /** How opaque a mark label's backing is: the curves show faintly through, its letters stay clear. */
    private static final double BACKING = 0.85;

    private ChartLabels() {}

    /**
     * Each mark: its line (full height, if asked), a dot at its value, and its label beside the dot on the side with
     * room, on a backing so the curves do not cross its letters; a label that would cover a tick label or another
     * mark's is left out (a readout names the point anyway). Returns the labels drawn.
     */
    static List<Box> drawMarks(Pen pen, Look look, Chart chart, Plot plot, List<Box> ticks) {
        pen.font(look.size(12), true);
        double r = look.size(5);
        List<Box> taken = new ArrayList<>(ticks);
        List<Box> drawn = new ArrayList<>();
        for (ChartMark m : chart.marks()) {
            double px = plot.x(m.index());
            if (m.line()) {
                double[] dashes = m.dashed() ? new double[] {look.size(5), look.size(4)} : new double[0];
                pen.stroke(m.argb(), look.line(1.5), dashes);
                pen.line(px, plot.top(), px, plot.bottom());
            }
            double v = chart.axis().plotted(m.value());
            double py = Double.isFinite(v) ? plot.y(v) : plot.top() + look.size(16);
            if (Double.isFinite(v)) {
                pen.fill(m.argb());
                pen.fillOval(px - r, py - r, 2 * r, 2 * r);
                pen.stroke(look.text(), look.line(1));
                pen.strokeOval(px - r, py - r, 2 * r, 2 * r);
            }
            if (m.label().isEmpty()) {
                continue;
            }
            double width = pen.textWidth(m.label());
            boolean right = px + r + width + look.size(4) < plot.right();
            double tx = right ? px + r + look.size(3) : px - r - look.size(3) - width;
            double height = look.size(15);
            Box box = new Box(m.label(), tx, py - look.size(2) - height, width, height);
            if (taken.stream().anyMatch(other -> box.touches(other.x(), other.y(), other.width(), other.height()))) {
                continue;
            }
            int backing = Math.round((float) (Argb.alpha(look.box()) * BACKING)) << 24 | (look.box() & 0xFFFFFF);
            pen.fill(backing);
            pen.fillRect(box.x() - look.size(2), box.y(), box.width() + look.size(4), box.height());
            // In the mark's colour darkened or brightened for contrast.
            pen.fill(look.dark() ? Argb.brighter(m.argb()) : Argb.darker(m.argb()));
            pen.text(m.label(), tx, py - look.size(2), Align.START, Align.END);
            taken.add(box);
            drawn.add(box);
        }
        return drawn;
    }

    /**
     * Values of exactly 0 have no place on a log axis, yet a zero gradient is the point (every unit the same after
     * a zero initialisation): a hollow marker on the bottom edge with "0" beside it.
     */
    static void drawZeros(Pen pen, Look look, Plot plot, ChartLine line) {
        double r = look.size(4.5);
        pen.font(look.size(11), false);
        for (int k = 0; k < line.values().length; k++) {
            if (line.values()[k] == 0) {
                double px = plot.x(k);
                double py = plot.bottom() - r - look.line(1);
                pen.stroke(line.argb(), look.line(2));
                pen.strokeOval(px - r, py - r, 2 * r, 2 * r);
                pen.fill(look.muted());
                // Beside the marker, not over it: the first layer's marker sits on the plot's left edge.
                pen.text("0", px + r + look.size(2), py, Align.START, Align.CENTER);
            }
        }
    }

    /** The legend's rows in the plot's top right, on a box: a short line in each row's colour, then its text. */
    static List<Box> drawLegend(Pen pen, Look look, List<ChartKey> keys, Plot plot) {
        List<Box> drawn = new ArrayList<>();
        if (keys.isEmpty()) {
            return drawn;
        }
        double lineHeight = look.size(22);
        double textWidth = 0;
        for (ChartKey key : keys) {
            keyFont(pen, look, key);
            textWidth = Math.max(textWidth, pen.textWidth(key.text()));
        }
        double boxWidth = look.size(46) + textWidth;
        double boxHeight = keys.size() * lineHeight + look.size(10);
        double x = plot.right() - boxWidth - look.size(10);
        double y = plot.top() + look.size(10);
        pen.fill(look.box());
        pen.fillRoundRect(x, y, boxWidth, boxHeight, look.size(10));
        pen.stroke(look.boxBorder(), look.line(1));
        pen.strokeRoundRect(x, y, boxWidth, boxHeight, look.size(10));
        double sx = x + look.size(10);
        for (int i = 0; i < keys.size(); i++) {
            ChartKey key = keys.get(i);
            double cy = y + look.size(5) + lineHeight * i + lineHeight / 2;
            pen.stroke(key.argb(), look.line(key.named() ? 4 : 2), scaled(look, key.dashes()));
            pen.line(sx, cy, sx + look.size(24), cy);
            keyFont(pen, look, key);
            pen.fill(key.named() ? look.text() : look.muted());
            double tx = sx + look.size(30);
            pen.text(key.text(), tx, cy, Align.START, Align.CENTER);
            drawn.add(new Box(key.text(), tx, cy - pen.textHeight() / 2, pen.textWidth(key.text()), pen.textHeight()));
        }
        return drawn;
    }

    /** Dashes given at 100 %, at the look's scale. */
    static double[] scaled(Look look, double[] dashes) {
        double[] scaled = new double[dashes.length];
        for (int i = 0; i < dashes.length; i++) {
            scaled[i] = look.size(dashes[i]);
        }
        return scaled;
    }

    private static void keyFont(Pen pen, Look look, ChartKey key) {
        pen.font(look.size(key.named() ? 14 : 13), key.named());
    }
}
