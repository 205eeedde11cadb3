package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.experiment.Experiment;
import downhill.experiment.ExperimentCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 21's refusals on the command line: a start no race can begin at, numbers in Java's own syntax, a generator
 * parameter given twice, an unknown option; each one {@code error:} line and exit 2. And what must be accepted: a
 * legal 240-character file name.
 */
class UserMistakesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "trace --function rosenbrock --optimizer adam --steps 5 --start 1e300,0 | the start (1e+300, 0.0) is outside the function's domain",
                "trace --function 1/0 --optimizer adam --steps 5 | is outside the function's domain",
                "trace --function 0/0 --optimizer adam --steps 5 | is outside the function's domain",
                "trace --function log(x) --optimizer adam --steps 5 --start -1,0 | the start (-1.0, 0.0) is outside the function's domain",
                "render --start 1e300,0 --out OUT/race.png | the start (1e+300, 0.0) is outside the function's domain",
                "render --function 1/0 --out OUT/race.png | is outside the function's domain",
                "render --function sin(x) --start 1e300,0 --out OUT/race.png | the start (1e+300, 0.0) is outside the function's domain",
                "trace --function rosenbrock --optimizer adam --steps 5 --start 1d,2f | --start: '1d' is not a number in '1d,2f'",
                "trace --function rosenbrock --optimizer adam --steps 5 --start 0x1p3,2 | --start: '0x1p3' is not a number",
                "trace --function rosenbrock --optimizer adam --steps 5 --lr 1d | '1d' is not a number",
                "trace --function rosenbrock --optimizer adam --steps 5 --lr Infinity | 'Infinity' is not a number",
                "trace --function rosenbrock --optimizer adam --steps 5 --lr 1_0 | '1_0' is not a number",
                "train --data moons:noise=0.1,noise=0.3 --epochs 1 | 'noise' is given twice in 'moons:noise=0.1,noise=0.3'",
                "render --bogus 1 --out OUT/race.png | unknown option --bogus",
                "render --sise 800x600 --out OUT/race.png | unknown option --sise — did you mean '--size'?",
                "train --data moons --init he-uniform:gain=2 --epochs 1 | --init: initialisation 'he-uniform' takes no parameters",
                "train --data moons --init normal:sigma=0x1 --epochs 1 | --init: initialisation 'normal:sigma=0x1': sigma '0x1' is not a number",
                "nn-landscape --data moons --test-fraction 0.2 --test-data OUT/t.csv | --test-fraction and --test-data exclude each other",
                "train --data moons --epochs 1 --load-weights OUT/none.json | none.json: no such file",
                "train --data moons --epochs 1 --save-weights OUT/w.json --predictions OUT/w.json | --save-weights and --predictions name the same file",
                "train --data moons --epochs 1 --dropout 1 | --dropout: a probability is in [0, 1) (1 would drop every unit), got 1",
                "train --data moons --epochs 1 --dropout 0.1,0.2,0.3 | --dropout: give one probability for all hidden layers or one per hidden layer (2 for --hidden 64,64), got 3",
                "train --data moons --epochs 1 --hidden none --dropout 0.5 | --dropout: the network has no hidden layer",
                "train --data moons --epochs 1 --dropout 0.5, | --dropout: a number is needed, got nothing",
                "train --data moons --epochs 1 --early-stopping 10 | --early-stopping: early stopping '10': each part is key=value",
                "train --data moons --epochs 1 --early-stopping patience=10,monitor=val | --early-stopping: early stopping 'patience=10,monitor=val': monitor: monitor is test, train or batches, got 'val'",
                "train --data moons --epochs 1 --early-stopping min-delta=0.1 | needs patience=K"
            })
    void refusedWithOneErrorLine(String command, String expected) {
        CliRunner r = CliRunner.run(command.replace("OUT", dir.toString()).split(" "));
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("internal error") || r.err().contains("Exception"), r.err());
    }

    @Test
    void aLegalLongFileNameIsWrittenAndRead() throws IOException {
        Path picture = dir.resolve("p".repeat(236) + ".png");
        CliRunner render = CliRunner.run("render", "--size", "320x200", "--out", picture.toString());
        assertEquals(0, render.exitCode(), render.err());
        assertTrue(Files.size(picture) > 0);
        Path experiment = dir.resolve("e".repeat(235) + ".json");
        ExperimentCodec.save(Experiment.defaults(), experiment);
        assertEquals(Experiment.defaults(), ExperimentCodec.read(experiment));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }
}
