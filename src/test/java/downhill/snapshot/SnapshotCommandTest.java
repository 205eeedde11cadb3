package downhill.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.cli.Cli;
import downhill.engine.MemoryBudget;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The snapshot command opens the real window (headless here), draws the requested state and saves it. */
class SnapshotCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new SnapshotCommand());
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void writesAPictureOfTheWholeWindowWithTheLandscapeAndPaths(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("overlay.png");
        String[] r = run(
                "snapshot",
                "--function",
                "rosenbrock",
                "--optimizers",
                "adam,sgd",
                "--lr-adam",
                "0.05",
                "--start",
                "-1.5,2",
                "--step",
                "100",
                "--layout",
                "overlay",
                "--size",
                "1200x800",
                "--out",
                png.toString());
        assertEquals("0", r[0], r[2]);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        // The landscape fills the middle of the window with a heatmap, not a blank canvas.
        int distinct = (int) IntStream.range(0, 60)
                .map(i -> image.getRGB(500 + i * 8, 300 + (i % 7) * 20))
                .distinct()
                .count();
        assertTrue(distinct > 10, "the middle of the window shows a heatmap (" + distinct + " colours)");
    }

    @Test
    void picturesALessonStepRevealedWithTheVotesBesideIt(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("lesson.png");
        String[] r = run(
                "snapshot",
                "--preset",
                "lesson-lr-ladder",
                "--lesson-step",
                "2",
                "--votes",
                "9,7",
                "--reveal",
                "--step",
                "20",
                "--size",
                "1280x720",
                "--layout-report",
                "--out",
                png.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("elided=0 overlaps=0"), r[1]);
        assertEquals(1280, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void aBadCsvForTheNetworkTabIsOneErrorLineNamingThePlace(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "x1,x2,label\n1,2,0\n3,abc,1\n");
        String[] r = run("snapshot", "--tab", "network", "--data", csv.toString(), "--out", "x.png");
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].startsWith("error: --data: "), r[2]);
        assertTrue(r[2].contains("bad.csv, row 3, column 'x2': 'abc' is not a number"), r[2]);
    }

    @Test
    void aDrawnFileThatCannotBeDrawnIsOneErrorLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("six.csv");
        StringBuilder rows = new StringBuilder("x1,x2,label\n");
        for (int k = 0; k < 6; k++) {
            rows.append(k * 0.1)
                    .append(",")
                    .append(1 - k * 0.2)
                    .append(",")
                    .append(k)
                    .append('\n');
        }
        Files.writeString(csv, rows);
        String[] r = run("snapshot", "--tab", "network", "--drawn", csv.toString(), "--out", "x.png");
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].startsWith("error: --drawn: only data of two features and 2 to 5 classes can be drawn"), r[2]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown function | --function nope --out x.png | unknown function 'nope'",
                "start outside the domain | --start 1e300,0 --out x.png | the start (1e+300, 0.0) is outside the function's domain",
                "function defined nowhere | --function 0/0 --out x.png | is outside the function's domain",
                "unknown option | --bogus 3 --out x.png | unknown option --bogus",
                "bad expression | --function x^^2 --out x.png | at column 3",
                "unknown optimizer | --optimizers adam,adamm --out x.png | unknown optimizer 'adamm'",
                "learning rate of an absent optimizer | --optimizers adam --lr-sgd 0.1 --out x.png | --lr-sgd names an optimizer not in --optimizers",
                "negative learning rate | --optimizers adam --lr-adam -1 --out x.png | lr must be a finite number ≥ 0",
                "bad layout | --layout tiles --out x.png | --layout must be overlay, grid or map",
                "bad size | --size big --out x.png | --size must be WIDTHxHEIGHT",
                "step past the limit | --step 900 --steps 500 --out x.png | --step must be between 0 and --steps (500)",
                "bad view | --view 4d --out x.png | --view must be 2d, 3d, slice, slice-3d, diagram or layers, got '4d'",
                "diagram of a function | --view diagram --out x.png | --view diagram pictures the network tab's diagram; add --tab network",
                "bad batch size | --function logistic-regression --batch-size none --out x.png | --batch-size must be 'all' or a whole number ≥ 1, got 'none'",
                "slice of a function | --view slice --out x.png | --view slice pictures the network tab's loss landscape; add --tab network",
                "bad directions | --tab network --view slice --directions up --out x.png | --directions must be pca or random, got 'up'",
                "3-D with the grid | --view 3d --layout grid --out x.png | --view 3d shows the overlay layout",
                "unknown inspected optimizer | --inspect adamm --out x.png | unknown optimizer 'adamm'",
                "inspected optimizer not racing | --optimizers adam --inspect sgd --out x.png | --inspect names an optimizer not in --optimizers (adam)",
                "unknown tab | --tab graphs --out x.png | --tab must be landscape or network, got 'graphs'",
                "unknown preset | --preset lr-too-larg --out x.png | --preset: unknown preset 'lr-too-larg' — did you mean 'lr-too-large'?",
                "unknown data | --tab network --data mooons --out x.png | --data must be a generator (moons, circles, blobs, xor, spiral, gaussian) or a CSV file; 'mooons' is neither",
                "no epochs | --tab network --epochs 0 --out x.png | --epochs must be a whole number from 1 to 100,000, got 0",
                "unknown optimizer on the network tab | --tab network --optimizers adam,adamm --out x.png | unknown optimizer 'adamm'",
                "learning rate of an absent optimizer on the network tab | --tab network --lr-sgd 0.1 --out x.png | --lr-sgd names an optimizer not in --optimizers (adam,momentum)",
                "epochs not whole | --tab network --epochs 2.5 --out x.png | --epochs: '2.5' is not a whole number",
                "step in hex | --step 0x10 --out x.png | --step: '0x10' is not a whole number",
                "scale past an int | --scale 99999999999 --out x.png | --scale: '99999999999' is too large",
                "size in exponent form | --size 1e3x800 --out x.png | --size must be WIDTHxHEIGHT in pixels, like 1600x1000; got '1e3x800'",
                "lesson step without a preset | --lesson-step 2 --out x.png | --lesson-step picks a step of a --preset lesson",
                "lesson step past the end | --preset lesson-lr-ladder --lesson-step 4 --out x.png | --lesson-step must be from 1 to 3 (lesson-lr-ladder has 3 steps), got 4",
                "reveal without a step | --preset lesson-lr-ladder --reveal --out x.png | --votes, --answer and --reveal go with a --preset lesson's --lesson-step",
                "votes of the wrong count | --preset lesson-lr-ladder --lesson-step 2 --votes 1,2,3 --out x.png | --votes needs 2 counts (yes, no), got 3",
                "a vote that is no count | --preset lesson-lr-ladder --lesson-step 2 --votes 1,-2 --out x.png | --votes: '-2' is not a count",
                "an answer that is no choice | --preset lesson-lr-ladder --lesson-step 2 --answer maybe --out x.png | --answer must be one of yes, no, got 'maybe'",
                "a point that is no point | --preset lesson-adam-sgd-beale --lesson-step 1 --answer 1 --out x.png | --answer must be x,y for this step's question, got '1'"
            })
    void badInputExitsTwoWithAnErrorLineAndOpensNoWindow(String name, String args, String expected) {
        String[] r = run(("snapshot " + args).split(" "));
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].startsWith("error: "), r[2]);
        assertTrue(r[2].contains(expected), r[2]);
        assertFalse(r[2].contains("Exception"), r[2]);
    }

    @Test
    void aWindowLargerThanTheHeapIsRefusedBeforeTheToolkitStarts() {
        MemoryBudget quarterGigabyte = new MemoryBudget(256L << 20);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> SnapshotCommand.requireFits(quarterGigabyte, 3000, 2000));
        assertEquals(
                "--size 3000x2000 would need 343 MB; the largest that fits in this JVM's 256 MB heap is about "
                        + "3,300,000 pixels (run java -Xmx1g -jar downhill.jar … for more)",
                e.getMessage());
        SnapshotCommand.requireFits(quarterGigabyte, 1280, 720);
    }
}
