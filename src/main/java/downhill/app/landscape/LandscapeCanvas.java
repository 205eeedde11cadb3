package downhill.app.landscape;

import downhill.app.control.CanvasRegion;
import downhill.app.control.CanvasText;
import downhill.app.control.ChartStyle;
import downhill.app.control.HeatmapImages;
import downhill.app.control.PlotArea;
import downhill.app.i18n.Messages;
import downhill.app.i18n.OutcomeText;
import downhill.app.optimizers.Palette;
import downhill.engine.Numbers;
import downhill.engine.explain.StepExplanation;
import downhill.engine.function.Minimum;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.landscape.AxisTicks;
import downhill.engine.landscape.ColorbarTicks;
import downhill.engine.landscape.Colormap;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.run.Outcome;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import downhill.render.Colors;
import downhill.render.PathLayers;
import downhill.render.Viewport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * One landscape on screen: the heatmap with its contours, axes, colour bar, the known minima, the start marker and
 * the optimizers' paths up to the current step. The overlay layout uses one large canvas with a legend; the
 * side-by-side layout one small canvas per optimizer with a title and a status line. Mouse gestures go to an
 * {@link Interaction}: the wheel zooms about the cursor, dragging the background pans, a click sets the start,
 * dragging the start marker moves it live.
 */
public final class LandscapeCanvas extends CanvasRegion implements PlotArea {

    /** What the canvas asks of its owner when the user acts. */
    public interface Interaction {
        void zoom(Window shown, double factor, double x, double y);

        void pan(Window shown, double dx, double dy);

        void setStart(double x, double y);

        void dragStart(double x, double y);

        void hover(double x, double y);

        void hoverEnded();

        void viewportChanged(Viewport viewport);
    }

    /**
     * Everything one frame shows; the canvas keeps no other state of the landscape. {@code explained} is the step
     * whose arrows (−η·g, Δθ, the optimizer's memory) and rate box are drawn at its point, or null for none.
     */
    public record Frame(LandscapeImage image, Window requested, Objective objective, Point start,
            List<PathResult> paths, int step, boolean legend, String title, String status, Colormap colormap,
            StepExplanation explained, List<String> axes) {

        /** A frame whose axes are named by the objective (x and y without one). */
        public Frame(LandscapeImage image, Window requested, Objective objective, Point start,
                List<PathResult> paths, int step, boolean legend, String title, String status, Colormap colormap,
                StepExplanation explained) {
            this(image, requested, objective, start, paths, step, legend, title, status, colormap, explained,
                    objective == null ? List.of("x", "y") : objective.axisNames());
        }
    }

    /** The arrows' colours: the real step white, plain gradient descent yellow, the memory pink. */
    public static final Color STEP_ARROW = Color.WHITE;
    public static final Color GRADIENT_ARROW = Color.web("#FACC15");
    public static final Color MEMORY_ARROW = Color.web("#F472B6");
    /** The step arrow is stretched to about this many pixels when the real step is shorter. */
    private static final double ARROW_TARGET = 90;
    /** The rate box's larger half-side, in pixels. */
    private static final double BOX_HALF = 46;

    private static final Color HALO = Palette.halo();
    private static final Color ARROW_HALO = Color.rgb(0, 0, 0, 0.8);
    private static final double PRESS_SLOP = 4;

    private final HeatmapImages images;
    private final Interaction interaction;
    private final boolean compact;
    private Viewport viewport;
    private Frame frame;
    private double pressX;
    private double pressY;
    private Window pressWindow;
    private boolean draggingStart;
    private boolean panning;
    private final CanvasText text = text();

    /**
     * @param compact a small panel of the side-by-side layout: smaller type, a title line, no colour bar
     */
    public LandscapeCanvas(HeatmapImages images, Interaction interaction, boolean compact) {
        this.images = images;
        this.interaction = interaction;
        this.compact = compact;
        getStyleClass().add("landscape-canvas");
        setMinSize(120, 100);
        Canvas canvas = canvas();
        canvas.setOnScroll(this::onScroll);
        canvas.setOnMousePressed(this::onPressed);
        canvas.setOnMouseDragged(this::onDragged);
        canvas.setOnMouseReleased(this::onReleased);
        canvas.setOnMouseMoved(e -> {
            if (viewport != null && viewport.inside(e.getX(), e.getY())) {
                interaction.hover(viewport.toX(e.getX()), viewport.toY(e.getY()));
            } else {
                interaction.hoverEnded();
            }
        });
        canvas.setOnMouseExited(e -> interaction.hoverEnded());
    }

    @Override
    protected void redraw() {
        if (frame != null) {
            draw(frame);
        }
    }

    /** The plot rectangle this canvas shows for {@code requested}, for asking the renderer for the right size. */
    public Viewport viewportFor(Window requested) {
        ChartStyle s = ChartStyle.current();
        double left = s.size(compact ? 42 : 64);
        double right = s.size(compact ? 10 : 96);
        double top = s.size(compact ? 44 : 12);
        double bottom = s.size(compact ? 26 : 28);
        return Viewport.fit(requested, left, top, canvas().getWidth() - left - right,
                canvas().getHeight() - top - bottom);
    }

    public Viewport viewport() {
        return viewport;
    }

    @Override
    public Optional<Bounds> plotArea() {
        return Optional.ofNullable(viewport).map(v -> new BoundingBox(v.left(), v.top(), v.width(), v.height()));
    }


    /** The frame drawn last, or null before the first. */
    public Frame frame() {
        return frame;
    }

    public void draw(Frame next) {
        frame = next;
        text.clear();
        GraphicsContext g = canvas().getGraphicsContext2D();
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        ChartStyle style = ChartStyle.current();
        g.setFill(style.background());
        g.fillRect(0, 0, w, h);
        if (w < 60 || h < 60 || next.requested() == null) {
            return;
        }
        Viewport shown = viewportFor(next.requested());
        if (!shown.equals(viewport)) {
            viewport = shown;
            interaction.viewportChanged(shown);
        }
        g.save();
        g.beginPath();
        g.rect(shown.left(), shown.top(), shown.width(), shown.height());
        g.clip();
        g.setFill(style.plot());
        g.fillRect(shown.left(), shown.top(), shown.width(), shown.height());
        if (next.image() != null) {
            drawHeatmap(g, next.image(), shown);
        }
        drawMinima(g, next.objective(), shown);
        List<PathResult> order = PathLayers.slowestOnTop(next.paths());
        boolean[] covered = PathLayers.covered(order, next.step(), shown);
        for (int i = 0; i < order.size(); i++) {
            drawPath(g, order.get(i), next.step(), shown, covered[i]);
        }
        for (PathResult path : order) {
            drawMarkers(g, path, next.step(), shown);
        }
        drawStart(g, next.start(), shown);
        if (next.explained() != null) {
            drawArrows(g, next.explained(), shown);
        }
        g.restore();
        List<double[]> labels = new ArrayList<>();
        for (PathResult path : next.paths()) {
            if (path.failedBy(next.step())) {
                drawFailure(g, path, shown, labels);
            } else {
                drawOffChart(g, path, next.step(), shown);
            }
        }
        drawAxes(g, shown, next.axes());
        if (!compact && next.image() != null) {
            drawColorBar(g, next.image(), next.colormap(), shown);
        }
        if (next.legend() && !next.paths().isEmpty()) {
            drawLegend(g, next.paths(), next.step(), shown);
        }
        if (next.title() != null) {
            drawTitle(g, next.title(), next.status(), next.paths());
        }
    }

    private void drawHeatmap(GraphicsContext g, LandscapeImage picture, Viewport shown) {
        Window covered = picture.window();
        double x0 = shown.toPixelX(covered.xMin());
        double x1 = shown.toPixelX(covered.xMax());
        double y0 = shown.toPixelY(covered.yMax());
        double y1 = shown.toPixelY(covered.yMin());
        g.setImageSmoothing(true);
        g.drawImage(images.of(picture), x0, y0, x1 - x0, y1 - y0);
    }

    private void drawMinima(GraphicsContext g, Objective objective, Viewport shown) {
        if (objective == null) {
            return;
        }
        for (Minimum m : objective.minima()) {
            double x = shown.toPixelX(m.x());
            double y = shown.toPixelY(m.y());
            double r = ChartStyle.current().size(compact ? 5 : 7);
            g.setLineWidth(ChartStyle.current().line(1.5));
            g.setStroke(Color.BLACK);
            g.setFill(m.global() ? Color.WHITE : Color.TRANSPARENT);
            double[] xs = {x, x + r, x, x - r};
            double[] ys = {y - r, y, y + r, y};
            g.fillPolygon(xs, ys, 4);
            g.strokePolygon(xs, ys, 4);
            if (!m.global()) {
                g.setStroke(Color.WHITE);
                g.setLineWidth(1);
                double[] inner = {x, x + r - 2, x, x - r + 2};
                double[] innerY = {y - r + 2, y, y + r - 2, y};
                g.strokePolygon(inner, innerY, 4);
            }
        }
    }

    /** The path's pixels up to {@code step}: {xs, ys}, or null before its first point. */
    private static double[][] pixels(PathResult path, int step, Viewport shown) {
        Trajectory t = path.trajectory();
        int last = path.visibleStep(step);
        if (last < 0) {
            return null;
        }
        double[] xs = new double[last + 1];
        double[] ys = new double[last + 1];
        for (int k = 0; k <= last; k++) {
            xs[k] = Viewport.clampPixel(shown.toPixelX(t.x(k)));
            ys[k] = Viewport.clampPixel(shown.toPixelY(t.y(k)));
        }
        return new double[][] {xs, ys};
    }

    /**
     * The path's line over its dark halo, in its dashes; a path largely {@code covered} by the ones drawn after it is
     * a wider band, so that its colour shows on both sides of theirs.
     */
    private void drawPath(GraphicsContext g, PathResult path, int step, Viewport shown, boolean covered) {
        double[][] p = pixels(path, step, shown);
        if (p == null) {
            return;
        }
        double[] xs = p[0];
        double[] ys = p[1];
        Color color = Palette.of(path.name());
        Colors.Style look = Palette.style(path.name());
        ChartStyle style = ChartStyle.current();
        double width = style.line(compact ? 2 : 2.6) + (covered ? style.line(5) : 0);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setStroke(HALO);
        g.setLineWidth(width + style.line(2.4));
        g.strokePolyline(xs, ys, xs.length);
        g.setStroke(color);
        g.setLineWidth(width);
        g.setLineDashes(Palette.dashes(path.name(), style::size));
        g.setLineCap(look.dashes().length == 0 ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
        g.strokePolyline(xs, ys, xs.length);
        g.setLineDashes();
        g.setLineCap(StrokeLineCap.ROUND);
    }

    /** Small markers along the path, a few of them, tell two paths on one line apart; a large one at its end. */
    private void drawMarkers(GraphicsContext g, PathResult path, int step, Viewport shown) {
        double[][] p = pixels(path, step, shown);
        if (p == null) {
            return;
        }
        double[] xs = p[0];
        double[] ys = p[1];
        int last = xs.length - 1;
        Color color = Palette.of(path.name());
        Colors.Marker marker = Palette.style(path.name()).marker();
        ChartStyle style = ChartStyle.current();
        double small = style.size(compact ? 2.6 : 3.2);
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int k = 1; k < last; k++) {
            if (!(Math.hypot(xs[k] - lastX, ys[k] - lastY) < 6 * small)) {
                Palette.marker(g, marker, xs[k], ys[k], small, color, HALO, style.line(1));
                lastX = xs[k];
                lastY = ys[k];
            }
        }
        Palette.marker(g, marker, xs[last], ys[last], style.size(compact ? 4.5 : 6), color, Color.WHITE,
                style.line(1.6));
    }

    /** A path whose current point lies outside the view gets an arrow at the edge pointing to it. */
    private void drawOffChart(GraphicsContext g, PathResult path, int step, Viewport shown) {
        Trajectory t = path.trajectory();
        int k = path.visibleStep(step);
        double x = shown.toPixelX(t.x(k));
        double y = shown.toPixelY(t.y(k));
        if (shown.inside(x, y)) {
            return;
        }
        double cx = shown.left() + shown.width() / 2;
        double cy = shown.top() + shown.height() / 2;
        double dx = x - cx;
        double dy = y - cy;
        double reach = Math.min(Math.abs((shown.width() / 2 - 14) / (dx == 0 ? 1e-9 : dx)),
                Math.abs((shown.height() / 2 - 14) / (dy == 0 ? 1e-9 : dy)));
        double length = Math.hypot(dx, dy);
        double ux = dx / length;
        double uy = dy / length;
        double tipX = cx + dx * reach;
        double tipY = cy + dy * reach;
        arrow(g, tipX - ux * 22, tipY - uy * 22, tipX, tipY, Palette.of(path.name()), 8);
    }

    /**
     * The step's arrows at its point, all on one scale so their lengths compare: stretched so the real step is
     * about {@value #ARROW_TARGET} px when it is shorter, and cut at the edge of reach when one is far longer
     * (its label then says so). Adaptive optimizers also get a box whose half-sides are the effective rates.
     */
    private void drawArrows(GraphicsContext g, StepExplanation e, Viewport shown) {
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
        e.memoryStep().ifPresent(m -> stepArrow(g, shown, px, py, m.values(), scale, reach, MEMORY_ARROW,
                m.symbol(), labels, text));
        // The real step last, on top.
        stepArrow(g, shown, px, py, step, scale, reach, STEP_ARROW, "Δθ", labels, text);
        drawArrowKey(g, shown, stretch, e.adaptive());
    }

    /** One arrow from (px, py) with its label, moved down past the labels already in {@code placed}. */
    private static void stepArrow(GraphicsContext g, Viewport shown, double px, double py, double[] vector,
            double scale, double reach, Color color, String label, List<double[]> placed, CanvasText drawn) {
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
        arrow(g, px, py, px + dx, py + dy, color, 13, ARROW_HALO, 7, 3.5);
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
        lines.add(stretch > 1.05 ? Messages.text("landscape.arrows.stretched", Numbers.compact(stretch))
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

    private static void arrow(GraphicsContext g, double fromX, double fromY, double tipX, double tipY, Color color,
            double head) {
        arrow(g, fromX, fromY, tipX, tipY, color, head, Color.WHITE, 5, 2.5);
    }

    private static void arrow(GraphicsContext g, double fromX, double fromY, double tipX, double tipY, Color color,
            double head, Color halo, double haloWidth, double width) {
        double length = Math.hypot(tipX - fromX, tipY - fromY);
        double dx = (tipX - fromX) / length;
        double dy = (tipY - fromY) / length;
        g.setLineCap(StrokeLineCap.ROUND);
        g.setStroke(halo);
        g.setLineWidth(haloWidth);
        g.strokeLine(fromX, fromY, tipX - dx * head * 0.6, tipY - dy * head * 0.6);
        g.setStroke(color);
        g.setLineWidth(width);
        g.strokeLine(fromX, fromY, tipX - dx * head * 0.6, tipY - dy * head * 0.6);
        double[] hx = {tipX, tipX - dx * head - dy * head * 0.6, tipX - dx * head + dy * head * 0.6};
        double[] hy = {tipY, tipY - dy * head + dx * head * 0.6, tipY - dy * head - dx * head * 0.6};
        g.setStroke(halo);
        g.setLineWidth(haloWidth - width);
        g.strokePolygon(hx, hy, 3);
        g.setFill(color);
        g.fillPolygon(hx, hy, 3);
    }

    private void drawFailure(GraphicsContext g, PathResult path, Viewport shown, List<double[]> labels) {
        double[] heading = shown.lastHeading(path.trajectory());
        double x = heading[0];
        double y = heading[1];
        double dx = heading[2];
        double dy = heading[3];
        // Keep the arrow's tail on the chart, so it points off the chart from where the path was last seen.
        double ax = Math.max(shown.left() + 4, Math.min(shown.left() + shown.width() - 4, x));
        double ay = Math.max(shown.top() + 4, Math.min(shown.top() + shown.height() - 4, y));
        ChartStyle style = ChartStyle.current();
        double arrow = style.size(compact ? 26 : 40);
        double tipX = ax + dx * arrow;
        double tipY = ay + dy * arrow;
        Color color = Palette.outcome(path.outcome().status());
        arrow(g, ax, ay, tipX, tipY, color, compact ? 7 : 10);
        String message = OutcomeText.of(path.outcome());
        Font font = style.bold(compact ? 11 : 14);
        g.setFont(font);
        double textWidth = TextMetrics.width(message, font);
        double boxHeight = style.size(compact ? 16 : 20);
        double lx = Math.max(shown.left() + 4, Math.min(shown.left() + shown.width() - textWidth - 10, ax + 8));
        // Labels of runs that ended near each other stack instead of printing over each other.
        double ly = PathLayers.place(labels, lx - 4, ay + (dy > 0 ? -boxHeight - 10 : 12), textWidth + 8,
                boxHeight, shown.top() + 4, shown.top() + shown.height() - boxHeight - 4);
        ly += 2;
        // Always a light box: the failure colours are chosen to read on white.
        g.setFill(Color.rgb(255, 255, 255, 0.92));
        g.fillRoundRect(lx - 4, ly - 2, textWidth + 8, boxHeight, 6, 6);
        g.setFill(color);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        text.fill(g, message, lx, ly);
    }

    private void drawStart(GraphicsContext g, Point start, Viewport shown) {
        if (start == null) {
            return;
        }
        double x = shown.toPixelX(start.x());
        double y = shown.toPixelY(start.y());
        ChartStyle style = ChartStyle.current();
        double r = style.size(compact ? 5 : 7);
        g.setFill(Color.WHITE);
        g.setStroke(Color.BLACK);
        g.setLineWidth(style.line(2));
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setFill(Color.BLACK);
        g.fillOval(x - 1.5, y - 1.5, 3, 3);
    }

    private void drawAxes(GraphicsContext g, Viewport shown, List<String> names) {
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
        text.fill(g, names.get(0), shown.left() + shown.width() + style.size(10), shown.top() + shown.height()
                + tick);
        text.fill(g, names.get(1), 8, shown.top());
    }

    private void drawColorBar(GraphicsContext g, LandscapeImage picture, Colormap colormap, Viewport shown) {
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

    private void drawLegend(GraphicsContext g, List<PathResult> paths, int step, Viewport shown) {
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
            g.setStroke(HALO);
            g.setLineWidth(style.line(6));
            g.strokeLine(x + 8, cy, x + 12 + swatch, cy);
            g.setStroke(Palette.of(p.name()));
            g.setLineWidth(style.line(4));
            g.setLineDashes(Palette.dashes(p.name(), style::size));
            g.setLineCap(look.dashes().length == 0 ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
            g.strokeLine(x + 8, cy, x + 12 + swatch, cy);
            g.setLineDashes();
            g.setLineCap(StrokeLineCap.ROUND);
            Palette.marker(g, look.marker(), x + 10 + swatch / 2, cy, style.size(4.5), Palette.of(p.name()),
                    Color.WHITE, style.line(1.2));
            g.setFont(bold);
            g.setFill(style.text());
            text.fill(g, p.displayName(), x + 16 + swatch, cy);
            g.setFont(font);
            g.setFill(p.failedBy(step) ? failureText(style, p.outcome().status()) : style.muted());
            text.fill(g, PathStatus.of(p, step), x + 16 + swatch + nameWidth + 14, cy);
        }
    }

    private void drawTitle(GraphicsContext g, String title, String status, List<PathResult> paths) {
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
        double w = canvas().getWidth();
        text.fillFitted(g, title, 14 + swatch, style.size(4), w - 22 - swatch);
        g.setFont(style.font(12));
        boolean failed = !paths.isEmpty() && paths.get(0).failedBy(frame.step());
        g.setFill(failed ? failureText(style, paths.get(0).outcome().status()) : style.muted());
        text.fillFitted(g, status == null ? "" : status, 8, style.size(23), w - 16);
    }

    /** The outcome's colour, lightened on a dark background so that it still reads. */
    private static Color failureText(ChartStyle style, Outcome.Status status) {
        Color color = Palette.outcome(status);
        return style.dark() ? color.interpolate(Color.WHITE, 0.45) : color;
    }

    // ----- gestures

    private void onScroll(ScrollEvent e) {
        if (viewport == null || e.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(0.85, e.getDeltaY() / 40.0);
        interaction.zoom(viewport.shown(), factor, viewport.toX(e.getX()), viewport.toY(e.getY()));
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        if (viewport == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        pressWindow = viewport.shown();
        panning = false;
        Point start = frame == null ? null : frame.start();
        draggingStart = start != null && Math.hypot(viewport.toPixelX(start.x()) - e.getX(),
                viewport.toPixelY(start.y()) - e.getY()) <= ChartStyle.current().size(10);
    }

    private void onDragged(MouseEvent e) {
        if (viewport == null || pressWindow == null) {
            return;
        }
        if (draggingStart) {
            interaction.dragStart(viewport.toX(e.getX()), viewport.toY(e.getY()));
            return;
        }
        if (panning || Math.hypot(e.getX() - pressX, e.getY() - pressY) > PRESS_SLOP) {
            panning = true;
            double unit = pressWindow.width() / viewport.width();
            interaction.pan(pressWindow, (e.getX() - pressX) * unit, -(e.getY() - pressY) * unit);
        }
    }

    private void onReleased(MouseEvent e) {
        if (viewport == null || pressWindow == null) {
            return;
        }
        if (!draggingStart && !panning && viewport.inside(e.getX(), e.getY())) {
            interaction.setStart(viewport.toX(e.getX()), viewport.toY(e.getY()));
        }
        pressWindow = null;
        draggingStart = false;
        panning = false;
    }
}
