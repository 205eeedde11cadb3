package downhill.render;

import downhill.engine.function.Functions;
import downhill.engine.function.Point;
import downhill.engine.scene.LandscapeScene;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Pictures to look at, not a test: a race as PNG at two sizes and as a GIF, a diverging race, and training curves,
 * written to target/render-samples. The render tests assert what can be asserted; a person judges these.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench.main=downhill.render.RenderSamples</pre>
 */
public final class RenderSamples {

    private RenderSamples() {}

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of("target", "render-samples");
        Files.createDirectories(dir);
        LandscapeScene race = LandscapeStillTest.rosenbrock(300);
        ImageIO.write(
                LandscapeStill.render(race, 300, 1200, 800),
                "png",
                dir.resolve("rosenbrock.png").toFile());
        ImageIO.write(
                LandscapeStill.render(race, 300, 480, 320),
                "png",
                dir.resolve("rosenbrock-small.png").toFile());
        LandscapeScene diverging = LandscapeScene.of(
                        Functions.resolve("saddle"),
                        List.of(LandscapeStillTest.entrant("sgd", 10), LandscapeStillTest.entrant("adam", 0.05)),
                        100)
                .withStart(new Point(0, 1));
        ImageIO.write(
                LandscapeStill.render(diverging, 100, 1000, 700),
                "png",
                dir.resolve("diverged.png").toFile());
        LandscapeAnimation.write(
                new LandscapeStill(race, race.race(), 640, 420),
                300,
                40,
                15,
                dir.resolve("race.gif"),
                (n, total) -> {},
                () -> false);
        ImageIO.write(
                TrainingCurvesStill.render(
                        TrainingCurvesStillTest.trained(40, true), true, "Loss on make_moons", 1000, 560),
                "png",
                dir.resolve("curves.png").toFile());
        System.out.println("wrote " + dir.toAbsolutePath());
    }
}
