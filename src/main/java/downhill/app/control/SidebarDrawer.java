package downhill.app.control;

import javafx.beans.DefaultProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;

/**
 * A sidebar that can be folded away so the pictures get the room: open, it shows its content in a vertical scroll
 * pane (nothing is squeezed or elided when the window is short); closed, it takes no width. It closes by itself when
 * the window is narrow for the UI scale and opens again when it is wide, each time the width or the scale changes;
 * a toggle in between is the user's choice.
 */
@DefaultProperty("content")
public final class SidebarDrawer extends StackPane {

    /**
     * Below this window width in 100 % pixels (width ÷ UI scale) the drawer closes by itself. 1440×900 at 125 %
     * (1152) is narrow: beside the open sidebar the network tab's table would scroll sideways.
     */
    public static final double NARROW = 1200;

    private final ScrollPane scroll = new ScrollPane();
    private final ObjectProperty<Node> content = new SimpleObjectProperty<>(this, "content");
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", true);

    public SidebarDrawer() {
        getStyleClass().add("sidebar-drawer");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.contentProperty().bind(content);
        scroll.visibleProperty().bind(open);
        scroll.managedProperty().bind(open);
        getChildren().add(scroll);
        AutoFold.byWidth(this, open, NARROW);
    }

    public ObjectProperty<Node> contentProperty() {
        return content;
    }

    public Node getContent() {
        return content.get();
    }

    public void setContent(Node node) {
        content.set(node);
    }

    public BooleanProperty openProperty() {
        return open;
    }
}
