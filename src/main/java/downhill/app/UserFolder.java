package downhill.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Downhill keeps the user's things between runs: preferences, the autosaved session, the log. The system
 * property {@code downhill.home} overrides it (tests point it at a temporary folder).
 */
public final class UserFolder {

    private UserFolder() {}

    public static Path path() {
        String override = System.getProperty("downhill.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Downhill");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Downhill");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "downhill") : Path.of(home, ".local", "share", "downhill");
    }
}
