package downhill.app.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every text the window shows comes from the {@code downhill/app/i18n/messages} bundle. FXML refers to keys as
 * {@code %key}; code calls {@link #text}. The language is chosen once, before the main window loads.
 */
public final class Messages {

    private static final String BUNDLE = "downhill.app.i18n.messages";
    private static volatile ResourceBundle bundle = load(Locale.ENGLISH);

    private Messages() {}

    /** The languages with a complete bundle, by ISO code. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    public static void use(Locale locale) {
        bundle = load(Objects.requireNonNull(locale));
    }

    public static Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code arguments} put in by {@link MessageFormat}. */
    public static String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key must show up in a screenshot rather than crash the window.
            return "!" + key + "!";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    private static ResourceBundle load(Locale locale) {
        // English is the base bundle; without this the JVM's default locale would be tried first.
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
