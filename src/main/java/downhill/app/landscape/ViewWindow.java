package downhill.app.landscape;

import downhill.engine.Numbers;
import downhill.engine.function.Objective;
import downhill.engine.function.Window;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Where the user looks and points on the landscape: the window of the plane shown (zoomed about the cursor, panned,
 * fitted back to the function's own) and the read-out of the point under the pointer. Runs on the FX thread.
 */
final class ViewWindow {

    /** Zoom stops before a window this narrow or this wide, where the plane's numbers stop meaning anything. */
    private static final double NARROWEST = 1e-9;

    private static final double WIDEST = 1e7;

    private final Supplier<Objective> objective;
    private final ObjectProperty<Window> window = new SimpleObjectProperty<>(this, "viewWindow");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");

    /** @param objective the function shown, for fitting and for the read-out */
    ViewWindow(Supplier<Objective> objective) {
        this.objective = objective;
    }

    ObjectProperty<Window> windowProperty() {
        return window;
    }

    /** Back to the function's own window. */
    void fit() {
        window.set(objective.get().window());
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping the point (x, y) of {@code shown} where it is. */
    void zoom(Window shown, double factor, double x, double y) {
        double f = Math.max(1e-6, factor);
        Window next = new Window(
                x - (x - shown.xMin()) * f,
                x + (shown.xMax() - x) * f,
                y - (y - shown.yMin()) * f,
                y + (shown.yMax() - y) * f);
        if (next.width() > NARROWEST && next.width() < WIDEST && next.height() > NARROWEST && next.height() < WIDEST) {
            window.set(next);
        }
    }

    /** Moves the window so that the content moves by (dx, dy) in plane units. */
    void pan(Window shown, double dx, double dy) {
        window.set(new Window(shown.xMin() - dx, shown.xMax() - dx, shown.yMin() - dy, shown.yMax() - dy));
    }

    /** The hover line: x, y, f(x, y) and |∇f|. */
    void hover(double x, double y) {
        double[] g = new double[2];
        double f = objective.get().valueAndGradient(x, y, g);
        List<String> axes = objective.get().axisNames();
        readout.set(axes.get(0) + " = " + Numbers.compact(x) + "   " + axes.get(1) + " = " + Numbers.compact(y)
                + "   f = " + Numbers.compact(f)
                + "   |∇f| = " + Numbers.compact(Math.hypot(g[0], g[1])));
    }

    void hoverEnded() {
        readout.set("");
    }

    ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }
}
