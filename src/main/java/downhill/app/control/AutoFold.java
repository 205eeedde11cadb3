package downhill.app.control;

import java.util.function.ToDoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;

/**
 * Opens or folds a part of a window by the window's size at the UI scale: folded when the width (or height) in
 * 100 % pixels is below a threshold, open above it. It acts each time the size or the scale changes; a toggle in
 * between is the user's choice.
 */
public final class AutoFold {

    private AutoFold() {}

    /** Folds on the window's height ÷ UI scale below {@code threshold}. */
    public static void byHeight(Node node, BooleanProperty open, double threshold) {
        follow(node, open, Scene::getHeight, threshold);
    }

    /** Folds on the window's width ÷ UI scale below {@code threshold}. */
    public static void byWidth(Node node, BooleanProperty open, double threshold) {
        follow(node, open, Scene::getWidth, threshold);
    }

    /**
     * Folds on {@code region}'s own width ÷ UI scale below {@code threshold}: for a part of a view whose room
     * depends on more than the window (a sidebar beside it open or closed). Acts only when the width crosses the
     * threshold, so a toggle stays the user's choice while the layout settles.
     */
    public static void byOwnWidth(Region region, BooleanProperty open, double threshold) {
        boolean[] wasSmall = new boolean[1];
        boolean[] known = new boolean[1];
        Runnable fit = () -> {
            double width = region.getWidth();
            if (width <= 0) {
                return;
            }
            boolean small = small(width, ChartStyle.current().scale(), threshold);
            if (!known[0] || small != wasSmall[0]) {
                open.set(!small);
            }
            known[0] = true;
            wasSmall[0] = small;
        };
        region.widthProperty().addListener(o -> fit.run());
        ChartStyle.onChange(region, fit);
    }

    private static void follow(Node node, BooleanProperty open, ToDoubleFunction<Scene> size, double threshold) {
        Runnable fit = () -> {
            Scene scene = node.getScene();
            if (scene != null && size.applyAsDouble(scene) > 0) {
                open.set(!small(size.applyAsDouble(scene), ChartStyle.current().scale(), threshold));
            }
        };
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.widthProperty().addListener(o -> fit.run());
                scene.heightProperty().addListener(o -> fit.run());
                fit.run();
            }
        });
        ChartStyle.onChange(node, fit);
    }

    /** Whether {@code pixels} on screen are fewer than {@code threshold} pixels at 100 % at {@code uiScale}. */
    public static boolean small(double pixels, double uiScale, double threshold) {
        return pixels / uiScale < threshold;
    }
}
