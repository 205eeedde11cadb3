package downhill.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Functions;
import downhill.engine.function.Point;
import downhill.engine.landscape.Colormap;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Outcome;
import downhill.engine.scene.LandscapeScene;
import downhill.engine.scene.PathResult;
import downhill.experiment.ExperimentRuns;
import downhill.experiment.OptimizerEntry;
import downhill.experiment.Presets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How paths look: one table for window and stills, paths told apart by more than hue, labels that do not merge. */
class PathLooksTest {

    @Test
    void everyOptimizerLooksDifferentAndEveryScenariosPairDiffersInDashOrMarker() {
        Set<String> looks = new HashSet<>();
        for (OptimizerType type : Optimizers.all()) {
            Colors.Style s = Colors.style(type.name());
            assertTrue(looks.add(s.hex()), type.name() + "'s colour is taken");
        }
        for (String name : Presets.names()) {
            var experiment = Presets.byName(name).experiment();
            for (List<OptimizerEntry> list : List.of(
                    experiment.landscape().optimizers(), experiment.network().optimizers())) {
                List<OptimizerEntry> racing =
                        list.stream().filter(OptimizerEntry::enabled).toList();
                for (int i = 0; i < racing.size(); i++) {
                    for (int j = i + 1; j < racing.size(); j++) {
                        Colors.Style a = Colors.style(racing.get(i).name());
                        Colors.Style b = Colors.style(racing.get(j).name());
                        assertTrue(
                                !Arrays.equals(a.dashes(), b.dashes()) || a.marker() != b.marker(),
                                name + ": " + racing.get(i).name() + " and "
                                        + racing.get(j).name());
                    }
                }
            }
        }
        assertFalse(
                Colors.hex("sgd").equals("#D55E00") || Colors.hex("adam").equals("#D55E00"),
                "SGD and Adam are not orange and vermilion");
    }

    @Test
    void theHaloMakesAdaGradsYellowStandOutOnViridisYellowAndOnWhite() {
        int top = Colormap.VIRIDIS.argb(1.0);
        int[] viridisTop = {top >> 16 & 0xFF, top >> 8 & 0xFF, top & 0xFF};
        int adagrad = Colors.rgb("adagrad");
        double alpha = ((Colors.HALO_ARGB >>> 24) & 0xFF) / 255.0;
        for (int[] ground : List.of(viridisTop, new int[] {255, 255, 255})) {
            int[] halo = new int[3];
            for (int c = 0; c < 3; c++) {
                halo[c] = (int) Math.round(ground[c] * (1 - alpha));
            }
            double contrast = contrast(new int[] {adagrad >> 16 & 0xFF, adagrad >> 8 & 0xFF, adagrad & 0xFF}, halo);
            assertTrue(contrast >= 4.5, "AdaGrad against its halo on " + Arrays.toString(ground) + ": " + contrast);
        }
    }

    @Test
    void aPathOnTheSameLineAsTheOneOnTopIsDrawnAsAWiderBandAndPathsApartAreNot() {
        LandscapeScene scene =
                ExperimentRuns.scene(Presets.byName("lr-too-large").experiment().landscape());
        LandscapeStill still = new LandscapeStill(scene, scene.race(), 800, 560);
        List<PathResult> order = PathLayers.slowestOnTop(still.paths());
        assertEquals(
                List.of("SGD η=1.2", "SGD η=0.9"),
                order.stream().map(PathResult::displayName).toList(),
                "the labels name the entries, and the one that settles is drawn on top");
        boolean[] covered = PathLayers.covered(order, 100, still.viewport());
        assertTrue(covered[0] && !covered[1], Arrays.toString(covered));
        LandscapeScene apart = ExperimentRuns.scene(
                Presets.byName("adam-vs-sgd-beale").experiment().landscape());
        LandscapeStill separate = new LandscapeStill(apart, apart.race(), 800, 560);
        boolean[] none = PathLayers.covered(PathLayers.slowestOnTop(separate.paths()), 100, separate.viewport());
        assertFalse(none[0] || none[1], Arrays.toString(none));
    }

    @Test
    void labelsPlacedAtOnePointStackWithoutOverlapping() {
        List<double[]> placed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            PathLayers.place(placed, 100, 50, 160, 20, 0, 400);
        }
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertTrue(Math.abs(placed.get(i)[1] - placed.get(j)[1]) >= 20, "labels " + i + " and " + j);
            }
        }
        assertEquals(50, placed.get(0)[1], "the first stays where it was asked for");
    }

    @Test
    void aRunUnboundedBelowIsDrawnInItsOwnColour() {
        LandscapeScene scene = LandscapeScene.of(
                        Functions.resolve("saddle"), List.of(LandscapeStillTest.entrant("sgd", 10)), 100)
                .withStart(new Point(0, 1));
        LandscapeStill still = new LandscapeStill(scene, scene.race(), 800, 560);
        assertEquals(Outcome.Status.UNBOUNDED, still.paths().get(0).outcome().status());
        var image = still.at(100);
        assertTrue(
                LandscapeStillTest.count(image, Colors.outcomeRgb(Outcome.Status.UNBOUNDED), 30) > 20,
                "the violet arrow and message");
        assertTrue(
                LandscapeStillTest.count(image, Colors.outcomeRgb(Outcome.Status.DIVERGED), 30) < 5,
                "and no divergence red");
    }

    private static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
