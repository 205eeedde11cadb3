package downhill.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.engine.function.Functions;
import downhill.engine.function.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The read-out while dragging, the inspector at the race's end, the old heatmap after a switch: view-model only. */
class TrustInSmallThingsTest {

    private final LandscapeViewModel vm =
            new LandscapeViewModel(new OptimizerListViewModel(), BackgroundExecutors.sameThread());

    @Test
    void theReadoutFollowsADragOfTheStart() {
        vm.hover(0.5, 0.5);
        vm.dragStart(-1.25, 1.75);
        assertTrue(
                vm.readoutProperty().get().startsWith("x = −1.25   y = 1.75")
                        || vm.readoutProperty().get().startsWith("x = -1.25   y = 1.75"),
                vm.readoutProperty().get());
        vm.dragStart(0.75, -0.5);
        assertTrue(
                vm.readoutProperty().get().contains("0.75"),
                vm.readoutProperty().get());
    }

    @Test
    void theInspectorNamesNoStepBeyondTheRace() {
        StepInspectorViewModel inspector = vm.inspector();
        inspector.openProperty().set(true);
        vm.onFrame(0);
        vm.currentStepProperty().set(499);
        vm.onFrame(0);
        assertNotNull(inspector.explanationProperty().get(), "step 499 → 500 is in the race");
        assertEquals(499, inspector.explanationProperty().get().step());
        vm.toEnd();
        vm.onFrame(0);
        assertEquals(500, vm.currentStepProperty().get());
        assertNull(inspector.explanationProperty().get(), "no step 500 → 501 in a 500-step race");
        assertTrue(
                inspector.messageProperty().get().startsWith("No step from step 500"),
                inspector.messageProperty().get());
    }

    @Test
    void afterASwitchTheOldHeatmapIsGoneUntilTheNewOneArrives() {
        List<Runnable> queued = new ArrayList<>();
        Executor later = queued::add;
        LandscapeViewModel slow = new LandscapeViewModel(new OptimizerListViewModel(), later);
        Window rosenbrock = slow.viewWindowProperty().get();
        slow.requestImage(rosenbrock, 80, 60);
        runAll(queued);
        slow.onFrame(0);
        assertNotNull(slow.imageProperty().get());
        slow.requestImage(rosenbrock, 81, 60); // a picture on its way when the function changes
        slow.choose(Functions.resolve("himmelblau"));
        assertNull(slow.imageProperty().get(), "nothing of the old function stays");
        runAll(queued);
        slow.onFrame(0);
        assertNull(slow.imageProperty().get(), "the old function's late picture is dropped");
        slow.requestImage(slow.viewWindowProperty().get(), 80, 60);
        runAll(queued);
        slow.onFrame(0);
        assertEquals(slow.viewWindowProperty().get(), slow.imageProperty().get().window());
    }

    private static void runAll(List<Runnable> queued) {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }
}
