package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.landscape.LandscapeCanvas;
import downhill.engine.function.Window;
import downhill.engine.run.Trajectory;
import downhill.engine.scene.PathResult;
import downhill.engine.slice.DirectionKind;
import downhill.engine.slice.LossSlice;
import downhill.engine.train.Metric;
import downhill.testing.MainWindow;
import java.util.List;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The network tab's loss landscape view in a real window, headless, with every background task on the calling
 * thread: training ends inside Train, and each grid is computed as it is asked for.
 */
class LossLandscapeViewTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread().eachTest();

    private AppContext context;
    private NetworkViewModel vm;
    private LossLandscapeViewModel slice;

    @BeforeEach
    void start(FxRobot robot) {
        robot.interact(() -> {
            context = WINDOW.context();
            vm = context.network();
            slice = vm.lossLandscape();
            vm.trainingSettings().epochsProperty().set(30);
            // A quarter of the default data: each slice is a 51×51 grid of losses over the training part.
            vm.data().samplesProperty().set(250);
            ((TabPane) WINDOW.scene().lookup("#tabs")).getSelectionModel().select(1);
        });
    }

    private void frames(FxRobot robot, int count) {
        for (int i = 0; i < count; i++) {
            robot.interact(() -> vm.onFrame(1));
        }
    }

    private void train(FxRobot robot) {
        frames(robot, 1);
        robot.interact(vm.training()::train);
        frames(robot, 4);
    }

    @Test
    void theSliceIsShapedLikeItsPlotAndFillsIt(FxRobot robot) {
        robot.clickOn("#sliceToggle");
        train(robot);
        frames(robot, 6);
        LandscapeCanvas canvas = robot.lookup("#slice-canvas").queryAs(LandscapeCanvas.class);
        var plot = canvas.viewport();
        LossSliceComputation.Result result = slice.resultProperty().get();
        var grid = result.grid().window();
        double plotAspect = plot.width() / plot.height();
        double gridAspect = grid.width() / grid.height();
        assertEquals(plotAspect, gridAspect, 0.04 * plotAspect, "the grid's α × β range is the plot's shape");
        assertEquals(plot.shown().width(), grid.width(), 0.04 * grid.width(), "the heatmap spans the plot");
        assertEquals(plot.shown().height(), grid.height(), 0.04 * grid.height());
        assertEquals(1, result.grid().columns() % 2, "an odd count: θ* on the middle node");
        assertEquals(1, result.grid().rows() % 2);
        assertFalse(robot.lookup("#sliceStatus").query().isVisible(), "done: the summary is the ⓘ's tooltip");
    }

    @Test
    void aPlotOfAnotherShapeAsksForANewGridOnlyPastThreePercent() {
        assertFalse(LossLandscapeViewModel.reshapes(1.5, 1.52));
        assertTrue(LossLandscapeViewModel.reshapes(1.5, 1.6));
        assertTrue(LossLandscapeViewModel.reshapes(1.0, 0.5));
        assertFalse(LossLandscapeViewModel.reshapes(3, 7), "beyond the largest shape nothing changes");
        assertFalse(LossLandscapeViewModel.reshapes(1, 0), "no plot yet");
        assertArrayEquals(new int[] {89, 51}, LossSliceComputation.shape(51, 1.75));
        assertArrayEquals(new int[] {11, 33}, LossSliceComputation.shape(11, 1 / 3.5), "at most three times as long");
    }

    @Test
    void aTrainedNetworksSliceComesCoarseThenFineWithEveryPathOnIt(FxRobot robot) {
        robot.clickOn("#sliceToggle");
        train(robot);
        LossSliceComputation.Result result = slice.resultProperty().get();
        assertNotNull(result, "a slice once training ended");
        assertEquals(LossSlice.FINE_NODES, result.nodes(), "refined after the coarse grid");
        assertEquals(
                LossSlice.FINE_NODES,
                Math.min(result.grid().columns(), result.grid().rows()),
                "51 nodes along the shorter side");
        assertTrue(
                slice.statusProperty()
                        .get()
                        .matches("\\d+×\\d+ grid around SGD \\+ momentum's weights after " + "epoch 30.*"),
                slice.statusProperty().get());
        List<PathResult> paths = result.paths();
        assertEquals(
                List.of("momentum", "adam"),
                paths.stream().map(PathResult::name).toList());
        Trajectory centre = paths.get(0).trajectory();
        Trajectory other = paths.get(1).trajectory();
        assertEquals(31, centre.size(), "the start and every one of 30 epochs (all kept below 100)");
        assertEquals(0, centre.x(centre.size() - 1), 1e-9, "the centre path ends at θ*");
        assertEquals(0, centre.y(centre.size() - 1), 1e-9);
        assertEquals(centre.x(0), other.x(0), 1e-9, "both copies start from the same weights");
        assertEquals(centre.y(0), other.y(0), 1e-9);
        RunProgress momentum = vm.session().resultsProperty().get().get(0);
        double[] atCentre = new double[1];
        result.grid().valueRow(new double[] {0}, 0, atCentre);
        assertEquals(
                momentum.history().last(Metric.TRAIN_LOSS),
                atCentre[0],
                1e-9,
                "the slice at (0, 0) is the training loss recorded at θ*");
        assertEquals(momentum.history().last(Metric.TRAIN_LOSS), centre.loss(centre.size() - 1), 0);
        LandscapeCanvas canvas = robot.lookup("#slice-canvas").query();
        assertSame(result.image(), canvas.frame().content().image(), "the one landscape canvas draws the slice");
        assertEquals(List.of("α", "β"), canvas.frame().content().axes());
    }

    @Test
    void nothingIsComputedWhileTheViewIsHidden(FxRobot robot) {
        train(robot);
        assertNull(slice.resultProperty().get(), "decision boundaries shown: no grid computed");
        robot.clickOn("#sliceToggle");
        frames(robot, 3);
        assertNotNull(slice.resultProperty().get(), "computed once shown");
        assertEquals(LossSlice.FINE_NODES, slice.resultProperty().get().nodes());
    }

    @Test
    void settingsRecomputeTheSliceAndABadRangeIsNotApplied(FxRobot robot) {
        robot.clickOn("#sliceToggle");
        train(robot);
        LossSliceComputation.Result pca = slice.resultProperty().get();
        assertEquals(DirectionKind.PCA, pca.request().directions());
        robot.interact(() -> slice.directionsProperty().set(DirectionKind.RANDOM));
        frames(robot, 3);
        LossSliceComputation.Result random = slice.resultProperty().get();
        assertEquals(DirectionKind.RANDOM, random.request().directions());
        Window shown = random.window();
        assertEquals(
                1,
                Math.min(shown.xMax(), shown.yMax()),
                0,
                "random directions: ±1, as Li et al. draw them " + "(and wider along the plot's longer side)");
        assertEquals(-shown.xMax(), shown.xMin(), 0);
        assertEquals(-shown.yMax(), shown.yMin(), 0);
        assertTrue(
                pca.inPlane() > 0.9 && random.inPlane() < pca.inPlane(),
                "the PCA plane holds the paths (" + pca.inPlane() + "), a random one hardly (" + random.inPlane()
                        + ")");
        robot.interact(() -> slice.rangeTextProperty().set("wide"));
        frames(robot, 3);
        assertEquals(
                "range: \"auto\" or a number > 0, got \"wide\"",
                slice.rangeErrorProperty().get());
        assertSame(random, slice.resultProperty().get(), "a bad range changes nothing");
        robot.interact(() -> slice.rangeTextProperty().set("0.5"));
        frames(robot, 3);
        assertEquals("", slice.rangeErrorProperty().get());
        Window typed = slice.resultProperty().get().window();
        assertEquals(0.5, Math.min(typed.xMax(), typed.yMax()), 0, "±0.5 along the shorter side: " + typed);
        robot.interact(() -> slice.centreProperty().set("adam"));
        frames(robot, 3);
        LossSliceComputation.Result aroundAdam = slice.resultProperty().get();
        Trajectory adam = aroundAdam.paths().get(1).trajectory();
        assertEquals(0, adam.x(adam.size() - 1), 1e-9, "Adam's weights are now the centre");
        assertTrue(
                slice.statusProperty().get().contains("Adam's weights"),
                slice.statusProperty().get());
    }

    @Test
    void resetClearsTheSliceAndPlayingWalksThePaths(FxRobot robot) {
        robot.clickOn("#sliceToggle");
        train(robot);
        assertEquals(30, slice.lastStep());
        // The window's own frame loop advances the clock too, so only the start and the end are exact.
        robot.interact(() -> {
            slice.togglePlay();
            assertEquals(0, slice.stepProperty().get(), "playing starts from the paths' beginning");
            assertTrue(slice.playingProperty().get());
        });
        robot.interact(() -> vm.onFrame(10));
        assertEquals(30, slice.stepProperty().get());
        assertFalse(slice.playingProperty().get(), "stops at the end");
        robot.interact(vm.training()::reset);
        assertNull(slice.resultProperty().get());
        assertEquals(
                "Train first: the slice is taken around the trained weights.",
                slice.statusProperty().get());
    }

    @Test
    void theSliceIsAlsoTheLandscapeTabsThreeDimensionalSurface(FxRobot robot) {
        robot.clickOn("#sliceToggle");
        train(robot);
        robot.clickOn("#slice3dToggle");
        frames(robot, 3);
        var built = slice.surface().builtProperty().get();
        assertNotNull(built, "the mesh was built from the slice");
        LossSliceComputation.Result result = slice.resultProperty().get();
        assertSame(result.image(), built.texture(), "textured with the slice's own heatmap");
        assertEquals(result.window(), built.mesh().window());
        assertTrue(robot.lookup("#slice-surface-view").query().isVisible());
        assertFalse(robot.lookup("#slice-canvas").query().isVisible());
    }
}
