package downhill.app.layout;

import downhill.app.control.ChartStyle;
import downhill.app.presentation.Appearance;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

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
    /** The most of the window's width a panel beside the picture takes. */
    static final double BESIDE_SHARE = 0.30;
    /** How much narrower than the sidebar's usual {@link DrawerViewModel#NARROW_EM} the room may get, in em. */
    static final double BESIDE_ALLOWANCE_EM = 20;

    private boolean controlsShown = true;
    private boolean dragged;
    private Region beside;
    private ObservableBooleanValue besideOpen;
    private double besideEm;

    public ProjectorLayout(BorderPane root, Node sidebar, SplitPane split, DrawerViewModel drawer) {
        this.root = root;
        this.sidebar = sidebar;
        this.split = split;
        this.drawer = drawer;
        drawer.openProperty().addListener((obs, old, open) -> {
            placeSidebar();
            dragged = false;
        });
        root.widthProperty().addListener(o -> fitDrawer());
        split.widthProperty().addListener(o -> placeDivider());
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != split; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider")) {
                    dragged = true;
                }
            }
        });
        ChartStyle.onChange(root, this::rescale);
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

    /**
     * A panel beside the picture on the other side (the step inspector) takes up to {@code widthInEm} of the window
     * while {@code open}, and never more than {@link #BESIDE_SHARE} of it; the sidebar then fits the room that is
     * left, so opening the panel on a projector closes the sidebar and the picture stays the biggest thing.
     */
    public void besidePicture(Region panel, ObservableBooleanValue open, double widthInEm) {
        this.beside = panel;
        this.besideOpen = open;
        this.besideEm = widthInEm;
        open.addListener((obs, was, now) -> {
            fitDrawer();
            if (now && controlsShown) {
                drawer.makeRoom(roomLeftEm());
            }
        });
        fitDrawer();
    }

    /**
     * The window's width in em as the sidebar should see it: less the panel beside the picture while it is open,
     * plus {@link #BESIDE_ALLOWANCE_EM}, since with a panel open the picture is allowed to be narrower (the sidebar
     * stays while 60 em remain: 1280 px at 100 %, not at 150 %).
     */
    private double roomLeftEm() {
        boolean open = beside != null && besideOpen.get() && controlsShown;
        return open ? (root.getWidth() - besideWidth()) / em() + BESIDE_ALLOWANCE_EM : root.getWidth() / em();
    }

    private double besideWidth() {
        return Math.round(Math.min(besideEm * em(), BESIDE_SHARE * root.getWidth()));
    }

    private void fitDrawer() {
        if (beside != null && root.getWidth() > 0) {
            double width = besideWidth();
            // Inline, as a stylesheet's width would win over a width set in code.
            beside.setStyle(
                    "-fx-pref-width: " + width + "px; -fx-max-width: " + width + "px; -fx-min-width: " + width + "px;");
        }
        drawer.fitTo(roomLeftEm());
    }

    private void rescale() {
        fitDrawer();
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
