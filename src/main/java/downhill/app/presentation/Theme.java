package downhill.app.presentation;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import downhill.app.control.ChartStyle;
import java.util.Locale;

/** The window's looks: an AtlantaFX theme, the canvases' colours and, for high contrast, a stylesheet on top. */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet(), ChartStyle.LIGHT),
    DARK(new PrimerDark().getUserAgentStylesheet(), ChartStyle.DARK),
    HIGH_CONTRAST(new PrimerDark().getUserAgentStylesheet(), ChartStyle.HIGH_CONTRAST);

    private final String userAgentStylesheet;
    private final ChartStyle chartStyle;

    Theme(String userAgentStylesheet, ChartStyle chartStyle) {
        this.userAgentStylesheet = userAgentStylesheet;
        this.chartStyle = chartStyle;
    }

    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    public ChartStyle chartStyle() {
        return chartStyle;
    }

    /** The name in preference files: light, dark, high-contrast. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The key of the theme's name in the message bundle. */
    public String messageKey() {
        return "presentation.theme." + id();
    }

    public static Theme fromId(String id) {
        for (Theme theme : values()) {
            if (theme.id().equals(id)) {
                return theme;
            }
        }
        throw new IllegalArgumentException("theme must be light, dark or high-contrast, got '" + id + "'");
    }
}
