package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NnLandscapeCommandTest {

    private static final String SMALL =
            "nn-landscape --data moons --samples 200 --hidden 8 --epochs 5 --grid 5 " + "--range 0.5 --seed 3";

    @ParameterizedTest
    @ValueSource(strings = {"random", "pca"})
    void writesTheGridAndEndsWithItsTime(String directions, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("grid.csv");
        CliRunner run = CliRunner.run((SMALL + " --directions " + directions + " --out " + out).split(" "));
        assertEquals(0, run.exitCode(), run.err());
        String[] stdout = run.out().split("\\R");
        assertTrue(stdout[stdout.length - 1].matches("grid_seconds=[0-9.E-]+"), run.out());
        List<String> rows = Files.readAllLines(out);
        assertEquals("alpha,beta,loss", rows.get(0));
        assertEquals(26, rows.size());
        assertEquals("-0.5,-0.5,", rows.get(1).substring(0, 10));
        assertTrue(rows.get(13).startsWith("0.0,0.0,"), rows.get(13));
        CliRunner again = CliRunner.run((SMALL + " --directions " + directions).split(" "));
        String[] lines = again.out().split("\\R");
        assertEquals(rows, List.of(lines).subList(0, 26));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--directions sideways",
                "--grid 1",
                "--grid 202",
                "--range 0",
                "--range -2",
                "--epochs 0",
                "--batch-size 0",
                "--hidden 8,x"
            })
    void mistakesExitTwoWithOneErrorLine(String flags) {
        CliRunner run = CliRunner.run((SMALL + " " + flags).split(" "));
        assertEquals(2, run.exitCode(), run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
    }
}
