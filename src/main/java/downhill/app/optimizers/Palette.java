package downhill.app.optimizers;

import downhill.render.Colors;
import javafx.scene.paint.Color;

/** The optimizers' colours as JavaFX colours, from the one table in {@link Colors}. */
public final class Palette {

    private Palette() {
    }

    public static Color of(String optimizerName) {
        return Color.web(Colors.hex(optimizerName));
    }

    public static String hex(Color color) {
        return String.format("#%02X%02X%02X", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
