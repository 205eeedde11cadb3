package downhill.app.control;

import downhill.engine.landscape.LandscapeImage;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Turns the engine's ARGB pictures into JavaFX images, once each: every panel of the side-by-side layout shows the
 * same picture, and copying 800,000 pixels per panel per frame would cost the frame. Each view holds its own.
 * FX thread only.
 */
public final class HeatmapImages {

    /** Pictures drawn through a {@link FxPen}, kept while their pixel arrays live (by identity). */
    private final Map<int[], WritableImage> drawn = new WeakHashMap<>();

    /** The image of {@code width}×{@code height} ARGB pixels, made once per array. */
    public Image of(int[] argb, int width, int height) {
        return drawn.computeIfAbsent(argb, pixels -> {
            WritableImage made = new WritableImage(width, height);
            made.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
            return made;
        });
    }

    public Image of(LandscapeImage picture) {
        return of(picture.argb(), picture.width(), picture.height());
    }
}
