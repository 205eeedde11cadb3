package downhill.app.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import downhill.app.launch.FileOpener.Kind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which way a file from outside goes, by its ending. */
class FileOpenerTest {

    @Test
    void experimentsAndDataAreKnownByTheirEndingInAnyCase() {
        assertEquals(Kind.EXPERIMENT, Kind.of(Path.of("/home/ann/lesson.json")));
        assertEquals(Kind.EXPERIMENT, Kind.of(Path.of("LESSON.JSON")));
        assertEquals(Kind.EXPERIMENT, Kind.of(Path.of("week 3.Downhill")));
        assertEquals(Kind.CSV, Kind.of(Path.of("moons.CSV")));
        assertEquals(Kind.UNSUPPORTED, Kind.of(Path.of("notes.txt")));
        assertEquals(Kind.UNSUPPORTED, Kind.of(Path.of("json")));
        assertEquals(Kind.UNSUPPORTED, Kind.of(Path.of("lesson.json.bak")));
        assertEquals(Kind.UNSUPPORTED, Kind.of(Path.of("/")));
    }
}
