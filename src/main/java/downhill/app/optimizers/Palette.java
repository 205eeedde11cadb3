package downhill.app.optimizers;

import downhill.engine.run.Outcome;
import downhill.render.Colors;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.paint.Color;

/** The optimizers' colours as JavaFX colours, from the one table in {@link Colors}. */
public final class Palette {

    /** Parsed once per name: canvases ask for a colour per path per frame. */
    private static final Map<String, Color> PARSED = new ConcurrentHashMap<>();

    private Palette() {}

    public static Color of(String optimizerName) {
        return PARSED.computeIfAbsent(optimizerName, name -> Color.web(Colors.hex(name)));
    }

    /** The optimizer's dash pattern and marker from the same table. */
    public static Colors.Style style(String optimizerName) {
        return Colors.style(optimizerName);
    }

    /** The optimizer's dash pattern in pixels, each length at 100 % passed through {@code size} (the UI scale). */
    public static double[] dashes(String optimizerName, DoubleUnaryOperator size) {
        double[] dashes = Colors.style(optimizerName).dashes().clone();
        for (int i = 0; i < dashes.length; i++) {
            dashes[i] = size.applyAsDouble(dashes[i]);
        }
        return dashes;
    }

    /** The colour of an ended run's arrow and reason (diverged, unbounded below, left the domain). */
    public static Color outcome(Outcome.Status status) {
        return Color.web(Colors.outcomeHex(status));
    }

    /** The dark halo under every path and curve. */
    public static Color halo() {
        int argb = Colors.HALO_ARGB;
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    public static String hex(Color color) {
        return String.format(
                "#%02X%02X%02X",
                Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
