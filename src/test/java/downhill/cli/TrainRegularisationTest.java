package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --dropout} and {@code train --early-stopping}: what the summary line and the CSV say. */
class TrainRegularisationTest {

    @TempDir
    Path dir;

    private static String last(TrainCommandTest.Result result) {
        List<String> lines = result.outLines();
        return lines.get(lines.size() - 1);
    }

    @Test
    void earlyStoppingEndsBeforeTheEpochsAndReportsTheBestEpochsFigures() throws IOException {
        Path metrics = dir.resolve("m.csv");
        TrainCommandTest.Result result = TrainCommandTest.run(
                "train",
                "--data",
                "moons",
                "--samples",
                "200",
                "--noise",
                "0.35",
                "--lr",
                "0.01",
                "--epochs",
                "500",
                "--early-stopping",
                "patience=10",
                "--out",
                metrics.toString());
        assertEquals(0, result.code(), result.err());
        Matcher summary = Pattern.compile(
                        "test_accuracy=(\\S+) test_loss=(\\S+) "
                                + "train_loss=(\\S+) epochs=(\\d+) train_seconds=\\S+ stopped_early_at=(\\d+) best_epoch=(\\d+)")
                .matcher(last(result));
        assertTrue(summary.matches(), last(result));
        int epochs = Integer.parseInt(summary.group(4));
        int best = Integer.parseInt(summary.group(6));
        assertEquals(epochs, Integer.parseInt(summary.group(5)));
        assertEquals(best + 10, epochs);
        assertTrue(result.out().contains("500 epochs at most, early stopping patience=10"), result.out());
        assertEquals(
                "stopped early at epoch " + epochs + " (best test loss at epoch " + best + ", its weights restored)",
                result.err().strip());
        List<String> csv = Files.readAllLines(metrics);
        assertEquals(epochs + 1, csv.size(), "the CSV keeps every epoch run");
        String[] bestRow = csv.get(best).split(",");
        assertEquals(bestRow[2], summary.group(2), "the summary is the best epoch's test loss");
        assertEquals(bestRow[4], summary.group(1));
        assertEquals(bestRow[1], summary.group(3));
    }

    @Test
    void dropoutIsDescribedAndTheSameSeedGivesTheSameRun() {
        String[] args = {
            "train",
            "--data",
            "moons",
            "--samples",
            "300",
            "--epochs",
            "20",
            "--hidden",
            "16,16",
            "--dropout",
            "0.2,0.4",
            "--seed",
            "5"
        };
        TrainCommandTest.Result first = TrainCommandTest.run(args);
        TrainCommandTest.Result second = TrainCommandTest.run(args);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("parameters, dropout 0.2,0.4"), first.out());
        assertEquals(
                last(first).replaceAll(" train_seconds=.*", ""), last(second).replaceAll(" train_seconds=.*", ""));
        TrainCommandTest.Result without = TrainCommandTest.run(
                "train",
                "--data",
                "moons",
                "--samples",
                "300",
                "--epochs",
                "20",
                "--hidden",
                "16,16",
                "--seed",
                "5",
                "--dropout",
                "0");
        TrainCommandTest.Result plain = TrainCommandTest.run(
                "train", "--data", "moons", "--samples", "300", "--epochs", "20", "--hidden", "16,16", "--seed", "5");
        assertEquals(
                last(plain).replaceAll(" train_seconds=.*", ""), last(without).replaceAll(" train_seconds=.*", ""));
    }
}
