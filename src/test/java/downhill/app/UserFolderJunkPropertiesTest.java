package downhill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.experiment.ExperimentViewModel;
import downhill.app.presentation.Preferences;
import downhill.app.presentation.PreferencesStore;
import downhill.experiment.Experiment;
import downhill.experiment.ExperimentCodec;
import downhill.experiment.Presets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever junk the user folder holds, the models come up: with the session's settings when it is a good
 * experiment, otherwise with the defaults, a banner, and the junk kept aside whole.
 */
class UserFolderJunkPropertiesTest {

    private static Path home;
    private static AppContext context;
    private static final String GOOD =
            ExperimentCodec.write(Presets.byName("schedules").experiment());

    @BeforeContainer
    static void start() throws IOException {
        home = Files.createTempDirectory("user-folder-junk");
        context = new AppContext(BackgroundExecutors.sameThread());
    }

    @AfterContainer
    static void clean() throws IOException {
        try (Stream<Path> all = Files.walk(home)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Provide
    Arbitrary<byte[]> junk() {
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        // A good session cut, spliced or sprinkled with invisible characters reaches deeper than random bytes.
        Arbitrary<byte[]> damaged = Arbitraries.integers()
                .between(0, GOOD.length())
                .flatMap(cut -> Arbitraries.of(
                                "", "\uFEFF", "\u200B", "\u00A0", "}", "NaN", "// x\n", "1e999", "\u0000")
                        .map(insert -> (GOOD.substring(0, cut) + insert + GOOD.substring(cut))
                                .getBytes(StandardCharsets.UTF_8)));
        return Arbitraries.oneOf(bytes, damaged);
    }

    @Property(tries = 150)
    void anySessionFileGivesAWorkingModel(@ForAll("junk") byte[] content) throws IOException {
        Path folder = Files.createTempDirectory(home, "case");
        Path file = folder.resolve("session.json");
        Files.write(file, content);
        ExperimentViewModel vm = new ExperimentViewModel(
                context.landscape(), context.network(), BackgroundExecutors.sameThread(), file, UserFiles.system());
        vm.apply(Presets.byName("saddle-escape").experiment());
        vm.restoreSession();
        Experiment now = vm.capture();
        if (vm.banners().isEmpty()) {
            assertEquals(
                    ExperimentCodec.read(new String(content, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "")),
                    now,
                    "a good session comes back");
        } else {
            assertEquals(Experiment.defaults(), now);
            assertFalse(Files.exists(file));
            try (Stream<Path> kept = Files.list(folder)) {
                Path copy = kept.filter(p -> p.getFileName().toString().startsWith("session.json.broken-"))
                        .findFirst()
                        .orElseThrow();
                assertTrue(Arrays.equals(content, Files.readAllBytes(copy)), "kept whole");
            }
        }
    }

    @Property(tries = 150)
    void anyPreferencesFileGivesPreferences(@ForAll("junk") byte[] content) throws IOException {
        Path folder = Files.createTempDirectory(home, "prefs");
        Path file = folder.resolve(PreferencesStore.FILE_NAME);
        Files.write(file, content);
        PreferencesStore.Loaded loaded = new PreferencesStore(file).load();
        if (!loaded.problem().isEmpty()) {
            assertEquals(Preferences.DEFAULTS, loaded.preferences());
            assertFalse(Files.exists(file), loaded.problem());
        }
    }
}
