package downhill.app.landscape;

import downhill.app.control.CanvasRegion;
import downhill.app.control.ChartStyle;
import downhill.app.control.FxPen;
import downhill.app.control.HeatmapImages;
import downhill.app.control.PlotArea;
import downhill.engine.explain.StepExplanation;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.landscape.Colormap;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.scene.PathResult;
import downhill.render.LandscapeDrawing;
import downhill.render.Viewport;
import downhill.render.draw.TextRoom;
import java.util.List;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * One landscape on screen: the heatmap with its contours, axes, colour bar, the known minima, the start marker and
 * the optimizers' paths up to the current step. The overlay layout uses one large canvas with a legend; the
 * side-by-side layout one small canvas per optimizer with a title and a status line. The layers are drawn by
 * {@link LandscapeDrawing}, the same code that draws the picture files, through a {@link FxPen}; the window adds
 * {@link StepArrows} for the inspected step. {@link LandscapeGestures} turns the mouse into an {@link Interaction}:
 * the wheel zooms about the cursor, dragging the background pans, a click sets the start, dragging the start marker
 * moves it live.
 */
public final class LandscapeCanvas extends CanvasRegion implements PlotArea {

    /** What the canvas asks of its owner when the user acts; an owner that does not act on one ignores it. */
    public interface Interaction {
        default void zoom(Window shown, double factor, double x, double y) {}

        default void pan(Window shown, double dx, double dy) {}

        default void setStart(double x, double y) {}

        default void dragStart(double x, double y) {}

        default void hover(double x, double y) {}

        default void hoverEnded() {}

        default void viewportChanged(Viewport viewport) {}
    }

    /**
     * Everything one frame shows; the canvas keeps no other state of the landscape. {@code explained} is the step
     * whose arrows (−η·g, Δθ, the optimizer's memory) and rate box are drawn at its point, or null for none. Made
     * with {@link #of(Window)}, which names each part.
     */
    public record Frame(Window requested, LandscapeDrawing.Content content, StepExplanation explained) {

        /** A frame of the plane's window {@code requested}: empty until its parts are named on the builder. */
        public static Builder of(Window requested) {
            return new Builder(requested);
        }

        public Point start() {
            return content.start();
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
                    requested,
                    new LandscapeDrawing.Content(
                            image, objective, start, paths, step, legend, title, status, colormap, names),
                    explained);
        }
    }

    private final Interaction interaction;
    private final LandscapeDrawing.Form form;
    private final FxPen pen;
    private final TextRoom room = new TextRoom();
    /** The drawing in the current chart style, made again when the style changes. */
    private LandscapeDrawing drawing;

    private ChartStyle drawingStyle;
    private Viewport viewport;
    private Frame frame;

    /**
     * @param compact a small panel of the side-by-side layout: smaller type, a title line, no colour bar
     */
    public LandscapeCanvas(HeatmapImages images, Interaction interaction, boolean compact) {
        this.interaction = interaction;
        this.form = compact ? LandscapeDrawing.Form.PANEL : LandscapeDrawing.Form.WINDOW;
        this.pen = new FxPen(canvas().getGraphicsContext2D(), images);
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
        return drawing().viewportFor(requested, canvas().getWidth(), canvas().getHeight());
    }

    private LandscapeDrawing drawing() {
        ChartStyle style = ChartStyle.current();
        if (style != drawingStyle) {
            drawingStyle = style;
            drawing = new LandscapeDrawing(form, style.look(), PathStatus.WORDS);
        }
        return drawing;
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

    /** The text drawn in the last frame, for the layout report. */
    @Override
    public List<TextBox> textBoxes() {
        return room.boxes().stream()
                .map(b -> new TextBox(b.text(), new BoundingBox(b.x(), b.y(), b.width(), b.height())))
                .toList();
    }

    public void draw(Frame next) {
        frame = next;
        room.clear();
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        LandscapeDrawing drawn = drawing();
        if (w < 60 || h < 60 || next.requested() == null) {
            pen.fill(drawn.look().background());
            pen.fillRect(0, 0, w, h);
            return;
        }
        Viewport shown = drawn.viewportFor(next.requested(), w, h);
        if (!shown.equals(viewport)) {
            viewport = shown;
            interaction.viewportChanged(shown);
        }
        StepExplanation explained = next.explained();
        drawn.draw(
                pen,
                room,
                w,
                h,
                shown,
                next.content(),
                explained == null ? null : (p, r, v) -> StepArrows.draw(p, r, drawn.look(), explained, v));
    }
}
