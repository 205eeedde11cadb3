package downhill.render.draw;

/** Arithmetic on ARGB colours, for the drawing code that has no toolkit's colour class. */
public final class Argb {

    private Argb() {}

    public static int alpha(int argb) {
        return argb >>> 24;
    }

    public static int red(int argb) {
        return (argb >> 16) & 0xFF;
    }

    public static int green(int argb) {
        return (argb >> 8) & 0xFF;
    }

    public static int blue(int argb) {
        return argb & 0xFF;
    }

    /** The way from {@code from} to {@code to}, {@code share} of it (0 to 1), channel by channel. */
    public static int mix(int from, int to, double share) {
        return (channel(alpha(from), alpha(to), share) << 24)
                | (channel(red(from), red(to), share) << 16)
                | (channel(green(from), green(to), share) << 8)
                | channel(blue(from), blue(to), share);
    }

    /** The largest channel, 0 to 1, as HSB brightness. */
    public static double brightness(int argb) {
        return Math.max(red(argb), Math.max(green(argb), blue(argb))) / 255.0;
    }

    /** As a toolkit's {@code darker()}: the brightness times 0.7, hue and saturation kept. */
    public static int darker(int argb) {
        return scaled(argb, 0.7);
    }

    /** As a toolkit's {@code brighter()}: the brightness divided by 0.7, as far as it goes. */
    public static int brighter(int argb) {
        double most = brightness(argb);
        return scaled(argb, most == 0 ? 1 : Math.min(1 / 0.7, 1 / most));
    }

    private static int scaled(int argb, double factor) {
        return (alpha(argb) << 24)
                | (Math.min(255, (int) Math.round(red(argb) * factor)) << 16)
                | (Math.min(255, (int) Math.round(green(argb) * factor)) << 8)
                | Math.min(255, (int) Math.round(blue(argb) * factor));
    }

    private static int channel(int a, int b, double share) {
        return (int) Math.round(a + (b - a) * share);
    }
}
