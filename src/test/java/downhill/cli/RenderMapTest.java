package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.sweep.MapPicture;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code render --map}: the hyperparameter map as a PNG, from flags or from a scenario laid out as a map. */
class RenderMapTest {

    @TempDir
    Path dir;

    @Test
    void drawsTheMapOfTheFirstOptimizerWithItsDivergedCellsInTheirColour() throws IOException {
        Path png = dir.resolve("map.png");
        CliRunner r = CliRunner.run(
                "render",
                "--function",
                "bowl",
                "--optimizers",
                "sgd",
                "--lr-sgd",
                "0.1",
                "--map",
                "lr:0.5:1.5:lin:11,momentum:0:0.5:lin:6",
                "--steps",
                "100",
                "--size",
                "600x400",
                "--out",
                png.toString());
        assertEquals(0, r.exitCode(), r.err());
        // Plain GD on the bowl diverges for η > 1 with no momentum: every row has diverged cells.
        assertTrue(r.out().startsWith("wrote " + png + " (600×400, 66 cells × 100 steps, "), r.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
        assertTrue(count(image, MapPicture.DIVERGED) > 500, "the diverged cells show in their colour");
    }

    @Test
    void aScenarioLaidOutAsAMapRendersItsMap() {
        Path png = dir.resolve("scenario.png");
        CliRunner r = CliRunner.run(
                "render",
                "--preset",
                "map-momentum-bowl",
                "--steps",
                "50",
                "--size",
                "500x350",
                "--out",
                png.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("cells × 50 steps"), r.out());
        assertTrue(Files.exists(png));
    }

    @Test
    void countingStepsDrawsADifferentPicture() throws IOException {
        Path loss = dir.resolve("loss.png");
        Path steps = dir.resolve("steps.png");
        String[] common = {
            "render",
            "--function",
            "ravine",
            "--optimizers",
            "momentum",
            "--map",
            "lr:1e-3:0.1:log:9,momentum:0:0.95:lin:7",
            "--steps",
            "200",
            "--size",
            "400x300",
            "--out"
        };
        assertEquals(0, CliRunner.run(concat(common, loss.toString())).exitCode());
        assertEquals(
                0,
                CliRunner.run(concat(concat(common, steps.toString()), "--by-steps"))
                        .exitCode());
        assertFalse(Arrays.equals(Files.readAllBytes(loss), Files.readAllBytes(steps)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "lr:1e-3:1:log:5|x.png|--map takes two axes",
                "lr:1e-3:1:log:5,foo:0:1:lin:3|x.png|sgd has no hyperparameter 'foo'",
                "lr:1e-3:1:log:5,momentum:0:1:lin|x.png|an axis is NAME:FROM:TO:lin|log:COUNT",
                "lr:1e-3:1:log:5,momentum:0:0.9:lin:3|x.gif|a map is a still picture",
                "lr:0:1:log:5,momentum:0:0.9:lin:3|x.png|a log axis needs values > 0"
            })
    void aBadMapIsOneErrorLine(String map, String file, String expected) {
        CliRunner r = CliRunner.run(
                "render",
                "--optimizers",
                "sgd",
                "--map",
                map,
                "--out",
                dir.resolve(file).toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(expected), r.err());
        assertFalse(Files.exists(dir.resolve(file)));
    }

    @Test
    void mapAndPresetTogetherAreRefused() {
        CliRunner r = CliRunner.run(
                "render",
                "--preset",
                "map-momentum-bowl",
                "--map",
                "lr:0.1:1:log:3,momentum:0:0.9:lin:3",
                "--out",
                dir.resolve("x.png").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--map draws the race flags' optimizer"), r.err());
    }

    private static int count(BufferedImage image, int argb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) | 0xFF000000) == argb ? 1 : 0;
            }
        }
        return n;
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
