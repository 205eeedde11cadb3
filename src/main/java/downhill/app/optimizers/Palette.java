package downhill.app.optimizers;

import java.util.Map;
import javafx.scene.paint.Color;

/**
 * A fixed colour per optimizer, colour-blind safe: the seven Okabe–Ito colours for the optimizers most often
 * compared, then six of Paul Tol's "muted" colours. Paths are drawn with a dark halo so that every colour stands
 * out on every colormap.
 */
public final class Palette {

    private static final Map<String, Color> COLORS = Map.ofEntries(
            // Okabe & Ito, "Color Universal Design", 2008.
            Map.entry("sgd", Color.web("#E69F00")),
            Map.entry("momentum", Color.web("#56B4E9")),
            Map.entry("adam", Color.web("#D55E00")),
            Map.entry("rmsprop", Color.web("#009E73")),
            Map.entry("adamw", Color.web("#CC79A7")),
            Map.entry("nesterov", Color.web("#0072B2")),
            Map.entry("adagrad", Color.web("#F0E442")),
            // Paul Tol, "Colour Schemes", muted scheme, 2021.
            Map.entry("adadelta", Color.web("#88CCEE")),
            Map.entry("amsgrad", Color.web("#CC6677")),
            Map.entry("nadam", Color.web("#DDCC77")),
            Map.entry("radam", Color.web("#44AA99")),
            Map.entry("adamax", Color.web("#AA4499")),
            Map.entry("lion", Color.web("#999933")));

    private Palette() {
    }

    public static Color of(String optimizerName) {
        return COLORS.getOrDefault(optimizerName, Color.GRAY);
    }

    public static String hex(Color color) {
        return String.format("#%02X%02X%02X", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
