package downhill.app.control;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/** A region filled by one canvas that follows its size and is redrawn when the size changes. */
public abstract class CanvasRegion extends Region {

    private final Canvas canvas = new Canvas();

    protected CanvasRegion() {
        getChildren().add(canvas);
    }

    @Override
    protected final void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    public final Canvas canvas() {
        return canvas;
    }

    /** Draws the last content again at the canvas's current size. */
    protected abstract void redraw();
}
