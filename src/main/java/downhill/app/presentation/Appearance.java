package downhill.app.presentation;

import downhill.app.control.ChartStyle;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.collections.ObservableList;

/**
 * Puts a theme and a UI scale into effect: the AtlantaFX stylesheet, the app's own stylesheets, the font size every
 * em in the CSS is measured from, and the canvases' {@link ChartStyle}. The font size goes in a small generated
 * stylesheet rather than an inline style, so that menus, tooltips and dialogs (windows of their own) scale too.
 */
public final class Appearance {

    /** The root font size at 100 %, in pixels. */
    public static final double BASE_FONT = 14;
    /** Toolbar icons and the play button's, in em of the root font. */
    private static final double ICON = 1.35;

    private static final double PLAY_ICON = 1.6;

    private static final String APP_CSS = resource("/downhill/app/downhill.css");
    private static final String HIGH_CONTRAST_CSS = resource("high-contrast.css");
    private static final String SCALE_CSS_PREFIX = "data:text/css;base64,";

    private Appearance() {}

    /** Applies {@code theme} at {@code scalePercent} to a window's (or dialog's) stylesheets and to the canvases. */
    public static void apply(ObservableList<String> stylesheets, Theme theme, int scalePercent) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        ChartStyle.currentProperty().set(theme.chartStyle().withScale(scalePercent / 100.0));
        stylesheets.setAll(stylesheets(theme, scalePercent));
    }

    /** The author stylesheets for {@code theme} at {@code scalePercent}, in the order they apply. */
    public static List<String> stylesheets(Theme theme, int scalePercent) {
        String size = String.format(Locale.ROOT, "%.1fpx", BASE_FONT * scalePercent / 100.0);
        // Icons in px: an em in -fx-icon-size is measured from the icon's own font, which that size then sets.
        String icon = String.format(Locale.ROOT, "%.1fpx", ICON * BASE_FONT * scalePercent / 100.0);
        String playIcon = String.format(Locale.ROOT, "%.1fpx", PLAY_ICON * BASE_FONT * scalePercent / 100.0);
        String css = ".root, .context-menu, .menu-item, .tooltip, .dialog-pane { -fx-font-size: " + size + "; }"
                + " .icon-button .ikonli-font-icon, .info-icon .ikonli-font-icon { -fx-icon-size: " + icon + "; }"
                + " .play-button .ikonli-font-icon { -fx-icon-size: " + playIcon + "; }";
        String scale = SCALE_CSS_PREFIX + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        return theme == Theme.HIGH_CONTRAST ? List.of(APP_CSS, HIGH_CONTRAST_CSS, scale) : List.of(APP_CSS, scale);
    }

    private static String resource(String name) {
        return Appearance.class.getResource(name).toExternalForm();
    }
}
