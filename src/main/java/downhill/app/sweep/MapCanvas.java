package downhill.app.sweep;

import downhill.app.control.CanvasRegion;
import downhill.app.control.ChartStyle;
import downhill.app.control.FxPen;
import downhill.app.control.HeatmapImages;
import downhill.app.i18n.Messages;
import downhill.app.optimizers.OptimizerSettings;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.sweep.Axis;
import downhill.engine.sweep.MapPicture;
import downhill.engine.sweep.SweepSpec;
import downhill.render.MapDrawing;
import downhill.render.draw.TextRoom;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.BoundingBox;

/**
 * The hyperparameter map: each cell a square of the renderer's colours (failed cells flat in their own colours),
 * the x axis below and the y axis on the left (decades on a log axis), theory's stability line on a quadratic, the
 * optimizer's current values as a ring, and a key of the failed cells' colours. Reports clicks and hovers as cells.
 */
final class MapCanvas extends CanvasRegion {

    private final FxPen pen = new FxPen(canvas().getGraphicsContext2D(), new HeatmapImages());
    private final TextRoom room = new TextRoom();
    /** The drawing in the current chart style, made again when the style changes. */
    private MapDrawing drawing;

    private ChartStyle drawingStyle;
    private LandscapeImage image;
    private SweepSpec spec;
    private double[] marker;
    private double[][] theory;
    private String title = "";
    private boolean steps;

    MapCanvas(BiConsumer<Integer, Integer> click, BiConsumer<Integer, Integer> hover) {
        setId("map-canvas");
        setMinSize(200, 160);
        setOnMouseClicked(e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            if (cell != null) {
                click.accept(cell[0], cell[1]);
            }
        });
        setOnMouseMoved(e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            hover.accept(cell == null ? -1 : cell[0], cell == null ? -1 : cell[1]);
        });
        setOnMouseExited(e -> hover.accept(-1, -1));
    }

    void show(SweepSpec shown, LandscapeImage picture, double[] values, double[][] line, boolean bySteps) {
        spec = shown;
        image = picture;
        marker = values;
        theory = line;
        steps = bySteps;
        title = shown == null
                ? ""
                : Messages.text(
                        bySteps ? "map.title.steps" : "map.title", shown.type().displayName(), shown.steps());
        redraw();
    }

    /** The plot's left, top, width and height in canvas pixels. */
    double[] plot() {
        return drawing().plot(canvas().getWidth(), canvas().getHeight());
    }

    private MapDrawing drawing() {
        ChartStyle style = ChartStyle.current();
        if (style != drawingStyle) {
            drawingStyle = style;
            drawing = new MapDrawing(MapDrawing.Form.WINDOW, style.look());
        }
        return drawing;
    }

    /** Cell (i, j) under canvas point (x, y), or null outside the map. */
    int[] cellAt(double x, double y) {
        if (spec == null) {
            return null;
        }
        double[] p = plot();
        double fx = (x - p[0]) / p[2];
        double fy = (p[1] + p[3] - y) / p[3];
        if (fx < 0 || fx >= 1 || fy < 0 || fy >= 1) {
            return null;
        }
        return new int[] {(int) (fx * spec.x().count()), (int) (fy * spec.y().count())};
    }

    static double fraction(Axis axis, double v) {
        return MapPicture.fraction(axis, v);
    }

    @Override
    protected void redraw() {
        room.clear();
        drawing().draw(pen, room, canvas().getWidth(), canvas().getHeight(), content());
    }

    /** What the map shows now, as the drawing takes it. */
    MapDrawing.Content content() {
        List<String> names = spec == null
                ? List.of()
                : List.of(
                        OptimizerSettings.symbol(
                                spec.type().hyperparameter(spec.x().key())),
                        OptimizerSettings.symbol(
                                spec.type().hyperparameter(spec.y().key())));
        return new MapDrawing.Content(spec, image, marker, theory, steps, title, names, List.of(), null);
    }

    /** The text drawn in the last frame, for the layout report. */
    @Override
    public List<TextBox> textBoxes() {
        return room.boxes().stream()
                .map(b -> new TextBox(b.text(), new BoundingBox(b.x(), b.y(), b.width(), b.height())))
                .toList();
    }
}
