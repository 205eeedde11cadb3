package downhill.app.presentation;

import downhill.app.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user chose and expects again at the next start.
 *
 * @param scalePercent the UI scale, one of {@link #SCALES}
 * @param lastFolder   where the last file was opened or saved, empty before the first
 * @param language     one of {@link Messages#LANGUAGES}
 */
public record Preferences(Theme theme, int scalePercent, Optional<Path> lastFolder, Locale language) {

    /** The UI scales offered, for projectors: 100 % is the desktop's own size. */
    public static final List<Integer> SCALES = List.of(100, 125, 150, 200);

    public static final Preferences DEFAULTS = new Preferences(Theme.LIGHT, 100, Optional.empty(), Locale.ENGLISH);

    public Preferences {
        Objects.requireNonNull(theme);
        Objects.requireNonNull(lastFolder);
        Objects.requireNonNull(language);
        if (!SCALES.contains(scalePercent)) {
            throw new IllegalArgumentException("the UI scale must be one of " + SCALES + " %, got " + scalePercent);
        }
        if (!Messages.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("the language must be one of "
                    + Messages.LANGUAGES.stream().map(Locale::getLanguage).toList() + ", got '" + language.getLanguage()
                    + "'");
        }
    }

    public Preferences withTheme(Theme chosen) {
        return new Preferences(chosen, scalePercent, lastFolder, language);
    }

    public Preferences withScale(int percent) {
        return new Preferences(theme, percent, lastFolder, language);
    }

    public Preferences withLastFolder(Path folder) {
        return new Preferences(theme, scalePercent, Optional.of(folder), language);
    }

    public Preferences withLanguage(Locale chosen) {
        return new Preferences(theme, scalePercent, lastFolder, chosen);
    }

    /** The scale as a factor, 1.0 for 100 %. */
    public double scale() {
        return scalePercent / 100.0;
    }
}
