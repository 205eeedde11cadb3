package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenderCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAPngOfTheRequestedSize() throws IOException {
        Path png = dir.resolve("race.png");
        CliRunner r = CliRunner.run(
                "render",
                "--function",
                "rosenbrock",
                "--optimizers",
                "sgd,adam",
                "--lr-adam",
                "0.05",
                "--steps",
                "100",
                "--step",
                "80",
                "--size",
                "800x500",
                "--out",
                png.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("wrote " + png + " (800×500, step 80)\n", r.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        assertFalse(Files.exists(dir.resolve("race.png.part")));
    }

    @Test
    void theLearningRateFlagChangesThePicture() throws IOException {
        Path slow = dir.resolve("slow.png");
        Path fast = dir.resolve("fast.png");
        CliRunner.run(
                "render",
                "--optimizers",
                "adam",
                "--lr-adam",
                "0.001",
                "--steps",
                "50",
                "--size",
                "400x300",
                "--out",
                slow.toString());
        CliRunner.run(
                "render",
                "--optimizers",
                "adam",
                "--lr-adam=0.1",
                "--steps",
                "50",
                "--size",
                "400x300",
                "--out",
                fast.toString());
        assertFalse(Arrays.equals(Files.readAllBytes(slow), Files.readAllBytes(fast)));
    }

    @Test
    void writesALoopingGifWithTheFramesAsked() throws IOException {
        Path gif = dir.resolve("race.gif");
        CliRunner r = CliRunner.run(
                "render",
                "--function",
                "x^2 + 3*y^2",
                "--optimizers",
                "sgd,momentum",
                "--start",
                "-1.5,1",
                "--steps",
                "40",
                "--frames",
                "8",
                "--fps",
                "10",
                "--size",
                "320x240",
                "--out",
                gif.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("wrote " + gif + " (320×240, 8 frames at 10/100 s)\n", r.out());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(8, reader.getNumImages(true));
            assertEquals(320, reader.read(0).getWidth());
            reader.dispose();
        }
    }

    @Test
    void aDivergingRunStillRenders() {
        Path png = dir.resolve("diverged.png");
        CliRunner r = CliRunner.run(
                "render",
                "--function",
                "saddle",
                "--optimizers",
                "sgd",
                "--lr-sgd",
                "10",
                "--start",
                "0,1",
                "--steps",
                "100",
                "--size",
                "400x300",
                "--out",
                png.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.exists(png));
    }

    @Test
    void aModelOnDataRendersAsThePickerShowsIt() {
        Path png = dir.resolve("logistic.png");
        CliRunner r = CliRunner.run(
                "render",
                "--function",
                "logistic-regression",
                "--optimizers",
                "sgd",
                "--steps",
                "30",
                "--size",
                "400x300",
                "--out",
                png.toString());
        assertEquals(0, r.exitCode(), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown extension | --out race.jpg | the file name must end in .png or .gif",
                "bad size | --size big --out race.png | --size must be WIDTHxHEIGHT in pixels",
                "size too small | --size 20x10 --out race.png | --size must be between 200x150 and 8000x8000, got 20x10",
                "gif too large | --size 4000x3000 --out race.gif | --size must be between 200x150 and 2000x2000",
                "step past the limit | --steps 50 --step 60 --out race.png | --step must be between 0 and --steps (50), got 60",
                "negative step | --step -1 --out race.png | --step must be between 0 and --steps (200), got -1",
                "no steps | --steps 0 --out race.png | --steps must be a whole number from 1 to 100000, got 0",
                "unknown optimizer | --optimizers adam,adamm --out race.png | unknown optimizer 'adamm'",
                "learning rate of an absent optimizer | --optimizers adam --lr-sgd 0.1 --out race.png | --lr-sgd names an optimizer not in --optimizers (adam)",
                "bad learning rate | --optimizers adam --lr-adam fast --out race.png | --lr-adam: 'fast' is not a number",
                "unknown option | --colour red --out race.png | unknown option --colour",
                "unknown function | --function nope --out race.png | unknown function 'nope'",
                "bad start | --start 1 --out race.png | --start: ",
                "too few frames | --frames 1 --out race.gif | --frames must be a whole number from 2 to 200, got 1",
                "bad frame rate | --fps 90 --out race.gif | the frame rate must be between 1 and 50 frames per second, got 90.0"
            })
    void badInputExitsTwoWithOneErrorLine(String name, String args, String expected) {
        List<String> arguments = new ArrayList<>(List.of("render"));
        for (String a : args.split(" ")) {
            arguments.add(a.startsWith("race.") ? dir.resolve(a).toString() : a);
        }
        CliRunner r = CliRunner.run(arguments.toArray(String[]::new));
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(0, countFiles(), "nothing written");
    }

    @Test
    void anUnwritablePlaceIsAnErrorLineSayingWhy() throws IOException {
        Path missing = dir.resolve("no-such-folder").resolve("race.png");
        CliRunner r = CliRunner.run("render", "--steps", "5", "--size", "200x150", "--out", missing.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(
                "error: cannot write " + missing + ": the folder " + missing.getParent() + " does not exist\n",
                r.err());
        Path taken = Files.createDirectory(dir.resolve("taken.png"));
        CliRunner folder = CliRunner.run("render", "--steps", "5", "--size", "200x150", "--out", taken.toString());
        assertEquals(2, folder.exitCode(), folder.err());
        assertEquals("error: cannot write " + taken + ": " + taken + " is a directory\n", folder.err());
    }

    private long countFiles() {
        try (var files = Files.list(dir)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
