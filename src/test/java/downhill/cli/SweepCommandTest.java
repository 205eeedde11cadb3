package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code sweep}: the CSV of a map, each cell the {@code trace} of its settings, and its errors in one line. */
class SweepCommandTest {

    private static List<String[]> rows(String csv) {
        List<String[]> rows = new ArrayList<>();
        for (String line : csv.strip().split("\n")) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    /** The last CSV row of {@code trace} with the same settings. */
    private static String[] lastTraceRow(String... args) {
        CliRunner trace = CliRunner.run(args);
        assertEquals(0, trace.exitCode(), trace.err());
        List<String[]> rows = rows(trace.out());
        return rows.get(rows.size() - 1);
    }

    @Test
    void everyCellIsTheLastRowOfTheSameTrace() {
        CliRunner sweep = CliRunner.run(
                "sweep",
                "--function",
                "rosenbrock",
                "--optimizer",
                "momentum",
                "--x",
                "lr:1e-4:3e-3:log:5",
                "--y",
                "momentum:0:0.95:lin:4",
                "--steps",
                "300",
                "--threads",
                "2");
        assertEquals(0, sweep.exitCode(), sweep.err());
        List<String[]> rows = rows(sweep.out());
        assertEquals("lr,momentum,final_loss,best_loss,steps_to_tol,outcome", String.join(",", rows.get(0)));
        assertEquals(1 + 20, rows.size());
        assertTrue(sweep.err().matches("cells=20 seconds=[0-9.]+\\s*"), sweep.err());
        for (int r : new int[] {1, 7, 14, 20}) {
            String[] cell = rows.get(r);
            String[] last = lastTraceRow(
                    "trace",
                    "--function",
                    "rosenbrock",
                    "--optimizer",
                    "momentum",
                    "--lr",
                    cell[0],
                    "--momentum",
                    cell[1],
                    "--steps",
                    "300");
            assertEquals(last[3], cell[2], "final loss of cell " + Arrays.toString(cell));
            assertTrue(Double.parseDouble(cell[3]) <= Double.parseDouble(cell[2]));
        }
        assertTrue(
                Arrays.stream(rows.get(20)).anyMatch(s -> s.startsWith("diverged at step")),
                "η = 3e-3 with μ = 0.95 diverges on Rosenbrock: " + Arrays.toString(rows.get(20)));
    }

    @Test
    void aModelOnDataSweepsWithItsMiniBatches() {
        CliRunner sweep = CliRunner.run(
                "sweep",
                "--function",
                "logistic-regression",
                "--batch-size",
                "10",
                "--optimizer",
                "adam",
                "--x",
                "lr:0.01:1:log:3",
                "--y",
                "beta1:0:0.9:lin:2",
                "--steps",
                "50");
        assertEquals(0, sweep.exitCode(), sweep.err());
        String[] cell = rows(sweep.out()).get(6);
        String[] last = lastTraceRow(
                "trace",
                "--function",
                "logistic-regression",
                "--batch-size",
                "10",
                "--optimizer",
                "adam",
                "--lr",
                cell[0],
                "--beta1",
                cell[1],
                "--steps",
                "50");
        assertEquals(last[3], cell[2]);
    }

    @Test
    void badMapsExitTwoWithOneErrorLine() {
        String[][] cases = {
            {"--x", "lr:1e-4:1:log"},
            {"--x", "lr:1e-4:1:ln:5"},
            {"--x", "beta1:0:0.9:lin:5"},
            {"--x", "lr:0:1:lin:0"},
            {"--x", "lr:-1:1:lin:5"},
            {"--x", "momentum:0:0.9:lin:5"},
            {"--x", "lr:1e-4:1:log:5", "--threads", "0"},
        };
        String[] expected = {
            "NAME:FROM:TO",
            "lin or log",
            "no hyperparameter 'beta1'",
            "COUNT",
            "lr",
            "different hyperparameters",
            "--threads"
        };
        for (int k = 0; k < cases.length; k++) {
            List<String> args = new ArrayList<>(List.of(
                    "sweep",
                    "--function",
                    "bowl",
                    "--optimizer",
                    "momentum",
                    "--y",
                    "momentum:0:0.9:lin:3",
                    "--steps",
                    "10"));
            args.addAll(List.of(cases[k]));
            CliRunner bad = CliRunner.run(args.toArray(String[]::new));
            assertEquals(2, bad.exitCode(), String.join(" ", cases[k]) + ": " + bad.err());
            assertTrue(
                    bad.err().startsWith("error: ") && bad.err().strip().lines().count() == 1, bad.err());
            assertTrue(bad.err().contains(expected[k]), bad.err());
        }
    }
}
