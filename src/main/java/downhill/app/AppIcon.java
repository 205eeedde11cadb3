package downhill.app;

import java.util.List;
import javafx.scene.image.Image;

/**
 * Downhill's icon at every size the desktop may ask for (16 to 512 px), drawn from {@code icon/downhill.svg}; the
 * window manager picks the one that fits its task bar, title bar or switcher.
 */
public final class AppIcon {

    /** The sizes of the PNGs beside the SVG source. */
    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256, 512);

    private AppIcon() {}

    /** The resource path of the PNG of {@code size} pixels. */
    public static String resource(int size) {
        return "/downhill/app/icon/downhill-" + size + ".png";
    }

    /** One image per size, loaded now. */
    public static List<Image> images() {
        return SIZES.stream()
                .map(size -> new Image(AppIcon.class.getResource(resource(size)).toExternalForm()))
                .toList();
    }
}
