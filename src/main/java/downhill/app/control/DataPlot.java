package downhill.app.control;

import downhill.app.i18n.Messages;
import downhill.engine.function.Window;
import downhill.engine.landscape.Colormap;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.train.TrainingData;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The data on the input plane, training points filled and test points hollow, coloured by class; under them,
 * optionally, what a network predicts there. Class k of K has the colour at k/(K − 1) on cividis, the map the
 * prediction is painted with, so a point sits on its own colour where the network is right. Training samples may be
 * marked with rings (the backprop stepper's sample or batch) and picked with a click. {@link PlaneSquare} maps the
 * plane to pixels and back; {@link DataPoints} paints the points and rings.
 */
public final class DataPlot extends CanvasRegion {

    /** The map of the class colours and of the prediction under them (BoundaryImages paints with it). */
    public static final Colormap CLASS_COLORMAP = Colormap.CIVIDIS;

    /** A heading in this colour is drawn in the theme's text colour. */
    public static final Color TEXT = Color.web("#1f2937");

    private static final double TITLE = 22;
    /** Pixels (at 100 %) within which a drawing's erase takes the nearest point. */
    private static final double DRAW_REACH = 10;
    /** A second title line's height: a long heading wraps rather than being squeezed into its width. */
    private static final double TITLE_LINE = 17;
    /** A narrow panel wraps its title rather than shrink it past reading; more lines would eat the picture. */
    private static final int MAX_TITLE_LINES = 3;

    /** The title as drawn, for the layout report. */
    private final CanvasText text = text();

    private int titleLines = 1;

    private final HeatmapImages images = new HeatmapImages();
    private String title = "";
    private Color titleColor = TEXT;
    private TrainingData data;
    private Window window;
    private LandscapeImage prediction;
    private int[] marked = new int[0];
    private boolean testShown = true;
    private IntConsumer onPicked;
    private Drawing drawing;

    /**
     * What a plot in drawing mode reports, in the plane's coordinates: a press (erasing for the secondary button or
     * with Shift; {@code reach} is a few pixels in plane units), each drag position and the release.
     */
    public interface Drawing {
        void pressed(double x, double y, boolean erase, double reach);

        void dragged(double x, double y);

        void released();
    }

    /** The points, painted again only when the data or the size changes: a thousand of them cost a frame. */
    private final Canvas points = addLayer();

    /** Points per side of the square that fill it with one point's diameter: smaller points leave more to see. */
    private final double pointsPerSide;

    /** @param underPrediction whether a prediction is drawn under the points: they are then drawn smaller */
    public DataPlot(boolean underPrediction) {
        pointsPerSide = underPrediction ? 110 : 70;
        getStyleClass().add("data-plot");
        setMinSize(120, 120);
        setPrefSize(260, 260);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && onPicked != null) {
                int picked = pickAt(e.getSceneX(), e.getSceneY());
                if (picked >= 0) {
                    onPicked.accept(picked);
                }
            }
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            double[] at = drawing == null ? null : planeAt(e.getSceneX(), e.getSceneY());
            if (at != null && (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.SECONDARY)) {
                drawing.pressed(
                        at[0],
                        at[1],
                        e.getButton() == MouseButton.SECONDARY || e.isShiftDown(),
                        ChartStyle.current().size(DRAW_REACH) / square().side() * window.width());
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double[] at = drawing == null ? null : planeAt(e.getSceneX(), e.getSceneY());
            if (at != null) {
                drawing.dragged(at[0], at[1]);
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (drawing != null) {
                drawing.released();
            }
        });
        addEventHandler(
                MouseEvent.MOUSE_MOVED,
                e -> setCursor(
                        drawing != null
                                ? Cursor.CROSSHAIR
                                : onPicked != null && pickAt(e.getSceneX(), e.getSceneY()) >= 0 ? Cursor.HAND : null));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setCursor(null));
    }

    /**
     * @param window     the part of the plane to show, or null when the data cannot be pictured on a plane
     * @param prediction the picture under the points, or null for none
     */
    public void draw(String heading, Color headingColor, TrainingData shown, Window plane, LandscapeImage prediction) {
        boolean samePoints = shown == data && Objects.equals(plane, window);
        if (samePoints && heading.equals(title) && headingColor.equals(titleColor) && prediction == this.prediction) {
            return;
        }
        title = heading;
        titleColor = headingColor;
        data = shown;
        window = plane;
        this.prediction = prediction;
        int linesBefore = titleLines;
        drawBackground();
        if (!samePoints || titleLines != linesBefore) {
            drawPoints();
        }
    }

    /**
     * Rings these training samples, on top of every point: one sample gets a strong ring, each of several (a
     * mini-batch) a lighter one. Null or empty marks none. Only the points are painted again.
     */
    public void mark(int[] trainingRows) {
        int[] rows = trainingRows == null ? new int[0] : trainingRows.clone();
        if (!Arrays.equals(rows, marked)) {
            marked = rows;
            drawPoints();
        }
    }

    /** Whether the test points are drawn (hollow) beside the training points; they are by default. */
    public void setTestShown(boolean shown) {
        if (shown != testShown) {
            testShown = shown;
            drawPoints();
        }
    }

    /** The training samples marked now. */
    int[] marked() {
        return marked.clone();
    }

    /** Called with a training sample's index when a primary click lands on (or within a few pixels of) it. */
    public void setOnTrainingSamplePicked(IntConsumer onPicked) {
        this.onPicked = onPicked;
    }

    /** Draws with the mouse (see {@link Drawing}); null leaves drawing mode. */
    public void setDrawing(Drawing drawing) {
        this.drawing = drawing;
    }

    /** The plane's point (x, y) in the scene's coordinates, for a robot's click; null when the plane is not drawn. */
    public Point2D scenePointOf(double x, double y) {
        PlaneSquare sq = square();
        return sq.shown() ? canvas().localToScene(sq.pixel(x, y)) : null;
    }

    /** The plane's point under a scene point inside the square, or null outside it. */
    private double[] planeAt(double sceneX, double sceneY) {
        PlaneSquare sq = square();
        if (!sq.shown()) {
            return null;
        }
        Point2D at = canvas().sceneToLocal(sceneX, sceneY);
        return sq.planeAt(at.getX(), at.getY());
    }

    /** The training sample nearest the scene point if it is within reach of a click there, else −1. */
    int pickAt(double sceneX, double sceneY) {
        PlaneSquare sq = square();
        if (!sq.shown() || data == null) {
            return -1;
        }
        Point2D at = canvas().sceneToLocal(sceneX, sceneY);
        double reach = Math.max(ChartStyle.current().size(8), 2 * sq.pointRadius(pointsPerSide));
        return sq.nearest(data.train().features(), data.train().sampleCount(), at, reach);
    }

    /** Where training sample {@code row} is drawn, in the canvas's coordinates; null when it is not drawn. */
    public Point2D pixelOf(int row) {
        PlaneSquare sq = square();
        if (!sq.shown() || data == null || row < 0 || row >= data.train().sampleCount()) {
            return null;
        }
        double[] f = data.train().features();
        return sq.pixel(f[2 * row], f[2 * row + 1]);
    }

    /** Whether the last drawing had a prediction under the points (an untrained network's counts). */
    public boolean showsPrediction() {
        return prediction != null;
    }

    /** The colour of class {@code k} of {@code classes}. */
    public static Color classColor(int k, int classes) {
        int argb = CLASS_COLORMAP.argb(classes < 2 ? 0 : k / (double) (classes - 1));
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    @Override
    protected void redraw() {
        drawBackground();
        drawPoints();
    }

    /** The square the plane is drawn in, below the title. */
    private PlaneSquare square() {
        double title = ChartStyle.current().size(TITLE + (titleLines - 1) * TITLE_LINE);
        return PlaneSquare.below(title, canvas().getWidth(), canvas().getHeight(), window);
    }

    private void drawBackground() {
        GraphicsContext g = blankCanvas();
        ChartStyle style = ChartStyle.current();
        double w = canvas().getWidth();
        g.setFont(style.bold(13.5));
        // The plain text colour is the theme's; a palette colour stays (it is chosen to read on both).
        g.setFill(titleColor.equals(TEXT) ? style.text() : titleColor);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        // At most three lines, the last shrunk only if the rest is wider than the panel: never cut off.
        List<String> lines = text.wrap(g, title, Math.max(1, w - 8));
        titleLines = Math.max(1, Math.min(MAX_TITLE_LINES, lines.size()));
        for (int i = 0; i < titleLines; i++) {
            String line = i == titleLines - 1 && lines.size() > titleLines
                    ? String.join(" ", lines.subList(i, lines.size()))
                    : lines.isEmpty() ? "" : lines.get(i);
            text.fillFitted(g, line, 4, 3 + i * style.size(TITLE_LINE), Math.max(1, w - 8));
        }
        PlaneSquare sq = square();
        double left = sq.left();
        double top = sq.top();
        double side = sq.side();
        if (side == 0) {
            return;
        }
        if (data == null || window == null) {
            g.setFont(style.font(13));
            g.setFill(style.muted());
            g.fillText(
                    data == null
                            ? Messages.text("network.plot.noData")
                            : Messages.text(
                                    "network.plot.notPlanar", data.train().featureCount()),
                    left,
                    top + 8,
                    side);
            return;
        }
        if (prediction != null) {
            g.setImageSmoothing(true);
            g.drawImage(images.of(prediction), left, top, side, side);
        }
        g.setStroke(style.frame());
        g.setLineWidth(style.line(1));
        g.strokeRect(left + 0.5, top + 0.5, side - 1, side - 1);
    }

    private void drawPoints() {
        GraphicsContext g = points.getGraphicsContext2D();
        g.clearRect(0, 0, points.getWidth(), points.getHeight());
        PlaneSquare sq = square();
        if (!sq.shown() || data == null) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(sq.left(), sq.top(), sq.side(), sq.side());
        g.clip();
        double radius = sq.pointRadius(pointsPerSide);
        DataPoints.paint(g, data.train(), true, sq, radius);
        if (testShown) {
            DataPoints.paint(g, data.test(), false, sq, radius);
        }
        DataPoints.ring(g, data.train(), marked, sq, radius);
        g.restore();
    }
}
