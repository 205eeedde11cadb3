package downhill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.experiment.ExperimentCodec;
import downhill.experiment.Presets;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --preset NAME} and {@code render --experiment FILE}: a scenario's or a saved landscape, drawn. */
class RenderExperimentTest {

    @TempDir
    Path dir;

    @Test
    void aPresetIsDrawnAtItsOwnStepLimit() throws Exception {
        Path png = dir.resolve("momentum.png");
        CliRunner r = CliRunner.run(
                "render", "--preset", "momentum-rosenbrock", "--size", "400x300", "--out", png.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("wrote " + png + " (400×300, step 2000)\n", r.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(400, image.getWidth());
    }

    @Test
    void aSavedExperimentIsDrawnAndStepsReplacesItsLimit() throws Exception {
        Path file = dir.resolve("lesson.json");
        Files.writeString(
                file, ExperimentCodec.write(Presets.byName("saddle-escape").experiment()));
        Path png = dir.resolve("saddle.png");
        CliRunner r = CliRunner.run(
                "render",
                "--experiment",
                file.toString(),
                "--steps",
                "50",
                "--size",
                "400x300",
                "--out",
                png.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("wrote " + png + " (400×300, step 50)\n", r.out());
    }

    @Test
    void badSourcesAreOneLocatedErrorLine() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"landscape\": {\"function\": \"rosenbrok\"}\n}\n");
        assertError(
                CliRunner.run("render", "--experiment", bad.toString(), "--out", "x.png"),
                "error: line 3, column 29: landscape.function: unknown function 'rosenbrok' — did you mean "
                        + "'rosenbrock'?");
        assertError(
                CliRunner.run("render", "--preset", "lr-too-larg", "--out", "x.png"),
                "error: unknown preset 'lr-too-larg' — did you mean 'lr-too-large'?");
        assertError(
                CliRunner.run("render", "--preset", "lecture-moons", "--out", "x.png"),
                "error: --preset lecture-moons sets up the neural network tab");
        assertError(
                CliRunner.run("render", "--experiment", dir.resolve("gone.json").toString(), "--out", "x.png"),
                "error: cannot read ");
    }

    private static void assertError(CliRunner r, String start) {
        assertEquals(2, r.exitCode(), r.out());
        assertTrue(r.err().startsWith(start), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
