package downhill.render;

import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.landscape.Colormap;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.scene.PathResult;
import downhill.render.draw.Look;
import downhill.render.draw.Pen;
import downhill.render.draw.TextRoom;
import java.util.List;

/**
 * A landscape drawn once for every place it is shown: the window's canvases, PNG and GIF export, {@code render} and
 * {@code snapshot} all come here with their own {@link Pen}. In order: the heatmap with its contours, the known
 * minima, the paths with their current points, the start and what the caller adds on the plane, all clipped to the
 * plot; then at its edge the failed runs' labels and the arrows to paths off the chart; the frame with ticks and axis
 * names, the colour bar, the legend and the title.
 */
public final class LandscapeDrawing {

    /** Where the landscape is shown, which decides its margins, type sizes and title. */
    public enum Form {
        /** The window's one large plot: the legend is a strip above it, no title. */
        WINDOW,
        /** A small panel of the side-by-side layout: smaller type, a title and status line, no colour bar. */
        PANEL,
        /** A picture file: the title above the plot, the legend in it. */
        PICTURE
    }

    /**
     * What one frame shows.
     *
     * @param image     the heatmap, or null while it is computed (the plot is then plain)
     * @param objective the function whose minima are marked, or null
     * @param start     the start marker, or null
     * @param paths     the paths, drawn up to {@code step}
     * @param legend    whether the legend is drawn in the plot's quietest corner
     * @param title     the title (a panel's title line), or null
     * @param status    a panel's status line, or null
     * @param axes      the axes' names, x then y
     */
    public record Content(
            LandscapeImage image,
            Objective objective,
            Point start,
            List<PathResult> paths,
            int step,
            boolean legend,
            String title,
            String status,
            Colormap colormap,
            List<String> axes) {}

    /** Something drawn on the plane above the paths and the start, clipped to the plot (the inspected step). */
    public interface OnPlane {
        void draw(Pen pen, TextRoom room, Viewport shown);
    }

    private final Form form;
    private final Look look;
    private final LandscapePlane plane;
    private final LandscapeGuides guides;

    public LandscapeDrawing(Form form, Look look, PathWords words) {
        this.form = form;
        this.look = look;
        boolean compact = form == Form.PANEL;
        this.plane = new LandscapePlane(compact, look, words);
        this.guides = new LandscapeGuides(compact, look, words);
    }

    public Look look() {
        return look;
    }

    /** The plot rectangle on a surface of {@code width}×{@code height} showing {@code requested}. */
    public Viewport viewportFor(Window requested, double width, double height) {
        double left = look.size(form == Form.PANEL ? 42 : 64);
        double right = look.size(
                switch (form) {
                    case WINDOW -> 96;
                    case PANEL -> 10;
                    case PICTURE -> 100;
                });
        double top = look.size(
                switch (form) {
                    case WINDOW -> 12;
                    case PANEL -> 44;
                    case PICTURE -> 40;
                });
        double bottom = look.size(
                switch (form) {
                    case WINDOW -> 28;
                    case PANEL -> 26;
                    case PICTURE -> 44;
                });
        return Viewport.fit(requested, left, top, width - left - right, height - top - bottom);
    }

    /**
     * Draws the whole frame on a surface of {@code width}×{@code height}, its plot at {@code shown}.
     *
     * @param room    the frame's text so far (cleared by the caller when a frame starts): tick labels keep clear of it
     * @param onPlane drawn on the plane after the start, or null
     */
    public void draw(
            Pen pen, TextRoom room, double width, double height, Viewport shown, Content content, OnPlane onPlane) {
        pen.fill(look.background());
        pen.fillRect(0, 0, width, height);
        pen.save();
        pen.clip(shown.left(), shown.top(), shown.width(), shown.height());
        pen.fill(look.plot());
        pen.fillRect(shown.left(), shown.top(), shown.width(), shown.height());
        if (content.image() != null) {
            plane.drawHeatmap(pen, content.image(), shown);
        }
        plane.drawMinima(pen, content.objective(), shown);
        plane.drawPaths(pen, content.paths(), content.step(), shown);
        plane.drawStart(pen, content.start(), shown);
        if (onPlane != null) {
            onPlane.draw(pen, room, shown);
        }
        pen.restore();
        plane.drawEdges(pen, room, content.paths(), content.step(), shown);
        guides.drawAxes(pen, room, shown, content.axes());
        if (form != Form.PANEL && content.image() != null) {
            guides.drawColorBar(pen, room, content.image(), content.colormap(), shown);
        }
        if (content.legend() && !content.paths().isEmpty()) {
            guides.drawLegend(pen, room, content.paths(), content.step(), shown);
        }
        if (content.title() != null) {
            if (form == Form.PANEL) {
                guides.drawPanelTitle(
                        pen, room, content.title(), content.status(), content.paths(), content.step(), width);
            } else {
                guides.drawTitle(pen, room, content.title(), shown);
            }
        }
    }
}
