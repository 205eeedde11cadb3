package downhill.app.optimizers;

import downhill.render.Colors;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.paint.Color;

/** The optimizers' colours as JavaFX colours, from the one table in {@link Colors}. */
public final class Palette {

    /** Parsed once per name: canvases ask for a colour per path per frame. */
    private static final Map<String, Color> PARSED = new ConcurrentHashMap<>();

    private Palette() {
    }

    public static Color of(String optimizerName) {
        return PARSED.computeIfAbsent(optimizerName, name -> Color.web(Colors.hex(name)));
    }

    public static String hex(Color color) {
        return String.format("#%02X%02X%02X", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
