package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --version} and {@code -V}, and the command words the launcher tells apart from file names. */
class VersionTest {

    @Test
    void versionPrintsOneLineWithTheVersionMavenFilledIn() {
        for (String flag : new String[] {"--version", "-V"}) {
            CliRunner run = CliRunner.run(flag);
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("", run.err());
            String line = run.out().strip();
            assertEquals(1, run.out().lines().count(), run.out());
            // The POM's version, e.g. "downhill 0.1.0-SNAPSHOT": filtered, not "${project.version}".
            assertTrue(line.matches("downhill \\d+\\.\\d+(\\.\\d+)?(-[A-Za-z0-9.]+)?"), line);
            assertEquals(Version.line(), line);
        }
    }

    @Test
    void theCommandNamesAreTheCommandsPicocliKnows() {
        Set<String> names = Cli.commandNames();
        assertEquals(new CommandLine(new Cli()).getSubcommands().keySet(), names);
        assertTrue(names.containsAll(Set.of("trace", "render", "train", "functions")), names.toString());
    }
}
