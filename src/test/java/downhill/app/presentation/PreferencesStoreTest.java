package downhill.app.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreferencesStoreTest {

    @TempDir
    Path folder;

    @Test
    void savedPreferencesLoadBackTheSame() throws IOException {
        PreferencesStore store = new PreferencesStore(folder.resolve("sub").resolve("preferences.properties"));
        Preferences chosen =
                new Preferences(Theme.HIGH_CONTRAST, 150, Optional.of(Path.of("/data/lessons")), Locale.GERMAN);
        store.save(chosen);
        PreferencesStore.Loaded loaded = store.load();
        assertEquals(chosen, loaded.preferences());
        assertEquals("", loaded.problem());
        try (Stream<Path> files = Files.list(store.file().getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void noFileMeansTheDefaultsWithoutAComplaint() {
        PreferencesStore.Loaded loaded = new PreferencesStore(folder.resolve("none.properties")).load();
        assertEquals(Preferences.DEFAULTS, loaded.preferences());
        assertEquals("", loaded.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"theme=purple", "scale=130", "scale=big", "language=fr", "theme=dark\nscale=\\u00zz"})
    void aBadFileGivesTheDefaultsAndSaysWhatIsWrong(String content) throws IOException {
        Path file = folder.resolve("preferences.properties");
        Files.writeString(file, content);
        PreferencesStore.Loaded loaded = new PreferencesStore(file).load();
        assertEquals(Preferences.DEFAULTS, loaded.preferences());
        assertTrue(loaded.problem().startsWith(file.toString() + ": "), loaded.problem());
        assertTrue(loaded.problem().length() > file.toString().length() + 10, loaded.problem());
    }

    @Test
    void binaryJunkIsNoCrash() throws IOException {
        Path file = folder.resolve("preferences.properties");
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Files.write(file, junk);
        assertEquals(Preferences.DEFAULTS, new PreferencesStore(file).load().preferences());
    }

    @Test
    void theProblemNamesTheBadValue() throws IOException {
        Path file = folder.resolve("preferences.properties");
        Files.writeString(file, "theme=purple\n");
        assertTrue(new PreferencesStore(file).load().problem().contains("'purple'"));
    }

    @Test
    void onlyTheOfferedScalesAndLanguagesAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> Preferences.DEFAULTS.withScale(175));
        assertThrows(IllegalArgumentException.class, () -> Preferences.DEFAULTS.withLanguage(Locale.FRENCH));
    }
}
