package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.run.Trajectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceCommandTest {

    @Test
    void printsTheHeaderTheStartAndOneRowPerStep() {
        CliRunner r = CliRunner.run(
                "trace",
                "--function",
                "rosenbrock",
                "--optimizer",
                "sgd",
                "--lr",
                "0.001",
                "--start",
                "-1.5,2",
                "--steps",
                "3");
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\\R");
        assertEquals("step,x,y,loss,grad_x,grad_y,lr", lines[0]);
        assertEquals("0,-1.5,2.0,12.5,-155.0,-50.0,0.001", lines[1]);
        // One SGD step by hand: θ₁ = θ₀ − 0.001·∇f(θ₀) = (−1.5 + 0.155, 2 + 0.05).
        assertTrue(lines[2].startsWith("1,-1.345,2.05,"), lines[2]);
        assertEquals(5, lines.length);
        assertEquals("", r.err());
    }

    @Test
    void aNegativeStartIsAValueNotAnOption() {
        CliRunner spaced = CliRunner.run(
                "trace", "--function", "saddle", "--optimizer", "adam", "--start", "-1.5,2", "--steps", "1");
        CliRunner joined =
                CliRunner.run("trace", "--function", "saddle", "--optimizer", "adam", "--start=-1.5,2", "--steps", "1");
        assertEquals(0, spaced.exitCode(), spaced.err());
        assertTrue(spaced.out().contains("\n0,-1.5,2.0,"), spaced.out());
        assertEquals(spaced.out(), joined.out());
    }

    @Test
    void withoutAStartItUsesTheFunctionsOwn() {
        CliRunner r = CliRunner.run("trace", "--function", "rosenbrock", "--optimizer", "adam", "--steps", "0");
        assertEquals("step,x,y,loss,grad_x,grad_y,lr\n0,-1.5,2.0,12.5,-155.0,-50.0,0.001\n", r.out());
    }

    @Test
    void aDivergingRunStopsAtItsLastFinitePointAndSaysSoOnStderrWithExitZero() {
        CliRunner r = CliRunner.run(
                "trace",
                "--function",
                "saddle",
                "--optimizer",
                "sgd",
                "--lr",
                "10",
                "--start",
                "1,0",
                "--steps",
                "100");
        assertEquals(0, r.exitCode());
        assertEquals("diverged at step 5\n", r.err());
        assertEquals(1 + 5, r.out().split("\\R").length);
    }

    @Test
    void aRunDownASlopeWithoutEndIsUnboundedBelowOnStderrWithTheSameRows() {
        CliRunner r = CliRunner.run(
                "trace",
                "--function",
                "saddle",
                "--optimizer",
                "sgd",
                "--lr",
                "10",
                "--start",
                "0,1",
                "--steps",
                "100");
        assertEquals(0, r.exitCode());
        assertEquals("unbounded below at step 5\n", r.err());
        assertEquals(1 + 5, r.out().split("\\R").length);
    }

    @Test
    void schedulesChangeTheLearningRateColumn() {
        CliRunner r = CliRunner.run(
                "trace",
                "--function",
                "saddle",
                "--optimizer",
                "sgd",
                "--lr",
                "0.1",
                "--schedule",
                "step:every=2,gamma=0.5",
                "--start",
                "1,0.5",
                "--steps",
                "4");
        String[] lines = r.out().split("\\R");
        String[] rates = Arrays.stream(lines)
                .skip(1)
                .map(l -> l.substring(l.lastIndexOf(',') + 1))
                .toArray(String[]::new);
        assertEquals(Arrays.asList("0.1", "0.1", "0.05", "0.05", "0.025"), Arrays.asList(rates));
    }

    @Test
    void writesToAFileWithOut(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("trace.csv");
        CliRunner r = CliRunner.run(
                "trace",
                "--function",
                "himmelblau",
                "--optimizer",
                "momentum",
                "--lr",
                "0.01",
                "--steps",
                "10",
                "--out",
                file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertEquals(12, Files.readAllLines(file).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown function | --function nope --optimizer adam --steps 5 | unknown function 'nope'",
                "unknown optimizer | --function rosenbrock --optimizer adamm --steps 5 | unknown optimizer 'adamm' (known: sgd,",
                "malformed number | --function rosenbrock --optimizer adam --lr 0.1.2 --steps 5 | '0.1.2' is not a number",
                "start with one number | --function rosenbrock --optimizer adam --start 1 --steps 5 | --start: a point is two numbers",
                "start with text | --function rosenbrock --optimizer adam --start 1,b --steps 5 | --start: 'b' is not a number in '1,b'",
                "start with three numbers | --function rosenbrock --optimizer adam --start 1,2,3 --steps 5 | --start: a point is two numbers",
                "negative steps | --function rosenbrock --optimizer adam --steps -3 | --steps must be a whole number ≥ 0, got -3",
                "steps not a number | --function rosenbrock --optimizer adam --steps many | --steps: 'many' is not a whole number",
                "negative learning rate | --function rosenbrock --optimizer adam --lr -1 --steps 5 | lr must be a finite number ≥ 0, got -1.0",
                "beta out of range | --function rosenbrock --optimizer adam --beta1 1 --steps 5 | beta1 must be a number in [0, 1), got 1.0",
                "negative eps | --function rosenbrock --optimizer rmsprop --eps -1e-8 --steps 5 | eps must be a finite number ≥ 0, got -1.0E-8",
                "flag of another optimizer | --function rosenbrock --optimizer adam --rho 0.9 --steps 5 | --rho does not apply to adam",
                "nesterov without momentum | --function rosenbrock --optimizer sgd --nesterov --steps 5 | nesterov needs momentum > 0",
                "malformed schedule | --function rosenbrock --optimizer adam --schedule step:every=10 --steps 5 | schedule 'step:every=10' needs gamma",
                "unknown schedule | --function rosenbrock --optimizer adam --schedule cosine --steps 5 | unknown schedule 'cosine'",
                "missing steps | --function rosenbrock --optimizer adam | Missing required option: '--steps=N'",
                "unknown option | --function rosenbrock --optimizer adam --steps 5 --speed 3 | unknown option --speed — did you mean '--seed'?"
            })
    void badInputExitsTwoWithOneErrorLine(String name, String args, String expected) {
        CliRunner r = CliRunner.run(("trace " + args).split(" "));
        assertEquals(2, r.exitCode(), r.err());
        String[] lines = r.errLines();
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].startsWith("error: "), lines[0]);
        assertTrue(lines[0].contains(expected), lines[0]);
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anUnwritableOutFileIsAnError(@TempDir Path dir) {
        CliRunner r = CliRunner.run(
                "trace",
                "--function",
                "rosenbrock",
                "--optimizer",
                "adam",
                "--steps",
                "1",
                "--out",
                dir.resolve("missing/dir/x.csv").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("error: cannot write "), r.err());
    }

    @Test
    void moreStepsThanATrajectoryKeepsAreAllWrittenExactly() {
        int steps = Trajectory.CAPACITY + 20_000;
        CliRunner r = CliRunner.run(
                "trace", "--function", "bowl", "--optimizer", "sgd", "--lr", "1e-7", "--steps", String.valueOf(steps));
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\\R");
        assertEquals(steps + 2, lines.length, "the header and one row per step, none thinned");
        for (int k = 0; k <= steps; k += 7919) {
            assertTrue(lines[k + 1].startsWith(k + ","), lines[k + 1]);
        }
        // SGD on x² + y² multiplies x by (1 − 2·1e-7) each step, from 1.5
        String[] first = lines[2].split(",");
        String[] last = lines[steps + 1].split(",");
        assertEquals(1.5 * (1 - 2e-7), Double.parseDouble(first[1]), 1e-15);
        assertEquals(1.5 * Math.pow(1 - 2e-7, steps), Double.parseDouble(last[1]), 1e-9);
    }
}
