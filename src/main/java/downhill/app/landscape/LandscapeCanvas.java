package downhill.app.landscape;

import downhill.app.control.CanvasRegion;
import downhill.app.control.CanvasText;
import downhill.app.control.ChartStyle;
import downhill.app.control.HeatmapImages;
import downhill.app.control.PlotArea;
import downhill.engine.explain.StepExplanation;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.landscape.Colormap;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.scene.PathResult;
import downhill.render.Viewport;
import java.util.List;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.canvas.GraphicsContext;

/**
 * One landscape on screen: the heatmap with its contours, axes, colour bar, the known minima, the start marker and
 * the optimizers' paths up to the current step. The overlay layout uses one large canvas with a legend; the
 * side-by-side layout one small canvas per optimizer with a title and a status line. This class lays the layers on
 * top of each other ({@link LandscapePaths} on the plane, {@link StepArrows} for the inspected step,
 * {@link LandscapeGuides} around the plot); {@link LandscapeGestures} turns the mouse into an {@link Interaction}:
 * the wheel zooms about the cursor, dragging the background pans, a click sets the start, dragging the start marker
 * moves it live.
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
     * whose arrows (−η·g, Δθ, the optimizer's memory) and rate box are drawn at its point, or null for none. Made
     * with {@link #of(Window)}, which names each part.
     */
    public record Frame(
            LandscapeImage image,
            Window requested,
            Objective objective,
            Point start,
            List<PathResult> paths,
            int step,
            boolean legend,
            String title,
            String status,
            Colormap colormap,
            StepExplanation explained,
            List<String> axes) {

        /** A frame of the plane's window {@code requested}: empty until its parts are named on the builder. */
        public static Builder of(Window requested) {
            return new Builder(requested);
        }
    }

    /**
     * Names a {@link Frame}'s parts. Left out: no picture, no function (so no minima, axes x and y), no start, no
     * paths at step 0, no legend, no title, the viridis colour bar, no inspected step.
     */
    public static final class Builder {
        private final Window requested;
        private LandscapeImage image;
        private Objective objective;
        private Point start;
        private List<PathResult> paths = List.of();
        private int step;
        private boolean legend;
        private String title;
        private String status;
        private Colormap colormap = Colormap.VIRIDIS;
        private StepExplanation explained;
        private List<String> axes;

        private Builder(Window requested) {
            this.requested = requested;
        }

        /** The heatmap, or null while it is computed. */
        public Builder image(LandscapeImage image) {
            this.image = image;
            return this;
        }

        /** The function: its minima are marked and its axis names label the axes (unless {@link #axes} says). */
        public Builder objective(Objective objective) {
            this.objective = objective;
            return this;
        }

        public Builder start(Point start) {
            this.start = start;
            return this;
        }

        /** The paths, drawn up to {@code step}. */
        public Builder paths(List<PathResult> paths, int step) {
            this.paths = paths;
            this.step = step;
            return this;
        }

        /** Whether the paths' legend is drawn in the plot's quietest corner. */
        public Builder legend(boolean legend) {
            this.legend = legend;
            return this;
        }

        /** A small panel's title line and the status line below it. */
        public Builder title(String title, String status) {
            this.title = title;
            this.status = status;
            return this;
        }

        public Builder colormap(Colormap colormap) {
            this.colormap = colormap;
            return this;
        }

        /** The step whose arrows are drawn at its point, or null. */
        public Builder explained(StepExplanation explained) {
            this.explained = explained;
            return this;
        }

        /** The axes' names, for a plane that is not a function's (α and β of a loss slice). */
        public Builder axes(List<String> axes) {
            this.axes = axes;
            return this;
        }

        public Frame build() {
            List<String> names = axes != null ? axes : objective == null ? List.of("x", "y") : objective.axisNames();
            return new Frame(
                    image, requested, objective, start, paths, step, legend, title, status, colormap, explained, names);
        }
    }

    private final HeatmapImages images;
    private final Interaction interaction;
    private final boolean compact;
    private final LandscapePaths plane;
    private final StepArrows arrows;
    private final LandscapeGuides guides;
    private Viewport viewport;
    private Frame frame;
    private final CanvasText text = text();

    /**
     * @param compact a small panel of the side-by-side layout: smaller type, a title line, no colour bar
     */
    public LandscapeCanvas(HeatmapImages images, Interaction interaction, boolean compact) {
        this.images = images;
        this.interaction = interaction;
        this.compact = compact;
        this.plane = new LandscapePaths(compact, text);
        this.arrows = new StepArrows(text);
        this.guides = new LandscapeGuides(compact, text, images);
        getStyleClass().add("landscape-canvas");
        setMinSize(120, 100);
        LandscapeGestures.install(canvas(), interaction, () -> viewport, () -> frame == null ? null : frame.start());
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
        return Viewport.fit(
                requested, left, top, canvas().getWidth() - left - right, canvas().getHeight() - top - bottom);
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
        plane.drawMinima(g, next.objective(), shown);
        plane.drawPaths(g, next.paths(), next.step(), shown);
        plane.drawStart(g, next.start(), shown);
        if (next.explained() != null) {
            arrows.draw(g, next.explained(), shown);
        }
        g.restore();
        plane.drawEdges(g, next.paths(), next.step(), shown);
        guides.drawAxes(g, shown, next.axes());
        if (!compact && next.image() != null) {
            guides.drawColorBar(g, next.image(), next.colormap(), shown);
        }
        if (next.legend() && !next.paths().isEmpty()) {
            guides.drawLegend(g, next.paths(), next.step(), shown);
        }
        if (next.title() != null) {
            guides.drawTitle(g, next.title(), next.status(), next.paths(), next.step(), canvas().getWidth());
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
}
