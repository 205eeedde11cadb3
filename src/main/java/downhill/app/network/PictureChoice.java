package downhill.app.network;

import java.util.Map;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which pictures the network tab shows, one always chosen. It keeps in step with the loss landscape's, the diagram's
 * and the layers' own "selected" flags (which the snapshot and experiments set), and keeps them apart: selecting
 * one leaves the others, and none of them selected means the decision boundaries.
 */
public final class PictureChoice {

    /** The views the tab's switch offers. */
    public enum Picture {
        BOUNDARIES,
        SLICE,
        DIAGRAM,
        LAYERS
    }

    private final ObjectProperty<Picture> chosen = new SimpleObjectProperty<>(this, "chosen", Picture.BOUNDARIES);
    private final BooleanBinding wide;
    /** True while the choice sets the flags. */
    private boolean applying;

    PictureChoice(BooleanProperty slice, BooleanProperty diagram, BooleanProperty layers) {
        // One view at a time: choosing one leaves the others.
        exclusive(diagram, slice);
        exclusive(diagram, layers);
        exclusive(slice, layers);
        Runnable follow = () -> {
            if (!applying) {
                chosen.set(
                        slice.get()
                                ? Picture.SLICE
                                : diagram.get() ? Picture.DIAGRAM : layers.get() ? Picture.LAYERS : Picture.BOUNDARIES);
            }
        };
        follow.run();
        slice.addListener(o -> follow.run());
        diagram.addListener(o -> follow.run());
        layers.addListener(o -> follow.run());
        Map<Picture, BooleanProperty> flags =
                Map.of(Picture.SLICE, slice, Picture.DIAGRAM, diagram, Picture.LAYERS, layers);
        chosen.addListener((obs, old, now) -> {
            // The flags pass through other states while they change (each view leaves the others): the choice
            // follows them once they are set, so it never shows a view nobody chose.
            applying = true;
            try {
                flags.forEach((picture, flag) -> flag.set(picture == now));
            } finally {
                applying = false;
            }
            follow.run();
        });
        wide = shows(Picture.DIAGRAM).or(shows(Picture.LAYERS));
    }

    /** {@code a} and {@code b} are never selected both: selecting one leaves the other. */
    private static void exclusive(BooleanProperty a, BooleanProperty b) {
        a.addListener((obs, old, now) -> {
            if (now) {
                b.set(false);
            }
        });
        b.addListener((obs, old, now) -> {
            if (now) {
                a.set(false);
            }
        });
    }

    public ObjectProperty<Picture> chosenProperty() {
        return chosen;
    }

    /** Whether {@code picture} is the one shown. */
    public BooleanBinding shows(Picture picture) {
        return chosen.isEqualTo(picture);
    }

    /**
     * Whether the pictures want the whole width: the diagram with its equations, or the layers beside the gradient
     * flow (the curves step aside while they show).
     */
    public BooleanBinding wideProperty() {
        return wide;
    }
}
