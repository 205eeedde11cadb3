package downhill.app.landscape;

import downhill.app.control.CanvasText;
import downhill.app.control.ChartStyle;
import downhill.app.control.HeatmapImages;
import downhill.app.optimizers.Palette;
import downhill.engine.function.Window;
import downhill.engine.landscape.AxisTicks;
import downhill.engine.landscape.ColorbarTicks;
import downhill.engine.landscape.Colormap;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.run.Outcome;
import downhill.engine.scene.PathResult;
import downhill.render.Colors;
import downhill.render.Viewport;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What a landscape canvas draws around its plot: the frame with its ticks and axis names, the colour bar, the legend
 * in the plot's quietest corner, and a small panel's title and status line. Tick labels are left out where they
 * would print over text drawn before.
 */
final class LandscapeGuides {

    private final boolean compact;
    private final CanvasText text;
    private final HeatmapImages images;

    /**
     * @param compact a small panel: smaller type, fewer ticks, no axis names
     * @param text    the canvas's text, so that tick labels keep clear of labels drawn before
     * @param images  the colour bars' pictures
     */
    LandscapeGuides(boolean compact, CanvasText text, HeatmapImages images) {
        this.compact = compact;
        this.text = text;
        this.images = images;
    }

    void drawAxes(GraphicsContext g, Viewport shown, List<String> names) {
        ChartStyle style = ChartStyle.current();
        double tick = style.size(5);
        g.setFont(style.font(compact ? 10 : 13));
        g.setFill(style.text());
        g.setStroke(style.frame());
        g.setLineWidth(style.line(1));
        g.strokeRect(shown.left() - 0.5, shown.top() - 0.5, shown.width() + 1, shown.height() + 1);
        Window w = shown.shown();
        int xCount = Math.max(2, (int) (shown.width() / style.size(compact ? 70 : 90)));
        int yCount = Math.max(2, (int) (shown.height() / style.size(compact ? 50 : 70)));
        if (!compact) {
            drawAxisNames(g, shown, names, tick);
            g.setFont(style.font(13));
            g.setFill(style.text());
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        AxisTicks xTicks = AxisTicks.nice(w.xMin(), w.xMax(), xCount);
        for (double x : xTicks.values()) {
            double px = Math.round(shown.toPixelX(x)) + 0.5;
            g.strokeLine(px, shown.top() + shown.height(), px, shown.top() + shown.height() + tick);
            text.fillIfFree(g, AxisTicks.format(x, xTicks.step()), px, shown.top() + shown.height() + tick + 2);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        AxisTicks yTicks = AxisTicks.nice(w.yMin(), w.yMax(), yCount);
        for (double y : yTicks.values()) {
            double py = Math.round(shown.toPixelY(y)) + 0.5;
            g.strokeLine(shown.left() - tick, py, shown.left(), py);
            text.fillIfFree(g, AxisTicks.format(y, yTicks.step()), shown.left() - tick - 2, py);
        }
    }

    /** x beside the tick labels past the plot's right edge, y above the tick labels at the left. */
    private void drawAxisNames(GraphicsContext g, Viewport shown, List<String> names, double tick) {
        ChartStyle style = ChartStyle.current();
        g.setFont(style.bold(14));
        g.setFill(style.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        text.fill(g, names.get(0), shown.left() + shown.width() + style.size(10), shown.top() + shown.height() + tick);
        text.fill(g, names.get(1), 8, shown.top());
    }

    void drawColorBar(GraphicsContext g, LandscapeImage picture, Colormap colormap, Viewport shown) {
        ChartStyle style = ChartStyle.current();
        double x = shown.left() + shown.width() + style.size(16);
        double top = shown.top();
        double height = shown.height();
        double width = style.size(16);
        g.setImageSmoothing(true);
        g.drawImage(images.colorBar(colormap), x, top, width, height);
        g.setStroke(style.frame());
        g.setLineWidth(style.line(1));
        g.strokeRect(x - 0.5, top - 0.5, width + 1, height + 1);
        g.setFont(style.font(12));
        g.setFill(style.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (ColorbarTicks.Tick tick : ColorbarTicks.of(picture, Math.max(3, (int) (height / style.size(60))))) {
            if (!(tick.position() >= 0 && tick.position() <= 1)) {
                continue;
            }
            double y = Math.round(top + (1 - tick.position()) * height) + 0.5;
            g.strokeLine(x + width, y, x + width + 4, y);
            text.fillIfFree(g, tick.label(), x + width + 6, y);
        }
    }

    void drawLegend(GraphicsContext g, List<PathResult> paths, int step, Viewport shown) {
        ChartStyle style = ChartStyle.current();
        Font font = style.font(14);
        Font bold = style.bold(14);
        double lineHeight = style.size(22);
        double nameWidth = 0;
        double statusWidth = 0;
        for (PathResult p : paths) {
            nameWidth = Math.max(nameWidth, TextMetrics.width(p.displayName(), bold));
            statusWidth = Math.max(statusWidth, TextMetrics.width(PathStatus.of(p, step), font));
        }
        double swatch = style.size(18);
        double width = 16 + swatch + nameWidth + 14 + statusWidth + 12;
        double height = paths.size() * lineHeight + 10;
        double[] corner = shown.quietestCorner(paths, step, width, height, 10);
        double x = corner[0];
        double y = corner[1];
        g.setFill(style.box());
        g.fillRoundRect(x, y, width, height, 10, 10);
        g.setStroke(style.boxBorder());
        g.setLineWidth(style.line(1));
        g.strokeRoundRect(x, y, width, height, 10, 10);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < paths.size(); i++) {
            PathResult p = paths.get(i);
            double cy = y + 5 + lineHeight * i + lineHeight / 2;
            Colors.Style look = Palette.style(p.name());
            g.setStroke(LandscapePaths.HALO);
            g.setLineWidth(style.line(6));
            g.strokeLine(x + 8, cy, x + 12 + swatch, cy);
            g.setStroke(Palette.of(p.name()));
            g.setLineWidth(style.line(4));
            g.setLineDashes(Palette.dashes(p.name(), style::size));
            g.setLineCap(look.dashes().length == 0 ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
            g.strokeLine(x + 8, cy, x + 12 + swatch, cy);
            g.setLineDashes();
            g.setLineCap(StrokeLineCap.ROUND);
            Palette.marker(
                    g,
                    look.marker(),
                    x + 10 + swatch / 2,
                    cy,
                    style.size(4.5),
                    Palette.of(p.name()),
                    Color.WHITE,
                    style.line(1.2));
            g.setFont(bold);
            g.setFill(style.text());
            text.fill(g, p.displayName(), x + 16 + swatch, cy);
            g.setFont(font);
            g.setFill(p.failedBy(step) ? failureText(style, p.outcome().status()) : style.muted());
            text.fill(g, PathStatus.of(p, step), x + 16 + swatch + nameWidth + 14, cy);
        }
    }

    /** A panel's title with its optimizer's colour, and its status line below, both fitted to {@code width}. */
    void drawTitle(GraphicsContext g, String title, String status, List<PathResult> paths, int step, double width) {
        ChartStyle style = ChartStyle.current();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        double swatch = style.size(12);
        if (!paths.isEmpty()) {
            g.setFill(Palette.of(paths.get(0).name()));
            g.fillRoundRect(8, style.size(7), swatch, swatch, 3, 3);
        }
        g.setFill(style.text());
        g.setFont(style.bold(13));
        double w = width;
        text.fillFitted(g, title, 14 + swatch, style.size(4), w - 22 - swatch);
        g.setFont(style.font(12));
        boolean failed = !paths.isEmpty() && paths.get(0).failedBy(step);
        g.setFill(failed ? failureText(style, paths.get(0).outcome().status()) : style.muted());
        text.fillFitted(g, status == null ? "" : status, 8, style.size(23), w - 16);
    }

    /** The outcome's colour, lightened on a dark background so that it still reads. */
    private static Color failureText(ChartStyle style, Outcome.Status status) {
        Color color = Palette.outcome(status);
        return style.dark() ? color.interpolate(Color.WHITE, 0.45) : color;
    }
}
