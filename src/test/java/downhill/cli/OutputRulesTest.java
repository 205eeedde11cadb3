package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal of an output, an input or a size is one {@code error:} line and exit 2, found before the work
 * starts; and long work says how far it got.
 */
class OutputRulesTest {

    @TempDir
    Path dir;

    private static void refused(CliRunner r, String expected) {
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains(expected), r.err());
    }

    private Path moons() throws IOException {
        StringBuilder csv = new StringBuilder("x,y,label\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i).append(',').append(i % 7).append(',').append(i % 2).append('\n');
        }
        return Files.writeString(dir.resolve("d.csv"), csv);
    }

    @Test
    void theInputDataIsNeverOverwritten() throws IOException {
        Path data = moons();
        String before = Files.readString(data);
        CliRunner r = CliRunner.run("train", "--data", data.toString(), "--epochs", "2", "--out", data.toString());
        assertEquals("error: --out " + data + " is the input data; choose another file\n", r.err());
        assertEquals(2, r.exitCode());
        assertEquals("", r.out(), "refused before training");
        assertEquals(before, Files.readString(data));

        Path link = Files.createSymbolicLink(dir.resolve("other-name.csv"), data);
        refused(
                CliRunner.run(
                        "trace",
                        "--function",
                        "linear-regression",
                        "--data",
                        data.toString(),
                        "--optimizer",
                        "sgd",
                        "--steps",
                        "2",
                        "--out",
                        link.toString()),
                "is the input data; choose another file");
        assertEquals(before, Files.readString(data));
    }

    @Test
    void anOutputThatCannotBeWrittenIsFoundBeforeTraining() throws IOException {
        Path missing = dir.resolve("no").resolve("m.csv");
        CliRunner r = CliRunner.run("train", "--data", "moons", "--epochs", "100000", "--out", missing.toString());
        refused(r, "cannot write " + missing + ": the folder " + missing.getParent() + " does not exist");
        assertEquals("", r.out(), "not one epoch trained");
        refused(CliRunner.run("nn-landscape", "--data", "moons", "--out", dir.toString()), dir + " is a directory");
    }

    @Test
    void aReadOnlyOutputIsRefusedAndKept() throws IOException {
        Path kept = Files.writeString(dir.resolve("kept.csv"), "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("r--r--r--"));
        refused(
                CliRunner.run(
                        "trace",
                        "--function",
                        "rosenbrock",
                        "--optimizer",
                        "adam",
                        "--steps",
                        "3",
                        "--out",
                        kept.toString()),
                kept + " is read-only");
        Path png = Files.writeString(dir.resolve("kept.png"), "old");
        Files.setPosixFilePermissions(png, PosixFilePermissions.fromString("r--r--r--"));
        refused(
                CliRunner.run("render", "--steps", "5", "--size", "200x150", "--out", png.toString()),
                png + " is read-only");
        assertEquals("old", Files.readString(kept));
        assertEquals("old", Files.readString(png));
    }

    @Test
    void aLinkedPictureIsWrittenThroughTheLink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.png"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.png"), real.getFileName());
        CliRunner r = CliRunner.run("render", "--steps", "5", "--size", "200x150", "--out", link.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.size(real) > 100, "the picture went to the link's file");
    }

    @Test
    void devicesAndPipesAreRefusedAtOnce() throws Exception {
        refused(CliRunner.run("train", "--data", "/dev/zero", "--epochs", "1"), "is not a regular file");
        refused(
                CliRunner.run(
                        "render",
                        "--experiment",
                        "/dev/urandom",
                        "--out",
                        dir.resolve("x.png").toString()),
                "/dev/urandom is not a regular file");
        Path fifo = dir.resolve("pipe.csv");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is missing");
        // No writer will ever come: reading would wait forever.
        refused(CliRunner.run("train", "--data", fifo.toString(), "--epochs", "1"), "is not a regular file");
    }

    @Test
    void sizesThatCannotFitAreRefusedInWords() {
        refused(
                CliRunner.run("train", "--data", "moons", "--samples", "2147483647", "--epochs", "1"),
                "--samples 2147483647 would need ");
        refused(
                CliRunner.run("train", "--data", "moons", "--hidden", "50000,50000", "--epochs", "1"),
                "--hidden 50000,50000 needs 2,500,300,002 weights, more than the 2,147,483,639 one array can hold");
        refused(
                CliRunner.run("nn-landscape", "--data", "moons", "--grid", "46341", "--epochs", "1"),
                "--grid 46341 is too fine: at most 201 nodes a side");
    }

    @Test
    void anOversizedExperimentFileIsRefusedUnread() throws IOException {
        Path big = Files.writeString(dir.resolve("big.json"), "[" + "1,".repeat(700_000) + "1]");
        refused(
                CliRunner.run(
                        "render",
                        "--experiment",
                        big.toString(),
                        "--out",
                        dir.resolve("x.png").toString()),
                "an experiment file is at most 1 MB");
    }

    @Test
    void aGifSaysWhichFrameItIsOnWhenAsked() {
        CliRunner r = CliRunner.run(
                "render",
                "--steps",
                "20",
                "--size",
                "200x150",
                "--frames",
                "12",
                "--progress",
                "--out",
                dir.resolve("race.gif").toString());
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.errLines();
        assertTrue(lines.length >= 2 && lines[0].equals("frame 1/12"), r.err());
        assertEquals("frame 12/12", lines[lines.length - 1]);
        CliRunner quiet = CliRunner.run(
                "render",
                "--steps",
                "20",
                "--size",
                "200x150",
                "--frames",
                "12",
                "--out",
                dir.resolve("quiet.gif").toString());
        assertEquals("", quiet.err(), "no progress into a pipe unless asked");
    }

    @Test
    void progressPrintsAtMostFourLinesASecondAndAlwaysTheLast() {
        StringWriter text = new StringWriter();
        AtomicLong clock = new AtomicLong();
        Progress progress = new Progress(new PrintWriter(text), true, clock::get);
        for (int frame = 1; frame <= 100; frame++) {
            progress.report("frame", frame, 100);
            clock.addAndGet(50_000_000); // 50 ms a frame: 5 s in all
        }
        String[] lines = text.toString().split("\\R");
        assertEquals("frame 1/100", lines[0]);
        assertEquals("frame 100/100", lines[lines.length - 1]);
        assertTrue(lines.length <= 5 * Progress.PER_SECOND + 2, lines.length + " lines");
    }
}
