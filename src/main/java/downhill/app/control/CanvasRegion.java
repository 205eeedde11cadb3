package downhill.app.control;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A region filled by one canvas that follows its size and is redrawn when the size changes. More canvases may be
 * stacked on top ({@link #addLayer()}): content that rarely changes on one layer is not painted again when the
 * other changes. What it draws as text goes through its {@link #text()}, which the layout report reads.
 */
public abstract class CanvasRegion extends Region implements TextBoxes {

    private final Canvas canvas = new Canvas();
    private final CanvasText text = new CanvasText();

    private boolean styleChanged;

    protected CanvasRegion() {
        getChildren().add(canvas);
        ChartStyle.onChange(this, this::restyle);
    }

    /**
     * Only a canvas in a showing window redraws at once; one outside (a closed or replaced window, a layout not
     * shown) redraws when it is laid out again, so a dead window's canvas never wakes its view-model.
     */
    private void restyle() {
        if (getScene() != null
                && getScene().getWindow() != null
                && getScene().getWindow().isShowing()) {
            redraw();
        } else {
            styleChanged = true;
            requestLayout();
        }
    }

    /** A transparent canvas above the others, sized with them. */
    protected final Canvas addLayer() {
        Canvas layer = new Canvas();
        layer.setMouseTransparent(true);
        getChildren().add(layer);
        return layer;
    }

    @Override
    protected final void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h || styleChanged) {
            styleChanged = false;
            for (var child : getChildren()) {
                ((Canvas) child).setWidth(w);
                ((Canvas) child).setHeight(h);
            }
            redraw();
        }
    }

    /**
     * The canvas follows the region's size, never the other way round: a canvas still as wide as the last layout
     * made it would otherwise ask for that width again, and in a split pane grow without end.
     */
    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset();
    }

    public final Canvas canvas() {
        return canvas;
    }

    /** The text drawn since the canvas was last blanked: draw labels through it so the layout report sees them. */
    protected final CanvasText text() {
        return text;
    }

    @Override
    public List<TextBox> textBoxes() {
        return text.boxes();
    }

    /**
     * The canvas's graphics, the whole canvas painted in the theme's background and its text forgotten: where a
     * chart starts drawing.
     */
    protected final GraphicsContext blankCanvas() {
        text.clear();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(ChartStyle.current().background());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        return g;
    }

    /** Draws the last content again at the canvas's current size. */
    protected abstract void redraw();
}
