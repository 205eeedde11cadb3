package downhill.app.control;

import java.util.List;
import javafx.geometry.Bounds;

/**
 * A node that draws its own text (a canvas) and can say where: the layout report checks these boxes for overlaps
 * as it checks the scene's text nodes.
 */
public interface TextBoxes {

    /** One piece of text drawn in the last frame and its box in the node's local coordinates. */
    record TextBox(String text, Bounds bounds) {}

    /** The text drawn in the last frame. */
    List<TextBox> textBoxes();
}
