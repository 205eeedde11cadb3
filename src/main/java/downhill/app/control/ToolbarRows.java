package downhill.app.control;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Two groups of controls on one row when they fit, else the second under the first: the first (a transport row
 * with a timeline that grows) takes what the second leaves. A FlowPane would wrap too, but would not let the
 * timeline grow.
 */
public final class ToolbarRows extends Pane {

    /** Between the groups, in pixels at 100 %. */
    private static final double GAP = 16;

    public ToolbarRows() {
        getStyleClass().add("toolbar-rows");
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private List<Node> groups() {
        return getManagedChildren();
    }

    private double gap() {
        return ChartStyle.current().size(GAP);
    }

    /** Whether both groups fit side by side in {@code width}. */
    private boolean oneRow(double width) {
        List<Node> g = groups();
        if (g.size() < 2) {
            return true;
        }
        double inner = width - snappedLeftInset() - snappedRightInset();
        return g.get(0).minWidth(-1) + gap() + g.get(1).prefWidth(-1) <= inner;
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node n : groups()) {
            widest = Math.max(widest, n.minWidth(-1));
        }
        return widest + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double sum = 0;
        for (Node n : groups()) {
            sum += n.prefWidth(-1);
        }
        return sum + gap() * Math.max(0, groups().size() - 1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? getWidth() : width;
        double h = 0;
        boolean one = w <= 0 || oneRow(w);
        double inner = w - snappedLeftInset() - snappedRightInset();
        for (Node n : groups()) {
            // Stacked, each group has the whole width, which a wrapping group (a FlowPane) needs to know.
            h = one ? Math.max(h, n.prefHeight(-1)) : h + n.prefHeight(inner > 0 ? inner : -1);
        }
        if (!one) {
            h += gap() / 2 * (groups().size() - 1);
        }
        return h + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        List<Node> g = groups();
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        if (g.size() == 2 && oneRow(getWidth())) {
            double second = Math.min(g.get(1).prefWidth(-1), w);
            layoutInArea(g.get(0), x, y, w - second - gap(), h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(g.get(1), x + w - second, y, second, h, 0, HPos.LEFT, VPos.CENTER);
            return;
        }
        for (Node n : g) {
            double nh = n.prefHeight(w);
            layoutInArea(n, x, y, w, nh, 0, HPos.LEFT, VPos.CENTER);
            y += nh + gap() / 2;
        }
    }
}
