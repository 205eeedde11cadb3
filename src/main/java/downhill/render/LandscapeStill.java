package downhill.render;

import downhill.engine.MemoryBudget;
import downhill.engine.function.Minimum;
import downhill.engine.function.Window;
import downhill.engine.landscape.AxisTicks;
import downhill.engine.landscape.ColorbarTicks;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.landscape.LandscapeRenderer;
import downhill.engine.landscape.RenderRequest;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.LandscapeScene;
import downhill.engine.scene.PathResult;
import downhill.render.Ink.Align;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A landscape as a picture file, without a window: the heatmap and contours of the one engine renderer, axes with
 * ticks, the colour bar, the known minima, the start, each optimizer's path up to a step in its colour with its
 * current point, a legend and a title naming the function and the step — the look of the app's overlay.
 * The heatmap is rendered once, so the frames of an animation cost only their paths.
 */
public final class LandscapeStill {

    /**
     * Heap a picture takes per pixel while drawn: the heatmap's values, the image, the contour work. Measured with a
     * 1 GB heap: 6000×6000 draws, 8000×8000 runs out of memory.
     */
    public static final double BYTES_PER_PIXEL = 20;

    /** Refuses, before anything is drawn, a picture of {@code width}×{@code height} that would not fit the heap. */
    public static void requireFits(MemoryBudget budget, String subject, int width, int height) {
        budget.require(subject, (long) width * height, pixels -> BYTES_PER_PIXEL * pixels, " pixels");
    }

    private static final Color HALO = new Color(Colors.HALO_ARGB, true);
    private static final Color NO_PICTURE = new Color(0xe5e7eb);

    private final LandscapeScene scene;
    private final List<PathResult> paths;
    private final int width;
    private final int height;
    private final double unit;
    private final Viewport viewport;
    private final LandscapeImage heatmap;
    private final BufferedImage heatmapPixels;
    private final BufferedImage colorBar;

    /**
     * @param paths the scene's race ({@link LandscapeScene#race()}), or the paths the app already has
     */
    public LandscapeStill(LandscapeScene scene, List<PathResult> paths, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a picture needs at least one pixel, got " + width + " × " + height);
        }
        this.scene = scene;
        this.paths = List.copyOf(paths);
        this.width = width;
        this.height = height;
        this.unit = Ink.unitFor(width, height);
        int left = (int) Math.round(64 * unit);
        int right = (int) Math.round(100 * unit);
        int top = (int) Math.round(40 * unit);
        int bottom = (int) Math.round(44 * unit);
        viewport = Viewport.fit(
                scene.window(), left, top, Math.max(1, width - left - right), Math.max(1, height - top - bottom));
        int plotWidth = (int) Math.round(viewport.width());
        int plotHeight = (int) Math.round(viewport.height());
        heatmap = LandscapeRenderer.parallel()
                .render(new RenderRequest(
                        scene.objective()::valueRow,
                        viewport.shown(),
                        plotWidth,
                        plotHeight,
                        scene.colormap(),
                        scene.scaling(),
                        RenderRequest.DEFAULT_CONTOUR_LEVELS,
                        RenderRequest.DEFAULT_CONTOUR_ARGB));
        heatmapPixels = new BufferedImage(plotWidth, plotHeight, BufferedImage.TYPE_INT_RGB);
        heatmapPixels.setRGB(0, 0, plotWidth, plotHeight, heatmap.argb(), 0, plotWidth);
        colorBar = new BufferedImage(1, 256, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 256; i++) {
            colorBar.setRGB(0, i, scene.colormap().argb(1 - i / 255.0));
        }
    }

    /** The picture at {@code step} (0 to the scene's steps) of a freshly run race. */
    public static BufferedImage render(LandscapeScene scene, int step, int width, int height) {
        return new LandscapeStill(scene, scene.race(), width, height).at(step);
    }

    /** Where the plot sits in the picture and which part of the plane it shows. */
    public Viewport viewport() {
        return viewport;
    }

    public List<PathResult> paths() {
        return paths;
    }

    /** The last step any path reaches, at most the scene's step limit: where an animation can stop. */
    public int lastStep() {
        int last = 0;
        for (PathResult p : paths) {
            last = Math.max(last, p.trajectory().size() - 1);
        }
        return Math.min(last, scene.steps());
    }

    /** The picture with every path drawn up to {@code step}. */
    public BufferedImage at(int step) {
        if (step < 0 || step > scene.steps()) {
            throw new IllegalArgumentException("step must be between 0 and " + scene.steps() + ", got " + step);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Ink ink = Ink.on(image, unit);
        Viewport v = viewport;
        Shape plot = new Rectangle2D.Double(v.left(), v.top(), v.width(), v.height());
        ink.graphics().setClip(plot);
        ink.graphics().setColor(NO_PICTURE);
        ink.graphics().fill(plot);
        ink.graphics().drawImage(heatmapPixels, (int) v.left(), (int) v.top(), null);
        drawMinima(ink);
        List<PathResult> order = PathLayers.slowestOnTop(paths);
        boolean[] covered = PathLayers.covered(order, step, viewport);
        for (int i = 0; i < order.size(); i++) {
            drawPath(ink, order.get(i), step, covered[i]);
        }
        for (PathResult path : order) {
            drawMarkers(ink, path, step);
        }
        drawStart(ink);
        ink.graphics().setClip(null);
        List<double[]> labels = new ArrayList<>();
        for (PathResult path : paths) {
            if (path.failedBy(step)) {
                drawFailure(ink, path, labels);
            } else {
                drawOffChart(ink, path, step);
            }
        }
        drawAxes(ink);
        drawColorBar(ink);
        if (!paths.isEmpty()) {
            drawLegend(ink, step);
        }
        drawTitle(ink, step);
        ink.dispose();
        return image;
    }

    private void drawMinima(Ink ink) {
        for (Minimum m : scene.objective().minima()) {
            double x = viewport.toPixelX(m.x());
            double y = viewport.toPixelY(m.y());
            double r = ink.px(7);
            Path2D.Double diamond = diamond(x, y, r);
            if (m.global()) {
                ink.graphics().setColor(Color.WHITE);
                ink.graphics().fill(diamond);
            }
            ink.stroke(Color.BLACK, ink.px(1.5));
            ink.graphics().draw(diamond);
            if (!m.global()) {
                ink.stroke(Color.WHITE, ink.px(1));
                ink.graphics().draw(diamond(x, y, r - ink.px(2)));
            }
        }
    }

    private static Path2D.Double diamond(double x, double y, double r) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(x, y - r);
        d.lineTo(x + r, y);
        d.lineTo(x, y + r);
        d.lineTo(x - r, y);
        d.closePath();
        return d;
    }

    /** The path over its halo; a path largely covered by later ones is a wider band (see PathLayers.covered). */
    private void drawPath(Ink ink, PathResult path, int step, boolean covered) {
        Trajectory t = path.trajectory();
        int last = path.visibleStep(step);
        if (last < 0) {
            return;
        }
        Path2D.Double line = new Path2D.Double();
        line.moveTo(screenX(t.x(0)), screenY(t.y(0)));
        for (int k = 1; k <= last; k++) {
            line.lineTo(screenX(t.x(k)), screenY(t.y(k)));
        }
        Colors.Style style = Colors.style(path.name());
        Color color = new Color(Colors.rgb(path.name()));
        double width = ink.px(2.6) + (covered ? ink.px(5) : 0);
        ink.stroke(HALO, width + ink.px(2.4));
        ink.graphics().draw(line);
        ink.stroke(color, width, style.dashes());
        ink.graphics().draw(line);
    }

    /** Small markers along the path, a few of them, tell two paths on one line apart; a large one at its end. */
    private void drawMarkers(Ink ink, PathResult path, int step) {
        Trajectory t = path.trajectory();
        int last = path.visibleStep(step);
        if (last < 0) {
            return;
        }
        Colors.Style style = Colors.style(path.name());
        Color color = new Color(Colors.rgb(path.name()));
        double small = ink.px(3.2);
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int k = 1; k < last; k++) {
            double x = screenX(t.x(k));
            double y = screenY(t.y(k));
            if (!(Math.hypot(x - lastX, y - lastY) < 6 * small)) {
                ink.marker(style.marker(), x, y, small, color, HALO, ink.px(1));
                lastX = x;
                lastY = y;
            }
        }
        ink.marker(style.marker(), screenX(t.x(last)), screenY(t.y(last)), ink.px(6), color, Color.WHITE, ink.px(1.6));
    }

    private void drawStart(Ink ink) {
        double x = viewport.toPixelX(scene.start().x());
        double y = viewport.toPixelY(scene.start().y());
        double r = ink.px(7);
        Ellipse2D.Double ring = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        ink.graphics().setColor(Color.WHITE);
        ink.graphics().fill(ring);
        ink.stroke(Color.BLACK, ink.px(2));
        ink.graphics().draw(ring);
        double dot = ink.px(1.5);
        ink.graphics().setColor(Color.BLACK);
        ink.graphics().fill(new Ellipse2D.Double(x - dot, y - dot, 2 * dot, 2 * dot));
    }

    /** A path whose current point lies outside the view gets an arrow at the edge pointing to it. */
    private void drawOffChart(Ink ink, PathResult path, int step) {
        Trajectory t = path.trajectory();
        int k = path.visibleStep(step);
        double x = viewport.toPixelX(t.x(k));
        double y = viewport.toPixelY(t.y(k));
        if (viewport.inside(x, y) || !Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        double cx = viewport.left() + viewport.width() / 2;
        double cy = viewport.top() + viewport.height() / 2;
        double dx = x - cx;
        double dy = y - cy;
        double margin = ink.px(14);
        double reach = Math.min(
                Math.abs((viewport.width() / 2 - margin) / (dx == 0 ? 1e-9 : dx)),
                Math.abs((viewport.height() / 2 - margin) / (dy == 0 ? 1e-9 : dy)));
        double length = Math.hypot(dx, dy);
        double tipX = cx + dx * reach;
        double tipY = cy + dy * reach;
        ink.arrow(
                tipX - dx / length * ink.px(22),
                tipY - dy / length * ink.px(22),
                tipX,
                tipY,
                new Color(Colors.rgb(path.name())),
                ink.px(8));
    }

    /** Where a run diverged or left the domain: an arrow from its last finite point and the reason. */
    private void drawFailure(Ink ink, PathResult path, List<double[]> labels) {
        double[] heading = viewport.lastHeading(path.trajectory());
        double x = heading[0];
        double y = heading[1];
        double dx = heading[2];
        double dy = heading[3];
        double edge = ink.px(4);
        double ax = Math.max(viewport.left() + edge, Math.min(viewport.left() + viewport.width() - edge, x));
        double ay = Math.max(viewport.top() + edge, Math.min(viewport.top() + viewport.height() - edge, y));
        Color color = new Color(Colors.outcomeRgb(path.outcome().status()));
        ink.arrow(ax, ay, ax + dx * ink.px(40), ay + dy * ink.px(40), color, ink.px(10));
        String text = path.displayName() + ": " + path.outcome().message();
        Font font = ink.font(14, true);
        double textWidth = ink.width(text, font);
        double lx = Math.max(
                viewport.left() + edge,
                Math.min(viewport.left() + viewport.width() - textWidth - ink.px(10), ax + ink.px(8)));
        double ly = PathLayers.place(
                labels,
                lx - ink.px(4),
                ay + (dy > 0 ? -ink.px(30) : ink.px(12)),
                textWidth + ink.px(8),
                ink.px(20),
                viewport.top() + edge,
                viewport.top() + viewport.height() - ink.px(24));
        ink.graphics().setColor(new Color(255, 255, 255, 230));
        ink.graphics()
                .fill(new RoundRectangle2D.Double(
                        lx - ink.px(4), ly - ink.px(2), textWidth + ink.px(8), ink.px(20), ink.px(6), ink.px(6)));
        ink.text(text, lx, ly, font, color, Align.START, Align.START);
    }

    private void drawAxes(Ink ink) {
        Viewport v = viewport;
        ink.frame(v.left(), v.top(), v.width(), v.height());
        Font font = ink.font(13, false);
        Window w = v.shown();
        double bottom = v.top() + v.height();
        AxisTicks xTicks = AxisTicks.nice(w.xMin(), w.xMax(), Math.max(2, (int) (v.width() / ink.px(90))));
        for (double x : xTicks.values()) {
            ink.xTick(Math.round(v.toPixelX(x)) + 0.5, bottom, AxisTicks.format(x, xTicks.step()), font);
        }
        AxisTicks yTicks = AxisTicks.nice(w.yMin(), w.yMax(), Math.max(2, (int) (v.height() / ink.px(70))));
        for (double y : yTicks.values()) {
            ink.yTick(v.left(), Math.round(v.toPixelY(y)) + 0.5, AxisTicks.format(y, yTicks.step()), font);
        }
        Font bold = ink.font(14, true);
        ink.text("x", v.left() + v.width() - ink.px(10), bottom + ink.px(22), bold, Ink.TEXT, Align.START, Align.START);
        ink.text("y", ink.px(8), v.top(), bold, Ink.TEXT, Align.START, Align.START);
    }

    private void drawColorBar(Ink ink) {
        double x = viewport.left() + viewport.width() + ink.px(16);
        double top = viewport.top();
        double barHeight = viewport.height();
        double barWidth = ink.px(16);
        ink.graphics()
                .drawImage(
                        colorBar,
                        (int) Math.round(x),
                        (int) Math.round(top),
                        (int) Math.round(barWidth),
                        (int) Math.round(barHeight),
                        null);
        ink.frame(Math.round(x), Math.round(top), Math.round(barWidth), Math.round(barHeight));
        Font font = ink.font(12, false);
        for (ColorbarTicks.Tick tick : ColorbarTicks.of(heatmap, Math.max(3, (int) (barHeight / ink.px(60))))) {
            if (!(tick.position() >= 0 && tick.position() <= 1)) {
                continue;
            }
            double y = Math.round(top + (1 - tick.position()) * barHeight) + 0.5;
            ink.stroke(Ink.FRAME, 1);
            ink.line(x + barWidth, y, x + barWidth + ink.px(4), y);
            ink.text(tick.label(), x + barWidth + ink.px(6), y, font, Ink.TEXT, Align.START, Align.CENTER);
        }
    }

    private void drawLegend(Ink ink, int step) {
        Font bold = ink.font(14, true);
        Font font = ink.font(14, false);
        double lineHeight = ink.px(22);
        double nameWidth = 0;
        double summaryWidth = 0;
        double statusWidth = 0;
        for (PathResult p : paths) {
            nameWidth = Math.max(nameWidth, ink.width(p.displayName(), bold));
            summaryWidth = Math.max(summaryWidth, ink.width(p.summary(), font));
            statusWidth = Math.max(statusWidth, ink.width(p.status(step), font));
        }
        double gap = ink.px(14);
        double legendWidth =
                ink.px(34) + nameWidth + gap + (summaryWidth > 0 ? summaryWidth + gap : 0) + statusWidth + ink.px(12);
        double legendHeight = paths.size() * lineHeight + ink.px(10);
        double[] corner = viewport.quietestCorner(paths, step, legendWidth, legendHeight, ink.px(10));
        double x = corner[0];
        double y = corner[1];
        ink.panel(x, y, legendWidth, legendHeight);
        for (int i = 0; i < paths.size(); i++) {
            PathResult p = paths.get(i);
            double cy = y + ink.px(5) + lineHeight * i + lineHeight / 2;
            Colors.Style look = Colors.style(p.name());
            Color colour = new Color(Colors.rgb(p.name()));
            ink.stroke(HALO, ink.px(6));
            ink.line(x + ink.px(8), cy, x + ink.px(30), cy);
            ink.stroke(colour, ink.px(4), look.dashes());
            ink.line(x + ink.px(8), cy, x + ink.px(30), cy);
            ink.marker(look.marker(), x + ink.px(19), cy, ink.px(4.5), colour, Color.WHITE, ink.px(1.2));
            double tx = x + ink.px(34);
            ink.text(p.displayName(), tx, cy, bold, Ink.TEXT, Align.START, Align.CENTER);
            tx += nameWidth + gap;
            if (summaryWidth > 0) {
                ink.text(p.summary(), tx, cy, font, Ink.MUTED, Align.START, Align.CENTER);
                tx += summaryWidth + gap;
            }
            ink.text(
                    p.status(step),
                    tx,
                    cy,
                    font,
                    p.failedBy(step) ? new Color(Colors.outcomeRgb(p.outcome().status())) : Ink.MUTED,
                    Align.START,
                    Align.CENTER);
        }
    }

    /** Where x lies across the picture, within reach of the rasteriser. */
    private double screenX(double x) {
        return Viewport.clampPixel(viewport.toPixelX(x));
    }

    private double screenY(double y) {
        return Viewport.clampPixel(viewport.toPixelY(y));
    }

    private void drawTitle(Ink ink, int step) {
        String title = scene.objective().displayName() + "  —  step " + step + " of " + scene.steps();
        ink.text(
                title,
                viewport.left(),
                viewport.top() - ink.px(10),
                ink.font(16, true),
                Ink.TEXT,
                Align.START,
                Align.END);
    }
}
