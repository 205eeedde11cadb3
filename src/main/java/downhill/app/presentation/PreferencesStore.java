package downhill.app.presentation;

import downhill.app.UserFiles;
import downhill.app.UserFolder;
import downhill.engine.WholeFiles;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
    public record Loaded(Preferences preferences, String problem) {}

    public static final String FILE_NAME = "preferences.properties";

    private final Path file;
    private final UserFiles reader;

    public PreferencesStore(Path file) {
        this(file, UserFiles.system());
    }

    /** @param reader reads the file with a size cap and keeps a broken one aside */
    public PreferencesStore(Path file, UserFiles reader) {
        this.file = file;
        this.reader = reader;
    }

    /** The store in the user folder. */
    public static PreferencesStore inUserFolder() {
        return new PreferencesStore(UserFolder.path().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /**
     * The preferences in the file, or the defaults when there is none; a file that cannot be read or holds a bad
     * value gives the defaults, is kept aside (see {@link UserFiles}), and the problem says so.
     */
    public Loaded load() {
        UserFiles.Read<Preferences> read = reader.read(file, UserFiles.PREFERENCES_LIMIT, text -> {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return parse(properties);
        });
        if (!read.failed()) {
            return new Loaded(read.value().orElse(Preferences.DEFAULTS), "");
        }
        return new Loaded(
                Preferences.DEFAULTS,
                file + ": " + read.problem()
                        + (read.keptAs() == null
                                ? ""
                                : "; kept as " + read.keptAs().getFileName()));
    }

    private static Preferences parse(Properties p) {
        Preferences defaults = Preferences.DEFAULTS;
        Theme theme = Theme.fromId(p.getProperty("theme", defaults.theme().id()).strip());
        String scale = p.getProperty("scale", Integer.toString(defaults.scalePercent()))
                .strip();
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
        Locale language = Locale.forLanguageTag(
                p.getProperty("language", defaults.language().getLanguage()).strip());
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
