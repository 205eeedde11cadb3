package downhill.app.layout;

/**
 * Whether a scenario's teaching note starts folded to its title: on a window short for its UI scale (a projector at
 * 1280×720 and 150 % is 30 em high) four lines of note would take a quarter of the height from the picture. The
 * note is one click away ("Show note"); on a taller window it starts open.
 */
public final class NoteFold {

    /** Below this height, in ems of the UI font, a note starts folded. */
    public static final double SHORT_EM = 42;

    private NoteFold() {}

    public static boolean startsFolded(double heightInEm) {
        return heightInEm > 0 && heightInEm < SHORT_EM;
    }
}
