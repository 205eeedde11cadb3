package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.nn.Initialization;
import downhill.engine.train.TrainingState;
import downhill.testing.Poll;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The network tab's view-model without a window: background work on a recording same-thread executor, so every
 * request it makes is counted and done at once; training on a same-thread executor (the whole plan inside
 * {@code train()}) or, where pausing is tested, on threads of its own.
 */
class NetworkViewModelTest {

    /** Runs each task at once on the caller's thread and counts them. */
    private static final class RecordingExecutor implements Executor {
        final AtomicInteger tasks = new AtomicInteger();

        @Override
        public void execute(Runnable task) {
            tasks.incrementAndGet();
            task.run();
        }
    }

    private final RecordingExecutor background = new RecordingExecutor();
    private ExecutorService trainingThreads;

    @AfterEach
    void stop() {
        if (trainingThreads != null) {
            trainingThreads.shutdownNow();
        }
    }

    @Test
    void aSchedulesPlotSpansTheEpochsAskedFor() {
        NetworkViewModel vm = new NetworkViewModel(background, Runnable::run);
        assertTrue(vm.optimizers().countsEpochsProperty().get(), "the trainer's schedule clock counts epochs");
        vm.trainingSettings().epochsProperty().set(200);
        assertEquals(200, vm.optimizers().stepsShownProperty().get());
        vm.trainingSettings().epochsProperty().set(40);
        assertEquals(40, vm.optimizers().stepsShownProperty().get(), "not the landscape's 500 steps");
    }

    @Test
    void theInitPickerOffersTooSmallAndTooLargeAndKeepsAnyOtherSigmaOpened() {
        NetworkViewModel vm = new NetworkViewModel(background, Runnable::run);
        assertTrue(vm.shape().initializations().contains(Initialization.parse("normal:sigma=0.01")));
        assertTrue(vm.shape().initializations().contains(Initialization.parse("normal:sigma=1")));
        assertEquals(
                Initialization.Scheme.values().length + 1,
                vm.shape().initializations().size());
        vm.shape().initializationProperty().set(Initialization.parse("normal:sigma=0.3"));
        assertTrue(
                vm.shape().initializations().contains(Initialization.parse("normal:sigma=0.3")),
                "a file's σ stays listed");
        vm.shape().initializationProperty().set(Initialization.parse("he-normal"));
        assertEquals(
                Initialization.Scheme.values().length + 2,
                vm.shape().initializations().size());
    }

    @Test
    void aHiddenTabAsksForNoDecisionBoundariesAndCatchesUpWhenShown() {
        NetworkViewModel vm = new NetworkViewModel(background, Runnable::run);
        vm.onFrame(1);
        assertNotNull(vm.data().dataProperty().get(), "the data is prepared");
        vm.trainingSettings().epochsProperty().set(5);
        vm.training().train();
        vm.shownProperty().set(false);
        int before = background.tasks.get();
        List<?> hiddenPictures = vm.boundaries().picturesProperty().get();
        for (int frame = 0; frame < 20; frame++) {
            vm.onFrame(1);
        }
        assertEquals(before, background.tasks.get(), "a hidden tab asks for no work at all");
        assertEquals(TrainingSession.Phase.DONE, vm.session().phaseProperty().get(), "the frames did take the results");
        assertEquals(5, epochs(vm, 0));
        vm.shownProperty().set(true);
        vm.onFrame(1);
        assertEquals(before + 1, background.tasks.get(), "shown again: one request for the newest weights");
        assertNotSame(hiddenPictures, vm.boundaries().picturesProperty().get());
        assertEquals(2, vm.boundaries().picturesProperty().get().size(), "a decision boundary per optimizer");
        vm.onFrame(1);
        assertEquals(before + 1, background.tasks.get(), "the same weights are not drawn twice");
    }

    @Test
    void pauseHoldsEveryCopyAndStepTrainsExactlyOneMoreEpoch() {
        trainingThreads = Executors.newCachedThreadPool();
        NetworkViewModel vm = new NetworkViewModel(background, trainingThreads);
        vm.onFrame(1);
        vm.trainingSettings().epochsProperty().set(5000);
        vm.training().train();
        Poll.until(() -> epochs(vm, 0) >= 3 && epochs(vm, 1) >= 3, () -> vm.onFrame(1), "three epochs each");
        vm.training().pause();
        // A copy says PAUSED from inside the wait that holds it: from then on no epoch starts until told.
        Poll.until(() -> allIn(vm, TrainingState.PAUSED), () -> vm.onFrame(1), "every copy paused");
        assertEquals(TrainingSession.Phase.PAUSED, vm.session().phaseProperty().get());
        int[] paused = {epochs(vm, 0), epochs(vm, 1)};
        vm.training().step();
        Poll.until(
                () -> allIn(vm, TrainingState.PAUSED) && epochs(vm, 0) > paused[0] && epochs(vm, 1) > paused[1],
                () -> vm.onFrame(1),
                "one more epoch each, then paused again");
        assertEquals(paused[0] + 1, epochs(vm, 0), "Step trains exactly one epoch");
        assertEquals(paused[1] + 1, epochs(vm, 1), "Step trains exactly one epoch");
        assertEquals(TrainingSession.Phase.PAUSED, vm.session().phaseProperty().get());
        vm.training().train();
        Poll.until(() -> epochs(vm, 0) > paused[0] + 1, () -> vm.onFrame(1), "Train resumes");
        vm.training().reset();
        assertTrue(vm.session().resultsProperty().get().isEmpty(), "reset clears the results");
        assertEquals(TrainingSession.Phase.IDLE, vm.session().phaseProperty().get());
    }

    private static int epochs(NetworkViewModel vm, int run) {
        List<RunProgress> results = vm.session().resultsProperty().get();
        return results.isEmpty() ? 0 : results.get(run).history().epochs();
    }

    private static boolean allIn(NetworkViewModel vm, TrainingState state) {
        List<RunProgress> results = vm.session().resultsProperty().get();
        return !results.isEmpty() && results.stream().allMatch(r -> r.state() == state);
    }

    /** Three features have no plane to picture, but the untrained network still has weights to show and step. */
    @Test
    void theDiagramShowsTheUntrainedNetworkOfDataWithoutAPlane(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path csv = dir.resolve("three.csv");
        StringBuilder rows = new StringBuilder("a,b,c,label\n");
        for (int i = 0; i < 40; i++) {
            rows.append(i % 7)
                    .append(',')
                    .append(i % 5)
                    .append(',')
                    .append(i % 3)
                    .append(',')
                    .append(i % 2)
                    .append('\n');
        }
        java.nio.file.Files.writeString(csv, rows);
        NetworkViewModel vm = new NetworkViewModel(background, Runnable::run);
        vm.data().loadCsv(csv);
        vm.onFrame(1);
        assertEquals(3, vm.data().dataProperty().get().data().train().featureCount());
        vm.diagram().selectedProperty().set(true);
        vm.onFrame(1);
        vm.onFrame(1);
        assertNotNull(vm.diagram().resultProperty().get(), "a pass of the untrained network before training");
        assertEquals(9, vm.diagram().stageCount(), "64, 64: the input, 3 forward, the loss, 3 backward, the update");
        assertTrue(
                vm.diagram().currentStage().lines().stream().anyMatch(l -> l.startsWith("a⁰₃ = x₃ = ")),
                vm.diagram().currentStage().lines()::toString);
    }

    /** The window trains on all of a CSV file and tests on a second one, as train --test-data does. */
    @Test
    void aTestFileTakesThePlaceOfTheSplitAndSettingsReachThePlan() {
        NetworkViewModel vm = new NetworkViewModel(background, Runnable::run);
        vm.data().loadCsv(java.nio.file.Path.of("docs/data/lecture_train.csv"));
        vm.onFrame(1);
        assertEquals(640, vm.data().dataProperty().get().data().train().sampleCount(), "split 80/20 by default");
        vm.data().useTestCsv(java.nio.file.Path.of("docs/data/lecture_test.csv"));
        vm.onFrame(1);
        assertEquals(800, vm.data().dataProperty().get().data().train().sampleCount(), "all of the file trains");
        assertEquals(200, vm.data().dataProperty().get().data().test().sampleCount(), "the test file tests");
        vm.shape().dropoutTextProperty().set("0.2");
        vm.trainingSettings().earlyStoppingTextProperty().set("patience=7");
        vm.shape().initializationProperty().set(downhill.engine.nn.Initialization.parse("sklearn"));
        var plan = vm.plan();
        assertEquals(List.of(0.2), plan.dropout());
        assertEquals(7, plan.earlyStopping().patience());
        assertEquals(downhill.engine.nn.Initialization.parse("sklearn"), plan.initialization());
        vm.shape().dropoutTextProperty().set("1.5");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, vm::plan);
        vm.data().useGenerator();
        vm.onFrame(1);
        assertEquals(null, vm.data().testCsvProperty().get(), "a generator splits its own test part");
    }
}
