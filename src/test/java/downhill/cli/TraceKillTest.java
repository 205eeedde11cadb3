package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few of {@link TraceKills}' kills in the suite (its main runs a hundred): the target is always whole. */
class TraceKillTest {

    @Test
    void aKilledTraceLeavesTheOldFileOrTheNewOneWhole(@TempDir Path dir) throws Exception {
        TraceKills.Outcome outcome = TraceKills.run(dir, 6, 7, 1500);
        assertEquals(6, outcome.old() + outcome.fresh(), outcome.toString());
    }
}
