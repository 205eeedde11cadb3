package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code train --like sklearn}: scikit-learn MLPClassifier's defaults as Downhill settings, each visible in the
 * description lines, explicit options winning; on the lecture's split it lands where scikit-learn does (measured over
 * ten seeds in docs/training.md; here one seed of each optimizer, as scikit-learn 1.2 gives on seed 0: 0.99 and 0.985).
 */
class LikeSklearnTest {

    private static final String TRAIN = "../../docs/data/lecture_train.csv";

    private static List<String> lines(CliRunner run) {
        assertEquals(0, run.exitCode(), run.err());
        return run.out().strip().lines().toList();
    }

    private static String[] lecture(String... more) {
        List<String> args = new ArrayList<>(List.of(
                "train",
                "--data",
                "docs/data/lecture_train.csv",
                "--test-data",
                "docs/data/lecture_test.csv",
                "--like",
                "sklearn"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void sgdWithMomentumBecomesNesterovsWithScikitLearnsInitPenaltyBatchesAndStop() {
        List<String> out = lines(CliRunner.run(lecture("--optimizer", "momentum", "--lr", "0.01", "--epochs", "500")));
        assertTrue(out.get(1).endsWith("L2 5e-07, initialised sklearn"), out.get(1));
        assertTrue(out.get(2).startsWith("optimizer: nesterov lr=0.01 momentum=0.9"), out.get(2));
        assertTrue(
                out.get(3).startsWith("batches: 200 samples")
                        && out.get(3).contains("early stopping patience=10,min-delta=0.0001,monitor=batches"),
                out.get(3));
        String summary = out.get(out.size() - 1);
        assertTrue(summary.startsWith("test_accuracy=0.985 ") && summary.contains("stopped_early_at="), summary);
    }

    @Test
    void adamStopsAsScikitLearnDoesAndExplicitOptionsWin() {
        List<String> adam = lines(CliRunner.run(lecture("--optimizer", "adam", "--lr", "0.001", "--epochs", "500")));
        String summary = adam.get(adam.size() - 1);
        assertTrue(summary.startsWith("test_accuracy=0.99 ") && summary.contains("stopped_early_at="), summary);
        int epochs = Integer.parseInt(summary.replaceAll(".* epochs=(\\d+).*", "$1"));
        assertTrue(epochs > 150 && epochs < 300, "scikit-learn stops Adam between 199 and 292 epochs: " + epochs);
        List<String> given = lines(CliRunner.run(lecture(
                "--optimizer", "adam", "--l2", "0", "--init", "he-uniform", "--batch-size", "100", "--epochs", "5")));
        assertTrue(
                given.get(1).contains("initialised he-uniform") && !given.get(1).contains("L2"), given.get(1));
        assertTrue(given.get(3).startsWith("batches: 100 samples"), given.get(3));
    }

    @Test
    void onlyScikitLearnIsKnown() {
        CliRunner bad = CliRunner.run("train", "--data", "moons", "--like", "keras");
        assertEquals(2, bad.exitCode());
        assertEquals("error: --like takes sklearn, got 'keras'", bad.err().strip());
    }
}
