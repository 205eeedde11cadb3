package downhill.app.layout;

import downhill.app.control.ChartStyle;
import downhill.app.presentation.Appearance;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;

/**
 * Keeps a tab's picture the biggest thing in the window: puts the sidebar in or out as its {@link DrawerViewModel}
 * says, tells the drawer the window's width in em, and keeps the divider between the picture and the chart beside it
 * where {@link SplitDivider} says as the window changes, until the user drags it; a new UI scale or the sidebar
 * coming or going puts it back.
 */
public final class ProjectorLayout {

    private final BorderPane root;
    private final Node sidebar;
    private final SplitPane split;
    private final DrawerViewModel drawer;
    private boolean controlsShown = true;
    private boolean dragged;
    /** A field: the style is global and holds its listeners weakly, so a closed window's layout can go. */
    private final InvalidationListener rescaled = o -> rescale();

    public ProjectorLayout(BorderPane root, Node sidebar, SplitPane split, DrawerViewModel drawer) {
        this.root = root;
        this.sidebar = sidebar;
        this.split = split;
        this.drawer = drawer;
        drawer.openProperty().addListener((obs, old, open) -> {
            placeSidebar();
            dragged = false;
        });
        root.widthProperty().addListener(o -> drawer.fitTo(root.getWidth() / em()));
        split.widthProperty().addListener(o -> placeDivider());
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != split; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider")) {
                    dragged = true;
                }
            }
        });
        ChartStyle.currentProperty().addListener(new WeakInvalidationListener(rescaled));
        placeSidebar();
    }

    /** The UI font's size in pixels. */
    public static double em() {
        return Appearance.BASE_FONT * ChartStyle.current().scale();
    }

    /** Hidden controls (the projector's mode): no sidebar, and the picture takes the chart's room too. */
    public void showControls(boolean shown) {
        controlsShown = shown;
        placeSidebar();
        if (shown) {
            dragged = false;
            placeDivider();
        } else {
            split.setDividerPositions(1);
        }
    }

    private void rescale() {
        drawer.fitTo(root.getWidth() / em());
        dragged = false;
        placeDivider();
    }

    private void placeSidebar() {
        root.setLeft(controlsShown && drawer.isOpen() ? sidebar : null);
    }

    private void placeDivider() {
        if (controlsShown && !dragged && split.getWidth() > 0) {
            split.setDividerPositions(SplitDivider.position(split.getWidth(), em()));
        }
    }
}
