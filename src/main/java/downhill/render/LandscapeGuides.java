package downhill.render;

import downhill.engine.function.Window;
import downhill.engine.landscape.AxisTicks;
import downhill.engine.landscape.ColorbarTicks;
import downhill.engine.landscape.Colormap;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.run.Outcome;
import downhill.engine.scene.PathResult;
import downhill.render.draw.Argb;
import downhill.render.draw.Look;
import downhill.render.draw.Pen;
import downhill.render.draw.Pen.Align;
import downhill.render.draw.TextRoom;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a landscape draws around its plot: the frame with its ticks and axis names, the colour bar, the legend in the
 * plot's quietest corner, and the title (or a small panel's title and status line). Tick labels are left out where
 * they would print over text drawn before.
 */
final class LandscapeGuides {

    private static final int WHITE = 0xFFFFFFFF;
    /** The colour bars' pixels, one 1×256 strip per colour map (top = 1), made once. */
    private static final Map<Colormap, int[]> BARS = new EnumMap<>(Colormap.class);

    private final boolean compact;
    private final Look look;
    private final PathWords words;

    LandscapeGuides(boolean compact, Look look, PathWords words) {
        this.compact = compact;
        this.look = look;
        this.words = words;
    }

    void drawAxes(Pen pen, TextRoom room, Viewport shown, List<String> names) {
        double tick = look.size(5);
        double bottom = shown.top() + shown.height();
        pen.stroke(look.frame(), look.line(1));
        pen.strokeRect(shown.left() - 0.5, shown.top() - 0.5, shown.width() + 1, shown.height() + 1);
        if (!compact) {
            // x beside the tick labels past the plot's right edge, y above the tick labels at the left.
            pen.font(look.size(14), true);
            pen.fill(look.text());
            room.text(
                    pen,
                    names.get(0),
                    shown.left() + shown.width() + look.size(10),
                    bottom + tick,
                    Align.START,
                    Align.START);
            room.text(pen, names.get(1), look.size(8), shown.top(), Align.START, Align.START);
        }
        pen.font(look.size(compact ? 10 : 13), false);
        pen.fill(look.text());
        Window w = shown.shown();
        AxisTicks xTicks =
                AxisTicks.nice(w.xMin(), w.xMax(), Math.max(2, (int) (shown.width() / look.size(compact ? 70 : 90))));
        for (double x : xTicks.values()) {
            double px = Math.round(shown.toPixelX(x)) + 0.5;
            pen.line(px, bottom, px, bottom + tick);
            room.textIfFree(
                    pen,
                    AxisTicks.format(x, xTicks.step()),
                    px,
                    bottom + tick + look.size(2),
                    Align.CENTER,
                    Align.START);
        }
        AxisTicks yTicks =
                AxisTicks.nice(w.yMin(), w.yMax(), Math.max(2, (int) (shown.height() / look.size(compact ? 50 : 70))));
        for (double y : yTicks.values()) {
            double py = Math.round(shown.toPixelY(y)) + 0.5;
            pen.line(shown.left() - tick, py, shown.left(), py);
            room.textIfFree(
                    pen,
                    AxisTicks.format(y, yTicks.step()),
                    shown.left() - tick - look.size(2),
                    py,
                    Align.END,
                    Align.CENTER);
        }
    }

    void drawColorBar(Pen pen, TextRoom room, LandscapeImage picture, Colormap colormap, Viewport shown) {
        double x = shown.left() + shown.width() + look.size(16);
        double top = shown.top();
        double height = shown.height();
        double width = look.size(16);
        pen.image(bar(colormap), 1, 256, x, top, width, height, true);
        pen.stroke(look.frame(), look.line(1));
        pen.strokeRect(x - 0.5, top - 0.5, width + 1, height + 1);
        pen.font(look.size(12), false);
        pen.fill(look.text());
        for (ColorbarTicks.Tick tick : ColorbarTicks.of(picture, Math.max(3, (int) (height / look.size(60))))) {
            if (!(tick.position() >= 0 && tick.position() <= 1)) {
                continue;
            }
            double y = Math.round(top + (1 - tick.position()) * height) + 0.5;
            pen.line(x + width, y, x + width + look.size(4), y);
            room.textIfFree(pen, tick.label(), x + width + look.size(6), y, Align.START, Align.CENTER);
        }
    }

    private static int[] bar(Colormap colormap) {
        synchronized (BARS) {
            return BARS.computeIfAbsent(colormap, map -> {
                int[] strip = new int[256];
                for (int i = 0; i < 256; i++) {
                    strip[i] = map.argb(1 - i / 255.0);
                }
                return strip;
            });
        }
    }

    /** Per path a line in its colour and dashes with its marker, its name, its settings and how it stands. */
    void drawLegend(Pen pen, TextRoom room, List<PathResult> paths, int step, Viewport shown) {
        double lineHeight = look.size(22);
        double nameWidth = 0;
        double summaryWidth = 0;
        double statusWidth = 0;
        pen.font(look.size(14), true);
        for (PathResult p : paths) {
            nameWidth = Math.max(nameWidth, pen.textWidth(p.displayName()));
        }
        pen.font(look.size(14), false);
        for (PathResult p : paths) {
            summaryWidth = Math.max(summaryWidth, pen.textWidth(p.summary()));
            statusWidth = Math.max(statusWidth, pen.textWidth(words.status(p, step)));
        }
        double swatch = look.size(18);
        double gap = look.size(14);
        double nameX = look.size(16) + swatch;
        double width =
                nameX + nameWidth + gap + (summaryWidth > 0 ? summaryWidth + gap : 0) + statusWidth + look.size(12);
        double height = paths.size() * lineHeight + look.size(10);
        double[] corner = shown.quietestCorner(paths, step, width, height, look.size(10));
        double x = corner[0];
        double y = corner[1];
        pen.fill(look.box());
        pen.fillRoundRect(x, y, width, height, look.size(10));
        pen.stroke(look.boxBorder(), look.line(1));
        pen.strokeRoundRect(x, y, width, height, look.size(10));
        for (int i = 0; i < paths.size(); i++) {
            PathResult p = paths.get(i);
            double cy = y + look.size(5) + lineHeight * i + lineHeight / 2;
            int colour = Colors.argb(p.name());
            pen.stroke(Colors.HALO_ARGB, look.line(6));
            pen.line(x + look.size(8), cy, x + look.size(12) + swatch, cy);
            pen.stroke(colour, look.line(4), LandscapePlane.dashes(p.name(), look));
            pen.line(x + look.size(8), cy, x + look.size(12) + swatch, cy);
            LandscapePlane.marker(
                    pen,
                    Colors.style(p.name()).marker(),
                    x + look.size(10) + swatch / 2,
                    cy,
                    look.size(4.5),
                    colour,
                    WHITE,
                    look.line(1.2));
            double tx = x + nameX;
            pen.font(look.size(14), true);
            pen.fill(look.text());
            room.text(pen, p.displayName(), tx, cy, Align.START, Align.CENTER);
            tx += nameWidth + gap;
            pen.font(look.size(14), false);
            if (summaryWidth > 0) {
                pen.fill(look.muted());
                room.text(pen, p.summary(), tx, cy, Align.START, Align.CENTER);
                tx += summaryWidth + gap;
            }
            pen.fill(p.failedBy(step) ? failureText(p.outcome().status()) : look.muted());
            room.text(pen, words.status(p, step), tx, cy, Align.START, Align.CENTER);
        }
    }

    /** A picture's title above the plot. */
    void drawTitle(Pen pen, TextRoom room, String title, Viewport shown) {
        pen.font(look.size(16), true);
        pen.fill(look.text());
        room.text(pen, title, shown.left(), shown.top() - look.size(10), Align.START, Align.END);
    }

    /** A panel's title with its optimizer's colour, and its status line below, both fitted to {@code width}. */
    void drawPanelTitle(
            Pen pen, TextRoom room, String title, String status, List<PathResult> paths, int step, double width) {
        double swatch = look.size(12);
        if (!paths.isEmpty()) {
            pen.fill(Colors.argb(paths.get(0).name()));
            pen.fillRoundRect(look.size(8), look.size(7), swatch, swatch, look.size(3));
        }
        pen.fill(look.text());
        room.fitted(
                pen, title, look.size(14) + swatch, look.size(4), width - look.size(22) - swatch, look.size(13), true);
        boolean failed = !paths.isEmpty() && paths.get(0).failedBy(step);
        pen.fill(failed ? failureText(paths.get(0).outcome().status()) : look.muted());
        room.fitted(
                pen,
                status == null ? "" : status,
                look.size(8),
                look.size(23),
                width - look.size(16),
                look.size(12),
                false);
    }

    /** The outcome's colour, lightened on a dark background so that it still reads. */
    private int failureText(Outcome.Status status) {
        int color = Colors.outcomeArgb(status);
        return look.dark() ? Argb.mix(color, WHITE, 0.45) : color;
    }
}
