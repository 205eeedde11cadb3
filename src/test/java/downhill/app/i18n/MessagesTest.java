package downhill.app.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.experiment.Lesson;
import downhill.experiment.Preset;
import downhill.experiment.Presets;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @AfterEach
    void backToEnglish() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() throws IOException {
        Properties english = load("messages.properties");
        for (Locale language : Messages.LANGUAGES) {
            if (language.equals(Locale.ENGLISH)) {
                continue;
            }
            Properties other = load("messages_" + language.getLanguage() + ".properties");
            assertEquals(
                    new TreeSet<>(english.stringPropertyNames()),
                    new TreeSet<>(other.stringPropertyNames()),
                    "keys of " + language);
            for (String key : english.stringPropertyNames()) {
                assertTrue(!other.getProperty(key).isBlank(), key + " is blank in " + language);
            }
        }
    }

    @Test
    void switchingLanguageChangesTheTexts() {
        assertEquals("Landscape", Messages.text("main.tab.landscape"));
        Messages.use(Locale.GERMAN);
        assertEquals("Landschaft", Messages.text("main.tab.landscape"));
    }

    @Test
    void aMissingKeyIsVisibleNotFatal() {
        assertEquals("!no.such.key!", Messages.text("no.such.key"));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyScenarioHasItsTitleAndNoteInEveryOtherLanguage() {
        for (Locale language : Messages.LANGUAGES) {
            if (language.equals(Locale.ENGLISH)) {
                continue;
            }
            Properties texts = PresetTexts.texts(language);
            Set<String> expected = new TreeSet<>();
            for (Lesson lesson : Presets.lessons()) {
                // title and note; a lesson's steps' titles, notes and prompts too
                expected.addAll(lesson.textKeys());
            }
            assertEquals(expected, new TreeSet<>(texts.stringPropertyNames()), "scenario texts of " + language);
            Preset first = Presets.all().get(0);
            Messages.use(language);
            assertEquals(texts.getProperty("preset." + first.name() + ".title"), PresetTexts.title(first));
            Messages.use(Locale.ENGLISH);
            assertEquals(first.title(), PresetTexts.title(first));
        }
    }
}
