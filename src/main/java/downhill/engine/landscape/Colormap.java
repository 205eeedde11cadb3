package downhill.engine.landscape;

/**
 * The colour maps of the landscape: perceptually uniform, so equal steps in value look like equal steps in
 * colour, and lightness rises monotonically from 0 (low loss, dark) to 1 (high loss, light).
 * Each is a 256-entry lookup table of opaque ARGB colours.
 */
public enum Colormap {
    VIRIDIS("Viridis", ColormapTables.VIRIDIS),
    MAGMA("Magma", ColormapTables.MAGMA),
    CIVIDIS("Cividis", ColormapTables.CIVIDIS),
    /** Black to white in equal steps of CIE L*, which plain sRGB grey steps are not. */
    GRAYSCALE("Grayscale", grayscaleTable());

    /** Entries per table. */
    public static final int SIZE = 256;

    /** Where a landscape has no value (NaN, ±∞: outside the function's domain): a neutral dark grey. */
    public static final int NO_VALUE_ARGB = 0xFF474747;

    private final String displayName;
    private final int[] argb;

    Colormap(String displayName, int[] rgb) {
        this.displayName = displayName;
        this.argb = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            argb[i] = 0xFF000000 | rgb[i];
        }
    }

    /** The map the view opens with. */
    public static Colormap standard() {
        return VIRIDIS;
    }

    public String displayName() {
        return displayName;
    }

    /** The colour at {@code t} along the map, t clamped to [0, 1]; {@link #NO_VALUE_ARGB} for NaN. */
    public int argb(double t) {
        if (Double.isNaN(t)) {
            return NO_VALUE_ARGB;
        }
        double clamped = t < 0 ? 0 : t > 1 ? 1 : t;
        return argb[(int) (clamped * (SIZE - 1) + 0.5)];
    }

    /** Table entry {@code index} in [0, 255]. */
    public int argbAt(int index) {
        return argb[index];
    }

    /** The table itself, for the renderer's inner loop: not copied, never to be modified. */
    int[] table() {
        return argb;
    }

    private static int[] grayscaleTable() {
        int[] rgb = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            double lightness = 100.0 * i / (SIZE - 1);
            double luminance = lightness > 8 ? Math.pow((lightness + 16) / 116, 3) : lightness / 903.3;
            double encoded = luminance <= 0.0031308 ? 12.92 * luminance : 1.055 * Math.pow(luminance, 1 / 2.4) - 0.055;
            int grey = (int) Math.round(encoded * 255);
            rgb[i] = grey << 16 | grey << 8 | grey;
        }
        return rgb;
    }
}
