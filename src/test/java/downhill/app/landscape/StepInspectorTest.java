package downhill.app.landscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.engine.explain.StepExplanation;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Optimizer;
import downhill.engine.run.Descent;
import downhill.engine.run.StopRule;
import downhill.render.Viewport;
import downhill.testing.MainWindow;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The step inspector, its arrows and the 3-D view in a real window, headless, with same-thread background work. */
class StepInspectorTest {

    @RegisterExtension
    static final MainWindow WINDOW = MainWindow.sameThread();

    private AppContext context;
    private LandscapeViewModel vm;
    private StepInspectorViewModel inspector;

    @BeforeEach
    void start() {
        context = WINDOW.context();
        vm = context.landscape();
        inspector = vm.inspector();
    }

    /** One window for the class: after each test the landscape tab goes back to how it opened. */
    @AfterEach
    void backToTheOpenedTab(FxRobot robot) {
        robot.interact(WINDOW::resetLandscape);
        frame(robot);
    }

    private void frame(FxRobot robot) {
        robot.interact(() -> vm.onFrame(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            vm.onFrame(0);
            context.landscapeController().redraw();
        });
    }

    /** Adam (lr 0.05) and momentum on Rosenbrock from (−1.5, 2), the inspector open on Adam at step 3. */
    private void inspectAdamAtStepThree(FxRobot robot) {
        robot.interact(() -> {
            vm.optimizers().select(Map.of("adam", 0.05, "momentum", 1e-3));
            vm.setStart(-1.5, 2);
        });
        frame(robot);
        robot.clickOn("#inspectToggle");
        ChoiceBox<String> choice = robot.lookup("#optimizerChoice").queryAs(ChoiceBox.class);
        assertEquals(List.of("momentum", "adam"), choice.getItems());
        robot.interact(() -> choice.setValue("adam"));
        robot.interact(() -> vm.currentStepProperty().set(3));
        frame(robot);
    }

    private static String valueOf(FxRobot robot, String symbol) {
        VBox quantities = robot.lookup("#quantities").queryAs(VBox.class);
        for (Node row : quantities.getChildren()) {
            if (symbol.equals(row.getUserData())) {
                Pane top = (Pane) ((VBox) row).getChildren().get(0);
                return ((Label) top.getChildren().get(1)).getText();
            }
        }
        throw new AssertionError("no row for " + symbol);
    }

    @Test
    void theInspectorOpensOnTheFirstRacingOptimizerAndFollowsTheSelection(FxRobot robot) {
        frame(robot);
        Node panel = robot.lookup("#panel").query();
        assertFalse(panel.isVisible(), "closed at first");
        robot.clickOn("#inspectToggle");
        frame(robot);
        assertTrue(panel.isVisible());
        assertEquals("sgd", inspector.inspectedProperty().get(), "the first racing optimizer");
        assertNotNull(inspector.explanationProperty().get());
        robot.clickOn((Node) inLandscape(robot, "#expand-rmsprop"));
        frame(robot);
        assertEquals("rmsprop", inspector.inspectedProperty().get(), "follows the optimizer whose editor is open");
        assertEquals("rmsprop", inspector.explanationProperty().get().optimizer());
    }

    /**
     * The numbers shown for Adam at step 3 are the engine's (state after 4 steps, Δθ = θ₄ − θ₃) and the hand
     * calculation in {@code StepExplainerTest}, rounded to four digits as the panel shows them.
     */
    @Test
    void adamsNumbersAtStepThreeAreTheEnginesAndTheHandCalculations(FxRobot robot) {
        inspectAdamAtStepThree(robot);
        StepExplanation e = inspector.explanationProperty().get();
        assertEquals("adam", e.optimizer());
        assertEquals(3, e.step());
        Optimizer adam = vm.optimizers().get("adam").contender().newOptimizer();
        Descent replay = new Descent(
                vm.objective(),
                new Point(-1.5, 2),
                adam,
                vm.optimizers().get("adam").contender().schedule(),
                StopRule.DEFAULT);
        replay.advance(4);
        assertArrayEquals(
                adam.state().get("firstMoment"), e.quantity("m").orElseThrow().values());
        assertArrayEquals(
                adam.state().get("secondMoment"), e.quantity("v").orElseThrow().values());
        var path = vm.raceProperty().get().path("adam").orElseThrow().trajectory();
        assertArrayEquals(new double[] {path.x(4) - path.x(3), path.y(4) - path.y(3)}, e.delta());
        assertEquals("(93.37, 35.32)", valueOf(robot, "g"));
        assertEquals("(0.06612, 0.9262)", valueOf(robot, "m"));
        assertEquals("(36.87, 4.29)", valueOf(robot, "v"));
        assertEquals("0.3439", valueOf(robot, "1 − β₁ᵗ"));
        assertEquals("0.003994", valueOf(robot, "1 − β₂ᵗ"));
        assertEquals("(0.1923, 2.693)", valueOf(robot, "m̂"));
        assertEquals("(9231, 1074)", valueOf(robot, "v̂"));
        assertEquals("(5.204e−4, 0.001526)", valueOf(robot, "η_eff"));
        assertEquals("(−1.001e−4, −0.004109)", valueOf(robot, "Δθ"));
        Label heading = robot.lookup("#heading").query();
        assertTrue(heading.getText().startsWith("Step 3 → 4   (t = 4)"), heading.getText());
    }

    @Test
    void stepOnceAdvancesAndHighlightsWhatChanged(FxRobot robot) {
        inspectAdamAtStepThree(robot);
        VBox quantities = robot.lookup("#quantities").queryAs(VBox.class);
        long[] highlighted = new long[1];
        // The step, its frame and the count in one go on the FX thread: the highlight fades after 1.6 s of real
        // time, which a busy machine could spend between a click and a later look.
        robot.interact(() -> {
            robot.lookup("#stepOnceButton").queryButton().fire();
            vm.onFrame(0);
            vm.onFrame(0);
            context.landscapeController().redraw();
            highlighted[0] = quantities.getChildren().stream()
                    .filter(n -> n.getStyleClass().contains("changed"))
                    .count();
        });
        assertEquals(4, vm.currentStepProperty().get());
        assertEquals(4, inspector.explanationProperty().get().step());
        assertTrue(
                inspector.changedProperty().get().containsAll(List.of("g", "m", "v", "m̂", "Δθ")),
                inspector.changedProperty().get().toString());
        assertEquals(inspector.changedProperty().get().size(), highlighted[0]);
    }

    @Test
    void theArrowsAppearOnTheLandscapeAndTheToggleHidesThem(FxRobot robot) {
        inspectAdamAtStepThree(robot);
        LandscapeCanvas canvas = robot.lookup("#overlay-canvas").query();
        StepExplanation drawn = canvas.frame().explained();
        assertNotNull(drawn, "the arrows are drawn with the inspector open");
        assertEquals("adam", drawn.optimizer());
        Image with = snapshot(robot, canvas);
        robot.clickOn("#arrowsCheck");
        frame(robot);
        assertNull(canvas.frame().explained(), "the Arrows toggle hides them");
        Image without = snapshot(robot, canvas);
        Viewport v = canvas.viewport();
        int px = (int) v.toPixelX(-1.389);
        int py = (int) v.toPixelY(2.107);
        assertTrue(
                differingPixels(with, without, px - 60, py - 60, 120, 160) > 200,
                "the arrows and the box change the pixels around the point");
        robot.clickOn("#inspectToggle");
        robot.clickOn("#arrowsCheck");
        frame(robot);
        assertNull(canvas.frame().explained(), "closing the inspector hides them too");
    }

    @Test
    void withoutHardware3DTheSurfaceSaysSoOnceAndMakesNothing3D(FxRobot robot) {
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler catcher = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (String.valueOf(record.getMessage()).contains("SCENE3D")) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(catcher);
        try {
            assertFalse(SurfaceView.supported(), "the headless software pipeline has no 3-D");
            robot.interact(() -> new javafx.scene.shape.Sphere(1));
            assertFalse(warnings.isEmpty(), "the catcher hears JavaFX's warning about a 3-D node");
            warnings.clear();
            frame(robot);
            robot.clickOn("#threeDToggle");
            frame(robot);
            robot.interact(() -> vm.currentStepProperty().set(100));
            frame(robot);
            SurfaceView surface = robot.lookup("#surface-view").query();
            assertNotNull(surface.getScene(), "the 3-D view replaces the overlay");
            assertNull(robot.lookup("#overlay-canvas")
                    .tryQuery()
                    .map(Node::getScene)
                    .orElse(null));
            Label placeholder = robot.lookup("#surface-placeholder").queryAs(Label.class);
            assertTrue(placeholder.isVisible());
            assertEquals(downhill.app.i18n.Messages.text(SurfaceView.NO_3D_MESSAGE_KEY), placeholder.getText());
            assertEquals(1, robot.lookup("#surface-placeholder").queryAll().size(), "said once");
            assertTrue(robot.lookup("#reset-camera").tryQuery().isEmpty(), "no camera controls");
            assertNull(surface.subScene(), "no 3-D scene is built");
            assertTrue(robot.lookup(n -> n instanceof javafx.scene.shape.Shape3D || n instanceof javafx.scene.SubScene)
                    .queryAll()
                    .isEmpty());
            assertEquals(List.of(), warnings, "nothing on the terminal");
            robot.clickOn("#threeDToggle");
            frame(robot);
            assertNotNull(robot.lookup("#overlay-canvas").query().getScene(), "the heatmap is back");
            assertNull(surface.getScene());
        } finally {
            root.removeHandler(catcher);
        }
    }

    @Test
    void theCameraTurnsZoomsAndResetsInItsViewModel() {
        SurfaceViewModel surface = vm.surface();
        double azimuth = surface.azimuthProperty().get();
        surface.rotate(120, 40);
        assertNotEquals(azimuth, surface.azimuthProperty().get(), "dragging turns the surface");
        surface.zoom(1.5);
        assertNotEquals(SurfaceViewModel.DEFAULT_ZOOM, surface.zoomProperty().get());
        surface.resetCamera();
        assertEquals(SurfaceViewModel.DEFAULT_AZIMUTH, surface.azimuthProperty().get());
        assertEquals(SurfaceViewModel.DEFAULT_ZOOM, surface.zoomProperty().get());
    }

    private static Image snapshot(FxRobot robot, LandscapeCanvas canvas) {
        java.util.concurrent.atomic.AtomicReference<Image> image = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> image.set(canvas.canvas().snapshot(null, null)));
        return image.get();
    }

    private static int differingPixels(Image a, Image b, int x0, int y0, int w, int h) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int count = 0;
        for (int y = Math.max(0, y0); y < Math.min((int) a.getHeight(), y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min((int) a.getWidth(), x0 + w); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** A node of the landscape tab: the network tab has an optimizer list with the same ids. */
    private static <T extends Node> T inLandscape(FxRobot robot, String query) {
        Node tab = ((javafx.scene.control.TabPane) robot.lookup("#tabs").query())
                .getTabs()
                .get(0)
                .getContent();
        return robot.from(tab).lookup(query).query();
    }
}
