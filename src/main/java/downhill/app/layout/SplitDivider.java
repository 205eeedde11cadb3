package downhill.app.layout;

/**
 * Where the divider between the picture and the chart beside it goes: the chart gets about 27 % of the width, at
 * least 9 em and at most 28 em of the UI font, so it stays readable at a large scale without taking the picture's
 * room on a wide screen. Applied when the window first shows and whenever the UI scale changes (a divider dragged
 * at one scale makes no sense at another).
 */
public final class SplitDivider {

    private static final double SHARE = 0.27;
    private static final double LEAST_EM = 9;
    private static final double MOST_EM = 28;

    private SplitDivider() {}

    /** The divider position for a split {@code width} pixels wide at a font of {@code em} pixels. */
    public static double position(double width, double em) {
        if (!(width > 0) || !(em > 0)) {
            return 1 - SHARE;
        }
        double chart = Math.max(LEAST_EM * em, Math.min(MOST_EM * em, SHARE * width));
        return Math.max(0.5, 1 - chart / width);
    }
}
