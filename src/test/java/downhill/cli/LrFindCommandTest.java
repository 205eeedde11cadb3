package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code lr-find}: the range test's CSV, its suggestions on the last line, and its errors in one line. */
class LrFindCommandTest {

    @Test
    void theCsvGrowsTheRateAndTheLastLineSuggestsOne() {
        CliRunner run = CliRunner.run(
                "lr-find",
                "--data",
                "moons",
                "--samples",
                "400",
                "--hidden",
                "32,32",
                "--optimizer",
                "adam",
                "--batch-size",
                "20",
                "--steps",
                "100");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().strip().lines().toList();
        assertEquals("step,lr,loss,smoothed_loss", lines.get(0));
        assertEquals("0,1e-07,", lines.get(1).substring(0, 8));
        double previous = 0;
        for (String line : lines.subList(1, lines.size() - 1)) {
            double lr = Double.parseDouble(line.split(",")[1]);
            assertTrue(lr > previous, line);
            previous = lr;
        }
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("suggested_lr=\\S+ min_loss_lr=\\S+ stopped=\\S+"), last);
        double suggested = Double.parseDouble(last.split(" ")[0].substring("suggested_lr=".length()));
        assertTrue(suggested > 1e-4 && suggested < 1, last);
        assertTrue(lines.size() - 2 < 100 && last.contains("stopped=loss_above_4×_its_least"), last);
    }

    @Test
    void badRangesExitTwoWithOneErrorLine() {
        String[][] cases = {
            {"--start-lr", "1", "--end-lr", "0.1"}, {"--start-lr", "0"}, {"--steps", "1"}, {"--optimizer", "sgdd"}
        };
        String[] expected = {"--end-lr", "--start-lr", "--steps", "sgdd"};
        for (int k = 0; k < cases.length; k++) {
            List<String> args =
                    new ArrayList<>(List.of("lr-find", "--data", "moons", "--samples", "100", "--hidden", "8"));
            args.addAll(List.of(cases[k]));
            CliRunner run = CliRunner.run(args.toArray(String[]::new));
            assertTrue(run.err().contains(expected[k]), run.err());
            String[] bad = cases[k];
            assertEquals(2, run.exitCode(), String.join(" ", bad) + ": " + run.err());
            assertTrue(
                    run.err().startsWith("error: ") && run.err().strip().lines().count() == 1, run.err());
        }
    }
}
