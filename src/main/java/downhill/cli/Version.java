package downhill.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The program's version, from {@code downhill/version.properties}, which Maven fills in from the POM (the one
 * filtered resource). Run from unfiltered sources (an IDE that copies resources itself) it says so rather than
 * printing a placeholder.
 */
public final class Version {

    static final String RESOURCE = "/downhill/version.properties";
    /** What a build without Maven's filtering has in place of the version. */
    static final String UNKNOWN = "unknown (built without Maven)";

    private Version() {}

    /** E.g. {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return UNKNOWN;
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the version could not be read from the jar", e);
        }
        String version = properties.getProperty("version", "").strip();
        return version.isEmpty() || version.contains("${") ? UNKNOWN : version;
    }

    /** The line {@code --version} prints: {@code downhill 0.1.0}. */
    public static String line() {
        return "downhill " + current();
    }
}
