package downhill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.LaunchRequest.Mode;
import downhill.cli.Cli;
import downhill.snapshot.SnapshotCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a start's arguments choose between the window, the window with a file, and the command line. */
class LaunchRequestTest {

    private static final Set<String> WORDS = Cli.commandNames(new SnapshotCommand());

    @TempDir
    Path folder;

    private LaunchRequest parse(String... args) {
        return LaunchRequest.parse(args, WORDS, folder);
    }

    @Test
    void noArgumentsOpenTheWindowWithNoFile() {
        LaunchRequest request = parse();
        assertEquals(Mode.WINDOW, request.mode());
        assertFalse(request.opensFile());
    }

    @Test
    void anExistingFileOpensTheWindowOnItsAbsolutePath() throws Exception {
        Files.writeString(folder.resolve("lesson.json"), "{}");
        LaunchRequest request = parse("lesson.json");
        assertEquals(Mode.WINDOW, request.mode());
        assertEquals(folder.resolve("lesson.json").toAbsolutePath(), request.file());
        assertTrue(request.file().isAbsolute());
    }

    @Test
    void aMissingFileStillOpensTheWindowWhichThenSaysWhatIsWrong() {
        LaunchRequest request = parse("sub/../missing.json");
        assertEquals(Mode.WINDOW, request.mode());
        assertEquals(folder.resolve("missing.json"), request.file(), "normalised");
    }

    @Test
    void anAbsolutePathIsKeptAndACsvFileIsAFileToo() {
        Path data = folder.resolve("data.csv");
        assertEquals(data, parse(data.toString()).file());
    }

    @Test
    void aFileUriFromAFileManagerIsAPath() {
        Path lesson = folder.resolve("my lesson.json");
        LaunchRequest request = parse(lesson.toUri().toString());
        assertEquals(Mode.WINDOW, request.mode());
        assertEquals(lesson, request.file());
    }

    @Test
    void commandWordsAndTheSnapshotCommandGoToTheCli() {
        assertEquals(Mode.CLI, parse("trace", "--function", "rosenbrock").mode());
        assertEquals(Mode.CLI, parse("functions").mode());
        assertEquals(Mode.CLI, parse("snapshot", "--out", "x.png").mode());
        assertEquals(
                List.of("trace", "--function", "rosenbrock"),
                parse("trace", "--function", "rosenbrock").arguments());
        assertNull(parse("functions").file());
    }

    @Test
    void optionsGoToTheCli() {
        assertEquals(Mode.CLI, parse("--version").mode());
        assertEquals(Mode.CLI, parse("-V").mode());
        assertEquals(Mode.CLI, parse("--help").mode());
        assertEquals(Mode.CLI, parse("--bogus", "lesson.json").mode());
    }

    @Test
    void aCommandWordBeatsAFileOfTheSameName() throws Exception {
        Files.writeString(folder.resolve("trace"), "not an experiment");
        assertEquals(Mode.CLI, parse("trace").mode());
    }

    @Test
    void aMistypedCommandGoesToTheCliForItsSuggestionButAnExistingFileOfThatNameOpens() throws Exception {
        assertEquals(Mode.CLI, parse("trian", "--data", "moons").mode());
        Files.writeString(folder.resolve("trian"), "{}");
        LaunchRequest request = parse("trian");
        assertEquals(Mode.WINDOW, request.mode());
        assertEquals(folder.resolve("trian"), request.file());
    }

    @Test
    void twoFilesAreOneLineOfMistakeNotTwoWindows() {
        LaunchRequest request = parse("a.json", "b.json");
        assertEquals(Mode.MISTAKE, request.mode());
        assertTrue(request.problem().contains("one file at a time"), request.problem());
        assertTrue(request.problem().contains("a.json b.json"), request.problem());
    }

    @Test
    void anEmptyOrBlankFirstArgumentIsLeftToTheCli() {
        assertEquals(Mode.CLI, parse("").mode());
        assertEquals(Mode.CLI, parse("  ").mode());
    }

    @Test
    void aPathWithANulCharacterIsNoFile() {
        assertEquals(Mode.CLI, parse("bad\0name.json").mode());
    }
}
