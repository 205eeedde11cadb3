package downhill.render;

import downhill.engine.run.Outcome;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one table of how optimizers look, shared by the app ({@code Palette}) and the pictures drawn here: a
 * colour-blind safe colour (the seven Okabe–Ito colours for the optimizers most often compared, then six of Paul
 * Tol's "muted" colours), a dash pattern and a marker shape, so that two paths differ in more than hue on a
 * projector. Paths are drawn over a dark halo so that every colour (AdaGrad's yellow too) stands out on every
 * colour map and on white; the halo shows through a dashed line's gaps.
 */
public final class Colors {

    /** For a name not in the table (an optimizer added later): a neutral grey. */
    public static final String UNKNOWN = "#808080";

    /** The dark halo under every path and loss curve, as 0xAARRGGBB. */
    public static final int HALO_ARGB = 0xC0000000;

    /** A marker's shape: drawn at the end of a path, along it and in the legend. */
    public enum Marker {
        CIRCLE,
        SQUARE,
        DIAMOND,
        TRIANGLE,
        TRIANGLE_DOWN;

        /** The corners of the shape of radius {@code r} about (x, y): {xs, ys}; null for the circle. */
        public double[][] polygon(double x, double y, double r) {
            return switch (this) {
                case CIRCLE -> null;
                case SQUARE ->
                    corners(x, y, new double[] {-0.85 * r, 0.85 * r, 0.85 * r, -0.85 * r}, new double[] {
                        -0.85 * r, -0.85 * r, 0.85 * r, 0.85 * r
                    });
                case DIAMOND ->
                    corners(x, y, new double[] {0, 1.15 * r, 0, -1.15 * r}, new double[] {-1.15 * r, 0, 1.15 * r, 0});
                case TRIANGLE ->
                    corners(x, y, new double[] {0, 1.1 * r, -1.1 * r}, new double[] {-1.2 * r, 0.8 * r, 0.8 * r});
                case TRIANGLE_DOWN ->
                    corners(x, y, new double[] {0, 1.1 * r, -1.1 * r}, new double[] {1.2 * r, -0.8 * r, -0.8 * r});
            };
        }

        private static double[][] corners(double x, double y, double[] dx, double[] dy) {
            double[] xs = new double[dx.length];
            double[] ys = new double[dy.length];
            for (int i = 0; i < dx.length; i++) {
                xs[i] = x + dx[i];
                ys[i] = y + dy[i];
            }
            return new double[][] {xs, ys};
        }
    }

    /** How one optimizer looks: colour, dashes in pixels at 100 % (empty: solid), marker. */
    public record Style(String hex, double[] dashes, Marker marker) {}

    private static final double[] SOLID = {};
    private static final double[] DASHED = {11, 6};
    private static final double[] DOTTED = {2, 6};
    private static final double[] DASH_DOT = {14, 5, 2, 5};

    private static final Style UNKNOWN_STYLE = new Style(UNKNOWN, SOLID, Marker.CIRCLE);

    private static final Map<String, Style> STYLES = Map.ofEntries(
            // Okabe & Ito, "Color Universal Design", 2008. SGD and Adam, the pair compared most, are orange and
            // bluish green rather than orange and vermilion, the closest two of the eight.
            Map.entry("sgd", new Style("#E69F00", SOLID, Marker.CIRCLE)),
            Map.entry("momentum", new Style("#56B4E9", DASHED, Marker.SQUARE)),
            Map.entry("adam", new Style("#009E73", DASH_DOT, Marker.TRIANGLE)),
            Map.entry("rmsprop", new Style("#D55E00", DOTTED, Marker.DIAMOND)),
            Map.entry("adamw", new Style("#CC79A7", DASHED, Marker.TRIANGLE_DOWN)),
            Map.entry("nesterov", new Style("#0072B2", DOTTED, Marker.DIAMOND)),
            Map.entry("adagrad", new Style("#F0E442", SOLID, Marker.SQUARE)),
            // Paul Tol, "Colour Schemes", muted scheme, 2021.
            Map.entry("adadelta", new Style("#88CCEE", DOTTED, Marker.CIRCLE)),
            Map.entry("amsgrad", new Style("#CC6677", SOLID, Marker.DIAMOND)),
            Map.entry("nadam", new Style("#DDCC77", DASHED, Marker.DIAMOND)),
            Map.entry("radam", new Style("#44AA99", DASH_DOT, Marker.SQUARE)),
            Map.entry("adamax", new Style("#AA4499", DOTTED, Marker.TRIANGLE)),
            Map.entry("lion", new Style("#999933", SOLID, Marker.TRIANGLE_DOWN)));

    private Colors() {}

    public static Style style(String optimizerName) {
        return STYLES.getOrDefault(optimizerName, UNKNOWN_STYLE);
    }

    /** The optimizer's colour as {@code #RRGGBB}. */
    public static String hex(String optimizerName) {
        return style(optimizerName).hex();
    }

    /** The optimizer's colour as an opaque ARGB int, parsed once per name: pictures ask for it per path per frame. */
    public static int argb(String optimizerName) {
        return ARGB.computeIfAbsent(optimizerName, name -> 0xFF000000 | rgb(name));
    }

    private static final Map<String, Integer> ARGB = new ConcurrentHashMap<>();

    /** The optimizer's colour as opaque 0xRRGGBB. */
    public static int rgb(String optimizerName) {
        return Integer.parseInt(hex(optimizerName).substring(1), 16);
    }

    /**
     * The colour of an ended run's arrow and reason, chosen to read on a white label box: diverged red, unbounded
     * below violet, left the domain brown; null for a run that has not failed.
     */
    public static String outcomeHex(Outcome.Status status) {
        return switch (status) {
            case DIVERGED -> "#DC2626";
            case UNBOUNDED -> "#7C3AED";
            case LEFT_DOMAIN -> "#B45309";
            default -> null;
        };
    }

    public static int outcomeRgb(Outcome.Status status) {
        return Integer.parseInt(outcomeHex(status).substring(1), 16);
    }

    /** {@link #outcomeRgb} as an opaque ARGB int. */
    public static int outcomeArgb(Outcome.Status status) {
        return 0xFF000000 | outcomeRgb(status);
    }
}
