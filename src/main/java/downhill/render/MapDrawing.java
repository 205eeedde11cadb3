package downhill.render;

import downhill.engine.landscape.LandscapeImage;
import downhill.engine.sweep.Axis;
import downhill.engine.sweep.MapPicture;
import downhill.engine.sweep.SweepSpec;
import downhill.render.draw.Look;
import downhill.render.draw.Pen;
import downhill.render.draw.Pen.Align;
import downhill.render.draw.TextRoom;
import java.util.List;

/**
 * A hyperparameter map drawn once for the window's map and {@code render --map}: each cell a square of
 * {@link MapPicture}'s colours, the x axis below and the y axis on the left (decades on a log axis), the colour bar,
 * theory's stability line on a quadratic, the optimizer's own values as a ring, the title, and in a picture file a
 * key of the failed cells' colours (the window has its own).
 */
public final class MapDrawing {

    /** Where the map is shown: the window (its key is a row of labels) or a picture file (the key drawn below). */
    public enum Form {
        WINDOW,
        PICTURE
    }

    /** One entry of the key: a colour and what it means. */
    public record Swatch(int argb, String label) {}

    /**
     * What one map shows.
     *
     * @param cells      the cells' picture from {@link MapPicture#paint}
     * @param marker     the optimizer's own values of the two axes, drawn as a ring; null for none
     * @param theory     theory's stability line as points of the plane, or null
     * @param bySteps    whether the colours count steps (else the log₁₀ of the loss)
     * @param names      the axes' names, x then y
     * @param failed     the failed cells' colours that occur, for a picture's key
     * @param theoryRule what the theory line says, for a picture's key; null for none
     */
    public record Content(
            SweepSpec spec,
            LandscapeImage cells,
            double[] marker,
            double[][] theory,
            boolean bySteps,
            String title,
            List<String> names,
            List<Swatch> failed,
            String theoryRule) {}

    private static final int WHITE = 0xFFFFFFFF;
    private static final int BLACK = 0xFF000000;
    private static final int THEORY = 0xFF111827;
    private static final double BAR = 14;
    /** The space under the plot in the window: the tick labels and the x axis's name. */
    private static final double BELOW = 46;

    private final Form form;
    private final Look look;

    public MapDrawing(Form form, Look look) {
        this.form = form;
        this.look = look;
    }

    /** The plot's left, top, width and height on a surface of {@code width}×{@code height}. */
    public double[] plot(double width, double height) {
        boolean window = form == Form.WINDOW;
        double left = look.size(window ? 62 : 78);
        double top = look.size(window ? 30 : 54);
        double right = look.size(window ? 74 : 96);
        double bottom = look.size(window ? BELOW : 84);
        return new double[] {left, top, Math.max(1, width - left - right), Math.max(1, height - top - bottom)};
    }

    public void draw(Pen pen, TextRoom room, double width, double height, Content content) {
        pen.fill(look.background());
        pen.fillRect(0, 0, width, height);
        if (content.spec() == null || content.cells() == null) {
            return;
        }
        double[] p = plot(width, height);
        LandscapeImage cells = content.cells();
        // Cells are squares of flat colour: no smoothing between them.
        pen.image(cells.argb(), cells.width(), cells.height(), p[0], p[1], p[2], p[3], false);
        pen.stroke(look.frame(), look.line(1));
        pen.strokeRect(p[0] + 0.5, p[1] + 0.5, p[2] - 1, p[3] - 1);
        drawAxis(pen, room, content.spec().x(), content.names().get(0), p, true);
        drawAxis(pen, room, content.spec().y(), content.names().get(1), p, false);
        drawColourBar(pen, room, content, p);
        if (content.theory() != null) {
            pen.stroke(WHITE, look.line(3.5));
            strokeTheory(pen, content, p);
            pen.stroke(THEORY, look.line(1.8), new double[] {look.size(6), look.size(4)});
            strokeTheory(pen, content, p);
        }
        double[] marker = content.marker();
        if (marker != null) {
            double mx = p[0] + MapPicture.fraction(content.spec().x(), marker[0]) * p[2];
            double my = p[1] + p[3] - MapPicture.fraction(content.spec().y(), marker[1]) * p[3];
            double r = look.size(7);
            pen.stroke(WHITE, look.line(4));
            pen.strokeOval(mx - r, my - r, 2 * r, 2 * r);
            pen.stroke(BLACK, look.line(2));
            pen.strokeOval(mx - r, my - r, 2 * r, 2 * r);
        }
        if (form == Form.PICTURE) {
            drawKey(pen, room, content, p[0], height - look.size(8));
        }
        pen.fill(look.text());
        room.fitted(pen, content.title(), p[0], look.size(6), p[2], look.size(13), true);
    }

    /** The colours' key right of the map: its least value at the bottom, its largest at the top. */
    private void drawColourBar(Pen pen, TextRoom room, Content content, double[] p) {
        LandscapeImage cells = content.cells();
        if (!(cells.max() > cells.min())) {
            return;
        }
        double left = p[0] + p[2] + look.size(10);
        double width = look.size(BAR);
        int bands = 64;
        for (int k = 0; k < bands; k++) {
            pen.fill(0xFF000000 | cells.colormap().argb((k + 0.5) / bands));
            double top = p[1] + p[3] * (1 - (k + 1.0) / bands);
            pen.fillRect(left, top, width, p[3] / bands + 1);
        }
        pen.stroke(look.frame(), look.line(1));
        pen.strokeRect(left, p[1], width, p[3]);
        pen.font(look.size(11), false);
        pen.fill(look.text());
        double labelX = left + width + look.size(3);
        room.textIfFree(pen, barLabel(cells.max(), content.bySteps()), labelX, p[1], Align.START, Align.START);
        room.textIfFree(pen, barLabel(cells.min(), content.bySteps()), labelX, p[1] + p[3], Align.START, Align.END);
    }

    /** A bar end: a power of ten for the log₁₀ of a loss, a whole number of steps. */
    private static String barLabel(double value, boolean bySteps) {
        return bySteps ? String.valueOf(Math.round(value)) : "1e" + Math.round(value);
    }

    /** The line through the points inside the map's x range, broken where it leaves it. */
    private static void strokeTheory(Pen pen, Content content, double[] p) {
        double[][] line = content.theory();
        double[] xs = new double[line.length];
        double[] ys = new double[line.length];
        int count = 0;
        for (double[] point : line) {
            double fx = MapPicture.fraction(content.spec().x(), point[0]);
            if (fx < 0 || fx > 1) {
                pen.polyline(xs, ys, count);
                count = 0;
                continue;
            }
            xs[count] = p[0] + fx * p[2];
            ys[count] = p[1] + p[3] - MapPicture.fraction(content.spec().y(), point[1]) * p[3];
            count++;
        }
        pen.polyline(xs, ys, count);
    }

    /** Ticks, labels and the axis's name: decades on a log axis, nice steps on a linear one. */
    private void drawAxis(Pen pen, TextRoom room, Axis axis, String name, double[] p, boolean horizontal) {
        pen.font(look.size(12), false);
        pen.fill(look.text());
        pen.stroke(look.text(), look.line(1));
        MapPicture.Ticks ticks = MapPicture.ticks(axis, horizontal ? 6 : 5);
        double[] values = ticks.values();
        List<String> labels = ticks.labels();
        for (int k = 0; k < values.length; k++) {
            double f = MapPicture.fraction(axis, values[k]);
            if (f < 0 || f > 1) {
                continue;
            }
            if (horizontal) {
                double x = p[0] + f * p[2];
                pen.line(x, p[1] + p[3], x, p[1] + p[3] + look.size(4));
                room.textIfFree(pen, labels.get(k), x, p[1] + p[3] + look.size(5), Align.CENTER, Align.START);
            } else {
                double y = p[1] + p[3] - f * p[3];
                pen.line(p[0] - look.size(4), y, p[0], y);
                room.textIfFree(pen, labels.get(k), p[0] - look.size(6), y, Align.END, Align.CENTER);
            }
        }
        pen.font(look.size(12.5), true);
        if (horizontal) {
            room.text(pen, name, p[0] + p[2] / 2, p[1] + p[3] + look.size(BELOW - 2), Align.CENTER, Align.END);
        } else {
            room.text(pen, name, look.size(4), p[1] - look.size(16), Align.START, Align.START);
        }
    }

    /** The failed cells' colours that occur, and the theory line when drawn, in one row along the bottom. */
    private void drawKey(Pen pen, TextRoom room, Content content, double left, double baseline) {
        pen.font(look.size(12), false);
        double x = left;
        double box = look.size(12);
        for (Swatch swatch : content.failed()) {
            pen.fill(swatch.argb());
            pen.fillRect(x, baseline - box, box, box);
            x += box + look.size(5);
            pen.fill(look.text());
            room.text(pen, swatch.label(), x, baseline, Align.START, Align.END);
            x += pen.textWidth(swatch.label()) + look.size(16);
        }
        if (content.theory() != null && content.theoryRule() != null) {
            pen.stroke(THEORY, look.line(1.8), new double[] {look.size(6), look.size(4)});
            pen.line(x, baseline - box / 2, x + look.size(24), baseline - box / 2);
            x += look.size(30);
            pen.fill(look.text());
            room.text(pen, content.theoryRule(), x, baseline, Align.START, Align.END);
        }
    }
}
