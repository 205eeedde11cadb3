package downhill.app.network;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Which pictures the network tab shows, one always chosen. It keeps in step with the loss landscape's, the diagram's
 * and the layers' own "selected" flags (which the snapshot and experiments set): none of them selected means the
 * decision boundaries.
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

    PictureChoice(BooleanProperty slice, BooleanProperty diagram, BooleanProperty layers) {
        Runnable follow = () -> chosen.set(
                slice.get()
                        ? Picture.SLICE
                        : diagram.get() ? Picture.DIAGRAM : layers.get() ? Picture.LAYERS : Picture.BOUNDARIES);
        follow.run();
        slice.addListener(o -> follow.run());
        diagram.addListener(o -> follow.run());
        layers.addListener(o -> follow.run());
        chosen.addListener((obs, old, now) -> {
            slice.set(now == Picture.SLICE);
            diagram.set(now == Picture.DIAGRAM);
            layers.set(now == Picture.LAYERS);
        });
        wide = shows(Picture.DIAGRAM).or(shows(Picture.LAYERS));
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
