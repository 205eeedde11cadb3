package downhill.app.landscape;

import downhill.app.control.ChartStyle;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.render.Viewport;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The mouse on a landscape canvas, turned into its owner's commands ({@link LandscapeCanvas.Interaction}): the wheel
 * zooms about the cursor, dragging the background pans, a click sets the start, dragging the start marker moves it
 * live, moving reads the point under the pointer. It owns only the state of a press in progress.
 */
final class LandscapeGestures {

    /** A press that moves less than this many pixels is a click, not a drag. */
    private static final double PRESS_SLOP = 4;
    /** How close to the start marker, in unscaled pixels, a press grabs it. */
    private static final double GRAB_RADIUS = 10;

    private final LandscapeCanvas.Interaction interaction;
    /** The plot rectangle drawn last, or null before the first frame. */
    private final Supplier<Viewport> viewport;
    /** The start marker drawn last, or null. */
    private final Supplier<Point> start;

    private double pressX;
    private double pressY;
    private Window pressWindow;
    private boolean draggingStart;
    private boolean panning;

    private LandscapeGestures(
            LandscapeCanvas.Interaction interaction, Supplier<Viewport> viewport, Supplier<Point> start) {
        this.interaction = interaction;
        this.viewport = viewport;
        this.start = start;
    }

    /** Listens to the mouse on {@code canvas}, whose plot is {@code viewport} and whose start marker {@code start}. */
    static void install(
            Canvas canvas,
            LandscapeCanvas.Interaction interaction,
            Supplier<Viewport> viewport,
            Supplier<Point> start) {
        LandscapeGestures gestures = new LandscapeGestures(interaction, viewport, start);
        canvas.setOnScroll(gestures::onScroll);
        canvas.setOnMousePressed(gestures::onPressed);
        canvas.setOnMouseDragged(gestures::onDragged);
        canvas.setOnMouseReleased(gestures::onReleased);
        canvas.setOnMouseMoved(gestures::onMoved);
        canvas.setOnMouseExited(e -> interaction.hoverEnded());
    }

    private void onMoved(MouseEvent e) {
        Viewport shown = viewport.get();
        if (shown != null && shown.inside(e.getX(), e.getY())) {
            interaction.hover(shown.toX(e.getX()), shown.toY(e.getY()));
        } else {
            interaction.hoverEnded();
        }
    }

    private void onScroll(ScrollEvent e) {
        Viewport shown = viewport.get();
        if (shown == null || e.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(0.85, e.getDeltaY() / 40.0);
        interaction.zoom(shown.shown(), factor, shown.toX(e.getX()), shown.toY(e.getY()));
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        Viewport shown = viewport.get();
        if (shown == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        pressWindow = shown.shown();
        panning = false;
        Point at = start.get();
        draggingStart = at != null
                && Math.hypot(shown.toPixelX(at.x()) - e.getX(), shown.toPixelY(at.y()) - e.getY())
                        <= ChartStyle.current().size(GRAB_RADIUS);
    }

    private void onDragged(MouseEvent e) {
        Viewport shown = viewport.get();
        if (shown == null || pressWindow == null) {
            return;
        }
        if (draggingStart) {
            interaction.dragStart(shown.toX(e.getX()), shown.toY(e.getY()));
            return;
        }
        if (panning || Math.hypot(e.getX() - pressX, e.getY() - pressY) > PRESS_SLOP) {
            panning = true;
            double unit = pressWindow.width() / shown.width();
            interaction.pan(pressWindow, (e.getX() - pressX) * unit, -(e.getY() - pressY) * unit);
        }
    }

    private void onReleased(MouseEvent e) {
        Viewport shown = viewport.get();
        if (shown == null || pressWindow == null) {
            return;
        }
        if (!draggingStart && !panning && shown.inside(e.getX(), e.getY())) {
            interaction.setStart(shown.toX(e.getX()), shown.toY(e.getY()));
        }
        pressWindow = null;
        draggingStart = false;
        panning = false;
    }
}
