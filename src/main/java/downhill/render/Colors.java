package downhill.render;

import java.util.Map;

/**
 * The one colour table of the optimizers, shared by the app ({@code Palette}) and the pictures drawn here:
 * colour-blind safe, the seven Okabe–Ito colours for the optimizers most often compared, then six of Paul Tol's
 * "muted" colours. Paths are drawn with a dark halo so that every colour stands out on every colormap.
 */
public final class Colors {

    /** For a name not in the table (an optimizer added later): a neutral grey. */
    public static final String UNKNOWN = "#808080";

    private static final Map<String, String> HEX = Map.ofEntries(
            // Okabe & Ito, "Color Universal Design", 2008.
            Map.entry("sgd", "#E69F00"),
            Map.entry("momentum", "#56B4E9"),
            Map.entry("adam", "#D55E00"),
            Map.entry("rmsprop", "#009E73"),
            Map.entry("adamw", "#CC79A7"),
            Map.entry("nesterov", "#0072B2"),
            Map.entry("adagrad", "#F0E442"),
            // Paul Tol, "Colour Schemes", muted scheme, 2021.
            Map.entry("adadelta", "#88CCEE"),
            Map.entry("amsgrad", "#CC6677"),
            Map.entry("nadam", "#DDCC77"),
            Map.entry("radam", "#44AA99"),
            Map.entry("adamax", "#AA4499"),
            Map.entry("lion", "#999933"));

    private Colors() {
    }

    /** The optimizer's colour as {@code #RRGGBB}. */
    public static String hex(String optimizerName) {
        return HEX.getOrDefault(optimizerName, UNKNOWN);
    }

    /** The optimizer's colour as opaque 0xRRGGBB. */
    public static int rgb(String optimizerName) {
        return Integer.parseInt(hex(optimizerName).substring(1), 16);
    }
}
