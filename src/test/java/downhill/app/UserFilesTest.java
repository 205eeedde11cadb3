package downhill.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.experiment.Banner;
import downhill.app.experiment.ExperimentViewModel;
import downhill.app.presentation.Preferences;
import downhill.app.presentation.PreferencesStore;
import downhill.experiment.Experiment;
import downhill.experiment.ExperimentCodec;
import downhill.experiment.Presets;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one reader of the user folder: whatever is found there, the window's models come up with their defaults,
 * the file is kept aside under a name of its own, and the banner names the copy.
 */
class UserFilesTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-03T14:15:02Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private final AppContext context = new AppContext(BackgroundExecutors.sameThread());

    private ExperimentViewModel session(Path file) {
        return new ExperimentViewModel(
                context.landscape(), context.network(), BackgroundExecutors.sameThread(), file, new UserFiles(NOON));
    }

    /** Restores {@code file} and checks the window holds the defaults and a banner names the kept copy. */
    private Path restoresDefaultsAndKeepsAside(Path file) {
        ExperimentViewModel vm = session(file);
        vm.apply(Presets.byName("schedules").experiment());
        vm.restoreSession();
        assertEquals(Experiment.defaults(), vm.capture());
        assertFalse(Files.exists(file, LinkOption.NOFOLLOW_LINKS), "moved aside");
        List<Banner> banners = vm.banners();
        assertEquals(1, banners.size());
        Path kept;
        try (Stream<Path> files = Files.list(file.getParent())) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("session.json.broken-"))
                    .reduce((a, b) -> a.toString().compareTo(b.toString()) > 0 ? a : b)
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(
                banners.get(0).text().contains(kept.getFileName().toString()),
                banners.get(0).text());
        return kept;
    }

    @Test
    void aGoodSessionComesBackAndAMissingOneIsNoProblem() throws IOException {
        Path file = home.resolve("session.json");
        ExperimentViewModel vm = session(file);
        vm.restoreSession();
        assertEquals(List.of(), vm.banners());
        Experiment schedules = Presets.byName("schedules").experiment();
        ExperimentCodec.save(schedules, file);
        Files.writeString(file, "\uFEFF" + Files.readString(file));
        vm.apply(Experiment.defaults());
        vm.restoreSession();
        assertEquals(schedules, vm.capture(), "a byte order mark is no problem");
        assertEquals(List.of(), vm.banners());
    }

    @Test
    void aSecondBrokenSessionNeverOverwritesTheFirstCopy() throws IOException {
        Path file = home.resolve("session.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"landscape\": {\"function\": ");
        Path first = restoresDefaultsAndKeepsAside(file);
        assertEquals("session.json.broken-20261203-141502", first.getFileName().toString());
        Files.writeString(file, "second");
        Path second = restoresDefaultsAndKeepsAside(file);
        assertEquals(
                "session.json.broken-20261203-141502-2", second.getFileName().toString());
        assertTrue(Files.readString(first).startsWith("{\"schemaVersion\""), "the first copy is intact");
        assertEquals("second", Files.readString(second));
    }

    @Test
    void aFifoIsRefusedAtOnceWithoutBlocking() throws Exception {
        Path fifo = home.resolve("session.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        restoresDefaultsAndKeepsAside(fifo);
    }

    @Test
    void anOversizedSessionIsNotRead() throws IOException {
        Path file = home.resolve("session.json");
        byte[] array = ("[" + "1,".repeat(3_000_000) + "1]").getBytes(StandardCharsets.US_ASCII);
        Files.write(file, array);
        Path kept = restoresDefaultsAndKeepsAside(file);
        assertEquals(array.length, Files.size(kept), "kept whole");
    }

    @Test
    void aFolderALinkAndNonUtf8TextAreRefused() throws IOException {
        Path file = home.resolve("session.json");
        Files.createDirectory(file);
        restoresDefaultsAndKeepsAside(file);
        Path target = home.resolve("elsewhere.json");
        ExperimentCodec.save(Experiment.defaults(), target);
        Files.createSymbolicLink(file, target);
        restoresDefaultsAndKeepsAside(file);
        assertTrue(Files.exists(target), "the link's target is left alone");
        Files.write(file, new byte[] {'{', (byte) 0xff, '}'});
        restoresDefaultsAndKeepsAside(file);
    }

    @Test
    void aSessionThatCannotRaceIsBrokenNotACrash() throws IOException {
        Path file = home.resolve("session.json");
        Files.writeString(
                file,
                "{\"schemaVersion\": 1, \"landscape\": {\"function\": \"log(x)\","
                        + " \"start\": {\"x\": -1, \"y\": 0}}}");
        restoresDefaultsAndKeepsAside(file);
        assertTrue(session(file).banners().isEmpty());
        Files.writeString(
                file,
                "{\"schemaVersion\": 1, \"landscape\": {\"function\": \"rosenbrock\","
                        + " \"window\": {\"xMin\": -1e308, \"xMax\": 1e308, \"yMin\": 0, \"yMax\": 1}}}");
        restoresDefaultsAndKeepsAside(file);
    }

    @Test
    void aBrokenSessionThatCannotBeMovedIsNotOverwritten() throws IOException {
        Path file = home.resolve("session.json");
        Files.writeString(file, "not json");
        // Every name the copy could take is taken already (the clock stands still in this test).
        Files.createFile(home.resolve("session.json.broken-20261203-141502"));
        for (int copy = 2; copy <= 1000; copy++) {
            Files.createFile(home.resolve("session.json.broken-20261203-141502-" + copy));
        }
        ExperimentViewModel vm = session(file);
        vm.restoreSession();
        assertEquals(Experiment.defaults(), vm.capture());
        assertTrue(
                vm.banners().get(0).text().contains("could not be moved aside"),
                vm.banners().get(0).text());
        assertFalse(vm.saveSession(), "the broken file is the user's: not saved over");
        assertEquals("not json", Files.readString(file));
    }

    @Test
    void hugePreferencesGiveTheDefaultsAtOnce() throws IOException {
        Path file = home.resolve(PreferencesStore.FILE_NAME);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(200L << 20);
        }
        PreferencesStore.Loaded loaded = new PreferencesStore(file, new UserFiles(NOON)).load();
        assertEquals(Preferences.DEFAULTS, loaded.preferences());
        assertTrue(loaded.problem().contains("larger than 1 MB"), loaded.problem());
        assertTrue(
                loaded.problem().endsWith("kept as preferences.properties.broken-20261203-141502"), loaded.problem());
        assertFalse(Files.exists(file));
    }

    @Test
    void aMissingFileReadsAsNothingAndNothingIsMoved() {
        UserFiles.Read<String> read = new UserFiles(NOON).read(home.resolve("none"), 10, text -> text);
        assertFalse(read.failed());
        assertTrue(read.value().isEmpty());
        assertNull(read.keptAs());
    }
}
