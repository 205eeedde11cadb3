package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrainCommandTest {

    private static final String[] QUICK = {"--samples", "200", "--epochs", "5", "--hidden", "8"};

    @TempDir
    static Path dir;

    record Result(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private static String[] quick(String... more) {
        String[] args = new String[QUICK.length + more.length + 1];
        args[0] = "train";
        System.arraycopy(more, 0, args, 1, more.length);
        System.arraycopy(QUICK, 0, args, 1 + more.length, QUICK.length);
        return args;
    }

    @Test
    void trainsAndEndsWithTheSummaryLine() throws IOException {
        Path metrics = dir.resolve("metrics.csv");
        Result result = run(quick("--data", "moons", "--out", metrics.toString()));
        assertEquals(0, result.code(), result.err());
        assertEquals("", result.err());
        List<String> lines = result.outLines();
        assertTrue(
                lines.get(lines.size() - 1)
                        .matches("test_accuracy=[0-9.]+ test_loss=[0-9.e-]+ train_loss=[0-9.e-]+ "
                                + "epochs=5 train_seconds=[0-9.e-]+"),
                lines.get(lines.size() - 1));
        List<String> csv = Files.readAllLines(metrics);
        assertEquals("epoch,train_loss,test_loss,train_accuracy,test_accuracy,lr,batch_loss", csv.get(0));
        assertEquals(6, csv.size());
        assertTrue(csv.get(5).startsWith("5,"));
        assertEquals("0.001", csv.get(5).split(",")[5], csv.get(5));
    }

    @Test
    void sameSeedSameOutput() {
        String[] args = quick("--data", "blobs:centers=4", "--optimizer", "momentum", "--lr", "0.05", "--seed", "3");
        List<String> first = run(args).outLines();
        List<String> second = run(args).outLines();
        assertEquals(first.subList(0, first.size() - 1), second.subList(0, second.size() - 1));
        assertEquals(
                first.get(first.size() - 1).replaceAll(" train_seconds=.*", ""),
                second.get(second.size() - 1).replaceAll(" train_seconds=.*", ""));
    }

    @Test
    void trainsOnACsvFileWithANamedLabel() throws IOException {
        StringBuilder text = new StringBuilder("kind,a,b\n");
        for (int i = 0; i < 60; i++) {
            text.append(i % 2)
                    .append(',')
                    .append(i % 2 == 0 ? -1 - i * 0.01 : 1 + i * 0.01)
                    .append(',')
                    .append(i * 0.1)
                    .append('\n');
        }
        Path file = dir.resolve("named.csv");
        Files.writeString(file, text);
        Result result = run(
                "train",
                "--data",
                file.toString(),
                "--label",
                "kind",
                "--epochs",
                "30",
                "--hidden",
                "4",
                "--batch-size",
                "all",
                "--lr",
                "0.05");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("named.csv: 60 samples, 2 features, 2 classes"), result.out());
        assertTrue(result.out().contains("test_accuracy=1.0 "), result.out());
    }

    @Test
    void aLargeCsvFileIsSampledWithAWarningOnStandardError() throws IOException {
        StringBuilder text = new StringBuilder("a,b,kind\n");
        for (int i = 0; i < 20_100; i++) {
            text.append(i % 13)
                    .append(',')
                    .append(i % 5)
                    .append(',')
                    .append(i % 2)
                    .append('\n');
        }
        Path file = dir.resolve("large.csv");
        Files.writeString(file, text);
        Result result = run("train", "--data", file.toString(), "--epochs", "1", "--hidden", "2");
        assertEquals(0, result.code(), result.err());
        assertEquals(
                "warning: large.csv: 20,100 rows; using a random 20,000",
                result.err().strip());
        assertTrue(result.out().contains("large.csv: 20000 samples, 2 features, 2 classes"), result.out());
    }

    @Test
    void anExplodingRunSaysDivergedAtEpochAndItsCsvHasOnlyFiniteNumbers() throws IOException {
        Path metrics = dir.resolve("exploding.csv");
        Result result = run(
                "train",
                "--data",
                "moons",
                "--samples",
                "200",
                "--hidden",
                "16",
                "--epochs",
                "50",
                "--optimizer",
                "sgd",
                "--lr",
                "1e4",
                "--out",
                metrics.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.err().matches("diverged at epoch \\d+\\R"), result.err());
        int k = Integer.parseInt(result.err().strip().replace("diverged at epoch ", ""));
        List<String> csv = Files.readAllLines(metrics);
        assertEquals(k, csv.size(), "the header and epochs 1 to k - 1");
        for (String line : csv.subList(1, csv.size())) {
            for (String cell : line.split(",")) {
                assertTrue(Double.isFinite(Double.parseDouble(cell)), line);
            }
        }
        assertTrue(!result.out().contains("nan") && !result.out().contains("inf"), result.out());
    }

    /** Diverged before any epoch was recorded: the summary has no figures to give (NaN), and no error is raised. */
    @Test
    void aRunThatDivergesInItsFirstEpochEndsWithASummaryNotAnError() {
        Result result = run(
                "train",
                "--data",
                "moons",
                "--samples",
                "200",
                "--hidden",
                "8",
                "--epochs",
                "5",
                "--optimizer",
                "sgd",
                "--lr",
                "1e9");
        assertEquals(0, result.code(), result.err());
        assertEquals("diverged at epoch 1", result.err().strip());
        assertTrue(result.out().contains("test_accuracy=nan test_loss=nan train_loss=nan epochs=0"), result.out());
    }

    @Test
    void regressionReportsNoAccuracy() {
        Result result = run(
                "train",
                "--data",
                "sine",
                "--samples",
                "100",
                "--epochs",
                "3",
                "--hidden",
                "8",
                "--activation",
                "tanh",
                "--batch-size",
                "1");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("1-8-1 tanh, mse"), result.out());
        assertTrue(result.outLines().get(result.outLines().size() - 1).startsWith("test_accuracy=nan "));
    }

    static List<Arguments> mistakes() throws IOException {
        Path ragged = Files.writeString(Files.createTempFile("ragged", ".csv"), "x1,x2,label\n1,2,0\n1,2\n");
        Path text = Files.writeString(Files.createTempFile("text", ".csv"), "x1,x2,label\n1,2,0\n1,abc,1\n");
        return List.of(
                Arguments.of(
                        List.of("--data", "moonz"),
                        "error: unknown dataset 'moonz' (generators: moons, circles, "
                                + "blobs, xor, spiral, gaussian, sine; or a path to a .csv file)"),
                Arguments.of(List.of("--data", "missing.csv"), "error: missing.csv: no such file"),
                Arguments.of(
                        List.of("--data", ragged.toString(), "--epochs", "1"),
                        "error: " + ragged + ": row 3 has 2 columns, the header has 3"),
                Arguments.of(
                        List.of("--data", text.toString(), "--epochs", "1"),
                        "error: " + text + ", row 3, column 'x2': 'abc' is not a number"),
                Arguments.of(
                        List.of("--data", ragged.toString(), "--samples", "10"),
                        "error: --samples applies to generated data, not to the CSV file " + ragged),
                Arguments.of(
                        List.of("--data", "moons", "--label", "y"),
                        "error: --label applies to CSV files, not to the generator 'moons'"),
                Arguments.of(
                        List.of("--data", "moons", "--batch-size", "0"),
                        "error: --batch-size must be a whole number ≥ 1 or 'all', got '0'"),
                Arguments.of(
                        List.of("--data", "moons", "--hidden", "64,x"),
                        "error: --hidden: 'x' in '64,x' is not a layer size (a whole number ≥ 1); write sizes like "
                                + "64,64 or 'none'"),
                Arguments.of(
                        List.of("--data", "moons", "--activation", "relux"),
                        "error: unknown activation 'relux' (known: relu, leaky-relu, tanh, sigmoid, linear)"),
                Arguments.of(
                        List.of("--data", "moons", "--loss", "hinge"),
                        "error: unknown loss 'hinge' (known: auto, bce, ce, mse)"),
                Arguments.of(
                        List.of("--data", "sine", "--loss", "bce"),
                        "error: loss bce needs two classes, the data has real-valued targets (use mse)"),
                Arguments.of(
                        List.of("--data", "moons", "--epochs", "0", "--hidden", "4"),
                        "error: epochs must be a whole number ≥ 1, got 0"),
                Arguments.of(
                        List.of("--data", "moons", "--test-fraction", "1.5"),
                        "error: the test fraction must be > 0 and < 1, got 1.5"),
                Arguments.of(
                        List.of("--data", "moons", "--l2", "-1"),
                        "error: the L2 penalty must be a finite number ≥ 0, got -1.0"),
                Arguments.of(
                        List.of("--data", "moons", "--threads", "3"),
                        "error: a network trains on 1 or 2 threads, got 3"),
                Arguments.of(
                        List.of("--data", "moons", "--schedule", "cosine"),
                        "error: unknown schedule 'cosine' in 'cosine' (accepted: constant, step:every=K,gamma=G, "
                                + "exp:gamma=G, warmup-cosine:warmup=W,total=T[,floor=F])"),
                Arguments.of(
                        List.of("--data", "moons", "--schedule-step", "batch"),
                        "error: unknown schedule step 'batch' (known: epoch, update)"),
                Arguments.of(
                        List.of("--data", "moons", "--optimizer", "adam", "--momentum", "0.9"),
                        "error: --momentum does not apply to adam (its flags: --lr, --beta1, --beta2, --eps, "
                                + "--weight-decay)"),
                Arguments.of(
                        List.of("--data", "moons", "--lr", "-1"), "error: lr must be a finite number ≥ 0, got -1.0"),
                Arguments.of(
                        List.of("--data", "moons", "--noise", "-1"),
                        "error: moons: noise must be a finite number ≥ 0, got -1.0"),
                Arguments.of(
                        List.of("--data", "circles:factor=2"), "error: circles: factor must be ≥ 0 and < 1, got 2.0"),
                Arguments.of(
                        List.of(
                                "--data",
                                "moons",
                                "--out",
                                dir.resolve("no/such/dir/m.csv").toString()),
                        "error: cannot write " + dir.resolve("no/such/dir/m.csv") + ": the folder "
                                + dir.resolve("no/such/dir") + " does not exist"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void everyMistakeIsOneErrorLineAndExitCode2(List<String> args, String expected) {
        List<String> all = new ArrayList<>(List.of("train"));
        all.addAll(args);
        if (!args.contains("--epochs") && !args.contains("--hidden")) {
            // Keeps the runs that do train short (an --out mistake is found before training).
            all.addAll(List.of("--epochs", "1", "--hidden", "4"));
        }
        Result result = run(all.toArray(String[]::new));
        assertEquals(2, result.code(), result.out() + result.err());
        List<String> errLines = result.err().lines().toList();
        assertEquals(1, errLines.size(), result.err());
        assertTrue(errLines.get(0).startsWith(expected), errLines.get(0));
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result result = run("train", "--data", "moons", "--epoch", "3");
        assertEquals(2, result.code());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("error: unknown option --epoch — did you mean '--epochs'?"), result.err());
    }

    @Test
    void helpIsOffered() {
        Result result = run("train", "--help");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("Usage: downhill train"), result.out());
        assertEquals(0, run("datasets", "--help").code());
    }

    @Test
    void datasetsListsEveryGenerator() {
        Result result = run("datasets");
        assertEquals(0, result.code());
        for (String name : List.of("moons", "circles", "blobs", "xor", "spiral", "gaussian", "sine", "FILE.csv")) {
            assertTrue(result.out().lines().anyMatch(line -> line.startsWith(name + " ")), name);
        }
        assertTrue(result.out().contains("factor=0.5"));
        assertTrue(result.out().contains("centers=3 "));
    }
}
