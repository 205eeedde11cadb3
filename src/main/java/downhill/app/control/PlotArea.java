package downhill.app.control;

import java.util.Optional;
import javafx.geometry.Bounds;

/** A node whose main picture (a heatmap, a decision boundary) fills only part of it: that part, in local units. */
public interface PlotArea {

    /** The picture's rectangle in the node's local coordinates, or empty before the first frame. */
    Optional<Bounds> plotArea();
}
