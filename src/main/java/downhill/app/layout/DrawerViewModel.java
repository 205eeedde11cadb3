package downhill.app.layout;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Whether a tab's sidebar (its drawer of settings) is open. It closes by itself when the window becomes too narrow
 * for its UI scale, so that the picture keeps the room, and opens again when the window is wide again, unless the
 * user chose otherwise in between; the user can always open or close it.
 */
public final class DrawerViewModel {

    /** Below this width, in em of the UI font, the picture needs the sidebar's room. */
    public static final double NARROW_EM = 80;

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open", true);
    private boolean narrow;
    private boolean closedByItself;

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return open.get();
    }

    /** The user's choice: open when closed, closed when open. */
    public void toggle() {
        closedByItself = false;
        open.set(!open.get());
    }

    /**
     * A panel opened beside the picture leaves {@code widthInEm} for the sidebar and the picture: too little, and the
     * sidebar closes by itself even if it was opened by hand (it opens again when there is room).
     */
    public void makeRoom(double widthInEm) {
        if (widthInEm > 0 && widthInEm < NARROW_EM && open.get()) {
            closedByItself = true;
            open.set(false);
        }
        narrow = widthInEm < NARROW_EM;
    }

    /** The window is now {@code widthInEm} wide (its width in pixels over the UI font's size). */
    public void fitTo(double widthInEm) {
        if (!(widthInEm > 0)) {
            return;
        }
        boolean nowNarrow = widthInEm < NARROW_EM;
        if (nowNarrow && !narrow && open.get()) {
            closedByItself = true;
            open.set(false);
        } else if (!nowNarrow && narrow && closedByItself) {
            closedByItself = false;
            open.set(true);
        }
        narrow = nowNarrow;
    }
}
