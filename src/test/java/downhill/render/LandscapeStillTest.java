package downhill.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import downhill.engine.run.Outcome;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.Entrant;
import downhill.engine.scene.LandscapeScene;
import downhill.engine.scene.PathResult;
import downhill.engine.schedule.Constant;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandscapeStillTest {

    static Entrant entrant(String name, double lr) {
        return Entrant.of(
                new Contender(Optimizers.byName(name), Hyperparameters.of(Hyperparameter.LR, lr), new Constant()));
    }

    static LandscapeScene rosenbrock(int steps) {
        return LandscapeScene.of(
                Functions.resolve("rosenbrock"),
                List.of(entrant("sgd", 1e-3), entrant("momentum", 1e-3), entrant("adam", 0.05)),
                steps);
    }

    @Test
    void thePngDecodesAtTheRequestedSize(@TempDir Path dir) throws IOException {
        BufferedImage image = LandscapeStill.render(rosenbrock(200), 150, 900, 600);
        File file = dir.resolve("still.png").toFile();
        assertTrue(ImageIO.write(image, "png", file));
        BufferedImage decoded = ImageIO.read(file);
        assertEquals(900, decoded.getWidth());
        assertEquals(600, decoded.getHeight());
    }

    @Test
    void eachPathsCurrentPointHasItsOptimizersColour() {
        // One optimizer per picture: in a race, paths that start together hide each other's points.
        for (Entrant entrant : rosenbrock(200).entrants()) {
            LandscapeScene scene = LandscapeScene.of(Functions.resolve("rosenbrock"), List.of(entrant), 200);
            LandscapeStill still = new LandscapeStill(scene, scene.race(), 1000, 700);
            Trajectory t = still.paths().get(0).trajectory();
            int x = (int) Math.round(still.viewport().toPixelX(t.x(120)));
            int y = (int) Math.round(still.viewport().toPixelY(t.y(120)));
            int pixel = still.at(120).getRGB(x, y);
            assertTrue(
                    near(pixel, Colors.rgb(entrant.name()), 40),
                    entrant.name() + " at " + x + "," + y + ": " + Integer.toHexString(pixel));
        }
    }

    @Test
    void thePathGrowsWithTheStep() {
        LandscapeScene scene = rosenbrock(200);
        LandscapeStill still = new LandscapeStill(scene, scene.race(), 1000, 700);
        PathResult adam = still.paths().stream()
                .filter(p -> p.name().equals("adam"))
                .findFirst()
                .orElseThrow();
        int adamColour = Colors.rgb("adam");
        int x = (int) Math.round(still.viewport().toPixelX(adam.trajectory().x(150)));
        int y = (int) Math.round(still.viewport().toPixelY(adam.trajectory().y(150)));
        assertTrue(near(still.at(150).getRGB(x, y), adamColour, 40));
        assertTrue(!near(still.at(0).getRGB(x, y), adamColour, 40), "step 0 shows no path yet");
    }

    @Test
    void theLegendNamesEveryOptimizerOnAPanelWithItsColourSwatch() {
        LandscapeScene scene = rosenbrock(100);
        BufferedImage image = new LandscapeStill(scene, scene.race(), 1000, 700).at(100);
        // The legend's panel is near-white and holds a 18-pixel swatch line of each colour.
        for (Entrant e : scene.entrants()) {
            assertTrue(count(image, Colors.rgb(e.name()), 10) >= 15, e.name() + "'s swatch");
        }
        assertTrue(count(image, 0xFFFFFF, 8) > 2000, "white background and legend panel");
    }

    @Test
    void aDivergentRunStillRendersAndSaysWhereItStopped() {
        Objective saddle = Functions.resolve("saddle");
        // From x = 1 SGD with η = 10 multiplies x by −19 each step: the loss x² climbs, a divergence.
        LandscapeScene scene =
                LandscapeScene.of(saddle, List.of(entrant("sgd", 10)), 100).withStart(new Point(1, 0));
        LandscapeStill still = new LandscapeStill(scene, scene.race(), 800, 560);
        PathResult sgd = still.paths().get(0);
        assertEquals(Outcome.Status.DIVERGED, sgd.outcome().status());
        BufferedImage image = still.at(100);
        assertEquals(800, image.getWidth());
        assertTrue(count(image, 0xDC2626, 30) > 20, "the red arrow and message of the divergence");
    }

    @Test
    void aStepBeyondTheSceneIsRefused() {
        LandscapeScene scene = rosenbrock(10);
        LandscapeStill still = new LandscapeStill(scene, scene.race(), 400, 300);
        assertThrows(IllegalArgumentException.class, () -> still.at(11));
        assertThrows(IllegalArgumentException.class, () -> still.at(-1));
    }

    static boolean near(int argb, int rgb, int tolerance) {
        return Math.abs((argb >> 16 & 0xFF) - (rgb >> 16 & 0xFF)) <= tolerance
                && Math.abs((argb >> 8 & 0xFF) - (rgb >> 8 & 0xFF)) <= tolerance
                && Math.abs((argb & 0xFF) - (rgb & 0xFF)) <= tolerance;
    }

    static int count(BufferedImage image, int rgb, int tolerance) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (near(image.getRGB(x, y), rgb, tolerance)) {
                    n++;
                }
            }
        }
        return n;
    }
}
