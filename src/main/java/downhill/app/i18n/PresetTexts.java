package downhill.app.i18n;

import downhill.experiment.Preset;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * A scenario's title and teaching note in the window's language. The English texts live in the preset files
 * themselves (the CLI shows them too); other languages in {@code presets_LANG.properties} next to the bundles.
 */
public final class PresetTexts {

    private PresetTexts() {}

    public static String title(Preset preset) {
        return translated(preset, "title", preset.title());
    }

    /** The title of the preset {@code name} whose English title is {@code english}. */
    public static String title(String name, String english) {
        return translated("preset." + name + ".title", english);
    }

    public static String note(Preset preset) {
        return translated(preset, "note", preset.note());
    }

    private static String translated(Preset preset, String part, String english) {
        return translated("preset." + preset.name() + "." + part, english);
    }

    /** The text under {@code key} in the window's language; {@code english} in English or when it has none. */
    public static String translated(String key, String english) {
        Locale language = Messages.locale();
        if (language.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return english;
        }
        return texts(language).getProperty(key, english);
    }

    /** The file's texts ({@link Properties}, not a MessageFormat bundle: notes are prose with apostrophes). */
    static Properties texts(Locale language) {
        Properties texts = new Properties();
        try (InputStream in =
                PresetTexts.class.getResourceAsStream("presets_" + language.getLanguage() + ".properties")) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the scenario texts for " + language + " could not be read", e);
        }
        return texts;
    }
}
