package downhill.app.presentation;

import downhill.app.UserFolder;
import downhill.engine.WholeFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Keeps {@link Preferences} in a properties file ({@code preferences.properties} in the user folder). A file that
 * cannot be read gives the defaults and a note saying what was wrong: a broken preference must never stop the app.
 */
public final class PreferencesStore {

    /** What {@link #load} found: the preferences to use, and a problem to tell the user about (empty if none). */
    public record Loaded(Preferences preferences, String problem) {
    }

    public static final String FILE_NAME = "preferences.properties";

    private final Path file;

    public PreferencesStore(Path file) {
        this.file = file;
    }

    /** The store in the user folder. */
    public static PreferencesStore inUserFolder() {
        return new PreferencesStore(UserFolder.path().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(Preferences.DEFAULTS, "");
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            return new Loaded(parse(properties), "");
        } catch (IOException | RuntimeException e) {
            return new Loaded(Preferences.DEFAULTS, file + ": " + e.getMessage());
        }
    }

    private static Preferences parse(Properties p) {
        Preferences defaults = Preferences.DEFAULTS;
        Theme theme = Theme.fromId(p.getProperty("theme", defaults.theme().id()).strip());
        String scale = p.getProperty("scale", Integer.toString(defaults.scalePercent())).strip();
        int percent;
        try {
            percent = Integer.parseInt(scale);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("scale must be a whole number of percent, got '" + scale + "'");
        }
        String folder = p.getProperty("lastFolder", "").strip();
        Optional<Path> lastFolder;
        try {
            lastFolder = folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("lastFolder is not a path: '" + folder + "'");
        }
        Locale language = Locale.forLanguageTag(p.getProperty("language", defaults.language().getLanguage()).strip());
        return new Preferences(theme, percent, lastFolder, language);
    }

    /** Writes {@code preferences} atomically: a temporary file, then a move, so a crash never leaves half a file. */
    public void save(Preferences preferences) throws IOException {
        Properties p = new Properties();
        p.setProperty("theme", preferences.theme().id());
        p.setProperty("scale", Integer.toString(preferences.scalePercent()));
        p.setProperty("lastFolder", preferences.lastFolder().map(Path::toString).orElse(""));
        p.setProperty("language", preferences.language().getLanguage());
        StringWriter text = new StringWriter();
        p.store(text, "Downhill preferences");
        WholeFiles.writeText(file, text.toString());
    }
}
