package downhill.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.engine.function.Functions;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.function.data.DataObjective;
import downhill.engine.landscape.LandscapeImage;
import downhill.engine.run.Trajectory;
import org.junit.jupiter.api.Test;

/** The landscape tab's state and commands, without a window: work runs on the calling thread. */
class LandscapeViewModelTest {

    private final LandscapeViewModel vm =
            new LandscapeViewModel(new OptimizerListViewModel(), BackgroundExecutors.sameThread());

    @Test
    void theClockAdvancesAtTheChosenSpeedAndStopsAtTheLimit() {
        vm.speedProperty().set(60);
        vm.togglePlay();
        vm.onFrame(0.5);
        assertEquals(30, vm.currentStepProperty().get());
        vm.onFrame(1 / 120.0);
        vm.onFrame(1 / 120.0);
        assertEquals(31, vm.currentStepProperty().get(), "fractions of a step add up");
        vm.speedProperty().set(500);
        vm.onFrame(10);
        assertEquals(500, vm.currentStepProperty().get());
        assertFalse(vm.playingProperty().get(), "it stops at the step limit");
        vm.togglePlay();
        assertEquals(0, vm.currentStepProperty().get(), "playing again starts over");
    }

    @Test
    void theDataModelsArePickedAndTheirBatchSizeMakesSmoothOrNoisyPaths() {
        Objective model = vm.builtins().stream()
                .filter(f -> f.name().equals("logistic-regression"))
                .findFirst()
                .orElseThrow();
        vm.choose(model);
        assertTrue(vm.onData());
        assertEquals("logistic-regression", vm.expressionProperty().get());
        vm.onFrame(0);
        Trajectory batch = vm.raceProperty().get().paths().get(0).trajectory();
        vm.batchSizeProperty().set(1);
        vm.onFrame(0);
        Trajectory stochastic = vm.raceProperty().get().paths().get(0).trajectory();
        assertNotEquals(batch.x(50), stochastic.x(50));
        assertEquals(model.value(stochastic.x(50), stochastic.y(50)), stochastic.loss(50));
        vm.expressionProperty().set("linear-regression");
        assertTrue(vm.applyExpression());
        assertEquals("linear-regression", vm.objective().name());
        assertTrue(vm.chooseBatchSize("1"));
        assertEquals(1, vm.batchSizeProperty().get());
        assertTrue(vm.chooseBatchSize("all"));
        assertEquals(downhill.engine.data.BatchSize.ALL, vm.batchSizeProperty().get());
        assertFalse(vm.chooseBatchSize("0"), "a bad size is refused");
        assertEquals(downhill.engine.data.BatchSize.ALL, vm.batchSizeProperty().get(), "and changes nothing");
    }

    @Test
    void stepAndRewindPause() {
        vm.togglePlay();
        vm.stepForward();
        assertFalse(vm.playingProperty().get());
        assertEquals(1, vm.currentStepProperty().get());
        vm.stepBack();
        vm.stepBack();
        assertEquals(0, vm.currentStepProperty().get());
    }

    @Test
    void aBadExpressionKeepsTheLastGoodFunctionAndPointsAtTheMistake() {
        vm.expressionProperty().set("x^2 + sine(y)");
        assertFalse(vm.applyExpression());
        assertEquals("rosenbrock", vm.objective().name());
        assertTrue(
                vm.expressionErrorProperty().get().startsWith("unknown function 'sine' at column 7"),
                vm.expressionErrorProperty().get());
        assertEquals("      ^", vm.expressionCaretProperty().get());
        vm.expressionProperty().set("x^2 + 3*y^2");
        assertTrue(vm.applyExpression());
        assertEquals("x^2 + 3*y^2", vm.objective().formula());
        assertEquals("", vm.expressionErrorProperty().get());
        vm.onFrame(0);
        assertEquals("x^2 + 3*y^2", vm.raceProperty().get().objective().formula());
    }

    @Test
    void zoomKeepsThePointUnderTheCursorAndPanMovesTheWindow() {
        Window shown = new Window(-2, 2, -1, 3);
        vm.zoom(shown, 0.5, 1, 1);
        // About (1, 1): x spans 1 − 3·0.5 to 1 + 1·0.5, y spans 1 − 2·0.5 to 1 + 2·0.5.
        assertEquals(new Window(-0.5, 1.5, 0, 2), vm.viewWindowProperty().get());
        vm.pan(new Window(0, 2, 0, 2), 1, -0.5);
        assertEquals(new Window(-1, 1, 0.5, 2.5), vm.viewWindowProperty().get());
        vm.fit();
        assertEquals(
                Functions.resolve("rosenbrock").window(),
                vm.viewWindowProperty().get());
    }

    @Test
    void theStartMovesEveryPathAndAnImageComesForTheRequestedWindow() {
        vm.setStart(0.5, -0.5);
        vm.requestImage(new Window(-2, 2, -1, 3), 200, 200);
        vm.onFrame(0);
        assertEquals(new Point(0.5, -0.5), vm.raceProperty().get().start());
        assertNotNull(vm.imageProperty().get());
        assertEquals(200, vm.imageProperty().get().width());
        vm.hover(1, 1);
        assertEquals("x = 1   y = 1   f = 0   |∇f| = 0", vm.readoutProperty().get());
    }

    @Test
    void theBatchSurfaceIsTheLossOfTheBatchTheCurrentStepTakes() {
        DataObjective clouds = (DataObjective)
                LandscapeViewModel.pickerFunction("logistic-regression").orElseThrow();
        vm.choose(clouds);
        vm.chooseBatchSize("10");
        Window shown = clouds.window();
        vm.requestImage(shown, 600, 450);
        vm.onFrame(0);
        LandscapeImage full = vm.imageProperty().get();
        assertEquals(600, full.width());
        vm.batchSurfaceProperty().set(true);
        vm.currentStepProperty().set(4);
        vm.requestImage(shown, 600, 450);
        vm.onFrame(0);
        LandscapeImage batch = vm.imageProperty().get();
        assertTrue(batch.width() <= 200 && batch.height() <= 150, "a third of the resolution or less");
        downhill.engine.run.MiniBatches batches =
                downhill.engine.run.MiniBatches.of(clouds, 10, vm.seedProperty().get());
        DataObjective expected = clouds.restrictedTo(batches.rows(4), "step 4");
        double x = shown.xMin() + 0.3 * shown.width();
        double y = shown.yMin() + 0.6 * shown.height();
        assertEquals(
                expected.value(x, y),
                batch.valueAt(x, y),
                0.05 * Math.abs(expected.value(x, y)),
                "the picture is that batch's loss");
        assertTrue(Math.abs(clouds.value(x, y) - batch.valueAt(x, y)) > 1e-3, "not the loss on all the data");
        vm.currentStepProperty().set(5);
        vm.requestImage(shown, 600, 450);
        vm.onFrame(0);
        assertNotSame(batch, vm.imageProperty().get(), "the next step has the next batch");
        vm.chooseBatchSize("all");
        vm.requestImage(shown, 600, 450);
        vm.onFrame(0);
        assertEquals(600, vm.imageProperty().get().width(), "a batch of all samples is the full picture");
    }

    @Test
    void loopingStartsAgainFromStepZeroAndNeverStops() {
        vm.stepLimitProperty().set(100);
        vm.speedProperty().set(50);
        vm.loopProperty().set(true);
        vm.togglePlay();
        vm.onFrame(2.5); // 125 steps' worth: stops at the limit first, so the last step is seen
        assertEquals(100, vm.currentStepProperty().get());
        assertTrue(vm.playingProperty().get());
        vm.onFrame(0.1);
        assertEquals(0, vm.currentStepProperty().get(), "over again");
        vm.onFrame(0.2);
        assertEquals(10, vm.currentStepProperty().get());
        vm.loopProperty().set(false);
        vm.onFrame(10);
        assertEquals(100, vm.currentStepProperty().get());
        assertFalse(vm.playingProperty().get(), "without looping it stops at the end");
    }
}
