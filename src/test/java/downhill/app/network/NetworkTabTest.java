package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.AppContext;
import downhill.app.DownhillApplication;
import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.control.SeriesChart;
import downhill.engine.data.CsvLoader;
import downhill.engine.nn.Activation;
import downhill.engine.train.HistorySnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The neural network tab in a real window, headless. Data and pictures are prepared on a background thread, and the
 * copies train on threads of their own, as in the app, so pausing and the FX thread's pulses are real.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkTabTest {

    private final ExecutorService background = BackgroundExecutors.daemonPool("test-background", 1);
    private final ExecutorService training = BackgroundExecutors.daemonThreads("test-training");
    private AppContext context;
    private NetworkViewModel vm;

    @Start
    void start(Stage stage) {
        context = new AppContext(background, training);
        vm = context.network();
        DownhillApplication.show(stage, context);
        ((TabPane) stage.getScene().lookup("#tabs")).getSelectionModel().select(1);
    }

    @AfterEach
    void stopTraining(FxRobot robot) {
        robot.interact(vm::reset);
        training.shutdownNow();
        background.shutdownNow();
    }

    /** Waits for background work, then refreshes and draws on the FX thread. */
    private void frame(FxRobot robot) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        do {
            robot.interact(() -> {
                vm.onFrame(1);
                context.networkController().redraw();
            });
        } while (vm.dataProperty().get() == null && System.nanoTime() < deadline);
    }

    private void trainToTheEnd(FxRobot robot) throws InterruptedException {
        assertTrue(vm.awaitTraining(20_000), "training ended");
        frame(robot);
    }

    @Test
    void trainingTwoOptimizersDrawsTheirCurvesBoundariesAndResults(FxRobot robot) throws InterruptedException {
        frame(robot);
        robot.interact(() -> vm.epochsProperty().set(20));
        robot.clickOn("#trainButton");
        trainToTheEnd(robot);
        List<RunResult> results = vm.resultsProperty().get();
        assertEquals(List.of("momentum", "adam"), results.stream().map(RunResult::name).toList());
        for (RunResult r : results) {
            assertEquals(20, r.history().epochs(), r.name());
        }
        SeriesChart loss = robot.lookup("#loss-chart").query();
        assertEquals(4, loss.series().size(), "train and test loss per optimizer");
        assertEquals(20, loss.series().get(0).values().length);
        assertEquals(4, ((SeriesChart) robot.lookup("#accuracy-chart").query()).series().size());
        assertEquals(2, ((SeriesChart) robot.lookup("#gradient-chart").query()).series().size());
        assertEquals(2, robot.lookup(".table-row-cell").queryAll().stream()
                .filter(row -> ((javafx.scene.control.TableRow<?>) row).getItem() != null).count());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (vm.boundariesProperty().get().size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            frame(robot);
        }
        assertEquals(2, vm.boundariesProperty().get().size(), "a decision boundary per optimizer");
        assertNotNull(vm.boundariesProperty().get().get(1));
    }

    @Test
    void pauseStopsTheEpochsStepTrainsOneAndResetClears(FxRobot robot) throws InterruptedException {
        frame(robot);
        robot.interact(() -> vm.epochsProperty().set(5000));
        robot.interact(vm::train);
        waitUntil(() -> epochs(0) >= 3);
        robot.interact(vm::pause);
        Thread.sleep(150);
        int paused = epochs(0);
        Thread.sleep(300);
        assertEquals(paused, epochs(0), "no epoch while paused");
        frame(robot);
        assertEquals(NetworkViewModel.Phase.PAUSED, vm.phaseProperty().get());
        robot.interact(vm::step);
        waitUntil(() -> epochs(0) == paused + 1);
        Thread.sleep(150);
        assertEquals(paused + 1, epochs(0), "one epoch per step");
        robot.interact(vm::reset);
        frame(robot);
        assertTrue(vm.resultsProperty().get().isEmpty());
        assertTrue(((SeriesChart) robot.lookup("#loss-chart").query()).series().isEmpty(), "the curves are cleared");
    }

    private int epochs(int run) {
        List<RunResult> results = vm.resultsProperty().get();
        // The view-model refreshes on frames; read the engine's newest records through a fresh frame's results.
        return results.isEmpty() ? 0 : results.get(run).history().epochs();
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            javafx.application.Platform.runLater(() -> vm.onFrame(1));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("timed out");
    }

    @Test
    void aBadCsvShowsItsErrorInRedAndKeepsThePreviousData(FxRobot robot, @TempDir Path dir) throws Exception {
        frame(robot);
        PreparedData before = vm.dataProperty().get();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x1,x2,label\n0.1,0.2,0\n0.3,0.4\n");
        robot.interact(() -> vm.loadCsv(bad));
        waitUntil(() -> !vm.dataErrorProperty().get().isEmpty());
        assertTrue(vm.dataErrorProperty().get().contains("bad.csv: row 3 has 2 columns"),
                vm.dataErrorProperty().get());
        assertSame(before, vm.dataProperty().get(), "the previous data stays");
        Label error = robot.lookup(".problem").match(n -> ((Label) n).getText().contains("bad.csv")).query();
        assertTrue(error.isVisible());
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "x1,x2,label\n" + "0,0,0\n1,1,1\n".repeat(10));
        robot.interact(() -> vm.loadCsv(good));
        waitUntil(() -> vm.dataProperty().get() != before);
        assertEquals("", vm.dataErrorProperty().get());
        assertEquals(good, vm.csvProperty().get());
    }

    @Test
    void aLargeCsvIsSampledWithAWarningInTheDataPanel(FxRobot robot, @TempDir Path dir) throws Exception {
        frame(robot);
        Path large = dir.resolve("large.csv");
        StringBuilder text = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < CsvLoader.ROW_CAP + 500; i++) {
            text.append(i % 7).append(',').append(i % 11).append(',').append(i % 2).append('\n');
        }
        Files.writeString(large, text);
        robot.interact(() -> vm.loadCsv(large));
        waitUntil(() -> large.equals(vm.csvProperty().get()));
        assertEquals("large.csv: 20,500 rows; using a random 20,000", vm.dataWarningProperty().get());
        Label warning = robot.lookup(".data-warning").queryAs(Label.class);
        assertEquals(vm.dataWarningProperty().get(), warning.getText());
        assertTrue(warning.isVisible() && warning.isManaged());
        Path small = dir.resolve("small.csv");
        Files.writeString(small, "x1,x2,label\n" + "0,0,0\n1,1,1\n".repeat(10));
        robot.interact(() -> vm.loadCsv(small));
        waitUntil(() -> small.equals(vm.csvProperty().get()));
        assertEquals("", vm.dataWarningProperty().get());
        assertTrue(!warning.isManaged(), "an empty warning takes no room");
    }

    @Test
    void invalidHiddenSizesTurnRedAndAreNotApplied(FxRobot robot) {
        TextField hidden = robot.lookup("#hiddenField").queryAs(TextField.class);
        robot.interact(() -> hidden.setText("64,x"));
        assertTrue(hidden.getStyleClass().contains("invalid"));
        assertTrue(hidden.getTooltip().getText().contains("'x' is not one"), hidden.getTooltip().getText());
        assertEquals(List.of(64, 64), vm.hiddenSizesProperty().get());
        robot.interact(() -> hidden.setText("16,8"));
        assertEquals(List.of(16, 8), vm.hiddenSizesProperty().get());
        robot.interact(vm::addLayer);
        assertEquals("16,8,8", hidden.getText());
    }

    @Test
    void vanishingGradientsShowsTheFirstSigmoidLayerFarBelowTheOutputThenReluDoesNot(FxRobot robot)
            throws InterruptedException {
        frame(robot);
        robot.interact(() -> {
            vm.epochsProperty().set(1);
            vm.toggleVanishingGradients();
        });
        assertEquals(Activation.SIGMOID, vm.activationProperty().get());
        assertEquals(NetworkViewModel.DEEP_NARROW, vm.hiddenSizesProperty().get());
        robot.interact(vm::train);
        trainToTheEnd(robot);
        assertTrue(firstToLast() < 1e-4, "sigmoid: " + firstToLast());
        robot.interact(vm::toggleVanishingGradients);
        assertEquals(Activation.RELU, vm.activationProperty().get());
        robot.interact(vm::train);
        trainToTheEnd(robot);
        assertTrue(firstToLast() > 1e-2, "ReLU: " + firstToLast());
    }

    private double firstToLast() {
        HistorySnapshot h = vm.resultsProperty().get().get(0).history();
        return h.gradientNorm(0, 0) / h.gradientNorm(0, h.layerCount() - 1);
    }

    @Test
    void aDivergingCopyStopsAloneAndSaysAtWhichEpoch(FxRobot robot) throws InterruptedException {
        frame(robot);
        robot.interact(() -> {
            // A linear network on squared error: too large a step makes it grow without bound.
            vm.activationProperty().set(Activation.LINEAR);
            vm.lossProperty().set("mse");
            vm.optimizers().select(java.util.Map.of("sgd", 50.0, "adam", 1e-3));
            vm.epochsProperty().set(30);
            vm.train();
        });
        trainToTheEnd(robot);
        RunResult sgd = vm.resultsProperty().get().get(0);
        RunResult adam = vm.resultsProperty().get().get(1);
        assertEquals(downhill.engine.train.TrainingState.DIVERGED, sgd.state());
        assertTrue(sgd.message().startsWith("diverged at epoch "), sgd.message());
        assertEquals(30, adam.history().epochs(), "the others go on");
        assertTrue(robot.lookup(".table-cell").queryAll().stream().anyMatch(cell -> cell instanceof
                javafx.scene.control.Labeled l && l.getText() != null && l.getText().startsWith("diverged at")));
    }

    @Test
    void theFxThreadIsNeverBlockedForLongWhileTwoNetworksTrain(FxRobot robot) throws InterruptedException {
        frame(robot);
        AtomicLong longest = new AtomicLong();
        AnimationTimer pulses = longestGap(longest);
        robot.interact(() -> {
            vm.epochsProperty().set(200);
            pulses.start();
            vm.train();
        });
        assertTrue(vm.awaitTraining(30_000));
        Thread.sleep(300); // the last pictures and refreshes
        robot.interact(pulses::stop);
        assertEquals(200, vm.resultsProperty().get().get(0).history().epochs());
        double millis = longest.get() / 1e6;
        assertTrue(millis < 100, "two networks training: the longest gap between pulses was " + millis + " ms");
    }

    @Test
    void noPulseGapOver100MillisecondsWhileSixNetworksTrainAndASliderIsDragged(FxRobot robot)
            throws InterruptedException {
        // The classroom case: six copies training in the background while the teacher drags a learning rate on the
        // landscape tab, which recomputes the race and redraws on every move.
        frame(robot);
        robot.interact(() -> {
            vm.optimizers().select(java.util.Map.of("adam", 1e-3, "momentum", 1e-2, "rmsprop", 1e-3, "adamw",
                    1e-3, "nadam", 2e-3, "sgd", 1e-1));
            vm.epochsProperty().set(5000);
        });
        TabPane tabs = robot.lookup("#tabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(0));
        javafx.scene.Node landscape = tabs.getTabs().get(0).getContent();
        robot.clickOn(robot.from(landscape).lookup("#expand-adam").queryAs(javafx.scene.Node.class));
        javafx.scene.control.Slider slider = robot.from(landscape).lookup("#optimizer-adam")
                .lookup("#slider-lr").queryAs(javafx.scene.control.Slider.class);
        double rateBefore = context.landscape().optimizers().get("adam").learningRateProperty().get();
        AtomicLong longest = new AtomicLong();
        AnimationTimer pulses = longestGap(longest);
        robot.interact(vm::train);
        waitUntil(() -> epochs(0) >= 2);
        robot.interact(pulses::start);
        javafx.scene.Node thumb = slider.lookup(".thumb");
        robot.drag(thumb, javafx.scene.input.MouseButton.PRIMARY);
        for (int i = 0; i < 30; i++) {
            robot.moveBy(4, 0);
        }
        for (int i = 0; i < 30; i++) {
            robot.moveBy(-3, 0);
        }
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        Thread.sleep(200);
        robot.interact(pulses::stop);
        int trained = epochs(0);
        robot.interact(vm::reset);
        assertTrue(trained > 2 && trained < 5000, "the networks were training all along (" + trained + " epochs)");
        assertTrue(context.landscape().optimizers().get("adam").learningRateProperty().get() != rateBefore,
                "the drag moved Adam's learning rate");
        double millis = longest.get() / 1e6;
        assertTrue(millis < 100, "six networks and a drag: the longest gap between pulses was " + millis + " ms");
    }

    @Test
    void aHiddenTabDrawsNoPicturesAndCatchesUpWhenShown(FxRobot robot) throws InterruptedException {
        frame(robot);
        TabPane tabs = robot.lookup("#tabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.interact(() -> {
            vm.epochsProperty().set(40);
            vm.train();
        });
        assertTrue(vm.awaitTraining(30_000));
        Thread.sleep(400); // the window's own frames take the results
        var hiddenPictures = vm.boundariesProperty().get();
        Thread.sleep(800); // more than two picture intervals
        assertFalse(vm.shownProperty().get(), "the controller says the tab is hidden");
        assertSame(hiddenPictures, vm.boundariesProperty().get(), "no decision boundaries drawn for a hidden tab");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        waitUntil(() -> vm.boundariesProperty().get() != hiddenPictures);
        assertTrue(vm.shownProperty().get());
        assertEquals(2, vm.boundariesProperty().get().size(), "shown again, the pictures catch up");
    }

    /** A timer that keeps in {@code longest} the longest gap between two JavaFX pulses it saw, in nanoseconds. */
    private static AnimationTimer longestGap(AtomicLong longest) {
        AtomicLong last = new AtomicLong();
        return new AnimationTimer() {
            @Override
            public void handle(long now) {
                long before = last.getAndSet(now);
                if (before != 0) {
                    longest.accumulateAndGet(now - before, Math::max);
                }
            }
        };
    }
}
