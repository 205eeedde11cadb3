package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceDataCommandTest {

    private static String[] rows(String... args) {
        CliRunner run = CliRunner.run(args);
        assertEquals(0, run.exitCode(), run.err());
        return run.out().split("\\R");
    }

    @ParameterizedTest
    @ValueSource(strings = {"linear-regression", "logistic-regression"})
    void stochasticPathsRepeatFromTheSeedAndDifferFromTheBatchPath(String model) {
        String[] batch = rows("trace", "--function", model, "--optimizer", "sgd", "--lr", "0.1", "--steps", "30");
        String[] batchAll = rows(
                "trace",
                "--function",
                model,
                "--optimizer",
                "sgd",
                "--lr",
                "0.1",
                "--steps",
                "30",
                "--batch-size",
                "all");
        String[] once = rows(
                "trace",
                "--function",
                model,
                "--optimizer",
                "sgd",
                "--lr",
                "0.1",
                "--steps",
                "30",
                "--batch-size",
                "1",
                "--seed",
                "4");
        String[] again = rows(
                "trace",
                "--function",
                model,
                "--optimizer",
                "sgd",
                "--lr",
                "0.1",
                "--steps",
                "30",
                "--batch-size",
                "1",
                "--seed",
                "4");
        assertEquals("step,x,y,loss,grad_x,grad_y,lr", batch[0]);
        assertEquals(31, batch.length - 1);
        assertArrayEquals(batch, batchAll);
        assertArrayEquals(once, again);
        assertNotEquals(batch[30], once[30]);
    }

    @Test
    void aCsvFileGivesTheLinearModelItsPoints(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "x,y\n0,1\n1,3\n2,5\n3,7.5\n");
        String[] out = rows(
                "trace",
                "--function",
                "linear-regression",
                "--data",
                csv.toString(),
                "--optimizer",
                "sgd",
                "--lr",
                "0.05",
                "--steps",
                "300",
                "--start",
                "0,0");
        String[] last = out[out.length - 1].split(",");
        assertEquals(2.15, Double.parseDouble(last[1]), 0.05);
        assertEquals(0.85, Double.parseDouble(last[2]), 0.1);
    }

    @Test
    void gradientNoiseRepeatsFromTheSeed() {
        String[] plain =
                rows("trace", "--function", "rosenbrock", "--optimizer", "sgd", "--lr", "1e-4", "--steps", "20");
        String[] noisy = rows(
                "trace",
                "--function",
                "rosenbrock",
                "--optimizer",
                "sgd",
                "--lr",
                "1e-4",
                "--steps",
                "20",
                "--gradient-noise",
                "3",
                "--seed",
                "2");
        String[] again = rows(
                "trace",
                "--function",
                "rosenbrock",
                "--optimizer",
                "sgd",
                "--lr",
                "1e-4",
                "--steps",
                "20",
                "--gradient-noise",
                "3",
                "--seed",
                "2");
        assertArrayEquals(noisy, again);
        assertNotEquals(plain[20], noisy[20]);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--function linear-regression --batch-size 0",
                "--function linear-regression --batch-size many",
                "--function linear-regression --gradient-noise 0.1",
                "--function rosenbrock --batch-size 4",
                "--function rosenbrock --data line",
                "--function rosenbrock --gradient-noise -1",
                "--function logistic-regression --data sine",
                "--function linear-regression --data moons",
                "--function linear-regression --data nowhere"
            })
    void mistakesExitTwoWithOneErrorLine(String flags) {
        String[] args = ("trace --optimizer sgd --steps 5 " + flags).split(" ");
        CliRunner run = CliRunner.run(args);
        assertEquals(2, run.exitCode(), run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
    }
}
