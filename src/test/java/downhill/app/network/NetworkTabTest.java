package downhill.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import downhill.engine.train.TrainingState;
import downhill.testing.Poll;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
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
import org.testfx.util.WaitForAsyncUtils;

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
        robot.interact(vm.training()::reset);
        training.shutdownNow();
        background.shutdownNow();
    }

    /** Waits for background work, then refreshes and draws on the FX thread. */
    private void frame(FxRobot robot) {
        Poll.until(
                () -> vm.data().dataProperty().get() != null,
                () -> robot.interact(() -> {
                    vm.onFrame(1);
                    context.networkController().redraw();
                }),
                "the data is prepared");
    }

    private void trainToTheEnd(FxRobot robot) throws InterruptedException {
        assertTrue(vm.session().await(TimeUnit.SECONDS.toMillis(Poll.DEADLINE_SECONDS)), "training ended");
        frame(robot);
    }

    @Test
    void trainingTwoOptimizersDrawsTheirCurvesBoundariesAndResults(FxRobot robot) throws InterruptedException {
        frame(robot);
        robot.interact(() -> vm.trainingSettings().epochsProperty().set(20));
        robot.clickOn("#trainButton");
        trainToTheEnd(robot);
        List<RunProgress> results = vm.session().resultsProperty().get();
        assertEquals(
                List.of("momentum", "adam"),
                results.stream().map(RunProgress::name).toList());
        for (RunProgress r : results) {
            assertEquals(20, r.history().epochs(), r.name());
        }
        SeriesChart loss = robot.lookup("#loss-chart").query();
        assertEquals(4, loss.series().size(), "train and test loss per optimizer");
        assertEquals(20, loss.series().get(0).values().length);
        assertEquals(
                4,
                ((SeriesChart) robot.lookup("#accuracy-chart").query()).series().size());
        assertEquals(
                2,
                ((SeriesChart) robot.lookup("#gradient-chart").query()).series().size());
        assertEquals(
                2,
                robot.lookup(".table-row-cell").queryAll().stream()
                        .filter(row -> ((javafx.scene.control.TableRow<?>) row).getItem() != null)
                        .count());
        Poll.until(
                () -> vm.boundaries().picturesProperty().get().size() >= 2,
                () -> frame(robot),
                "the decision boundaries");
        assertEquals(2, vm.boundaries().picturesProperty().get().size(), "a decision boundary per optimizer");
        assertNotNull(vm.boundaries().picturesProperty().get().get(1));
    }

    @Test
    void pauseHoldsTheCopiesAndResetClearsTheCurves(FxRobot robot) {
        // How pausing and stepping count epochs is NetworkViewModelTest's; here, what the window shows of it.
        frame(robot);
        robot.interact(() -> vm.trainingSettings().epochsProperty().set(5000));
        robot.clickOn("#trainButton");
        waitUntil(() -> epochs(0) >= 3);
        robot.interact(vm.training()::pause);
        waitUntil(() -> vm.session().resultsProperty().get().stream().allMatch(r -> r.state() == TrainingState.PAUSED));
        frame(robot);
        assertEquals(TrainingSession.Phase.PAUSED, vm.session().phaseProperty().get());
        assertFalse(((SeriesChart) robot.lookup("#loss-chart").query()).series().isEmpty(), "the curves so far");
        robot.interact(vm.training()::reset);
        frame(robot);
        assertTrue(vm.session().resultsProperty().get().isEmpty());
        assertTrue(((SeriesChart) robot.lookup("#loss-chart").query()).series().isEmpty(), "the curves are cleared");
    }

    private int epochs(int run) {
        List<RunProgress> results = vm.session().resultsProperty().get();
        // The view-model refreshes on frames; read the engine's newest records through a fresh frame's results.
        return results.isEmpty() ? 0 : results.get(run).history().epochs();
    }

    /** Frames of the window (the view-model takes the newest results) until the condition holds. */
    private void waitUntil(BooleanSupplier condition) {
        Poll.until(
                condition,
                () -> {
                    Platform.runLater(() -> vm.onFrame(1));
                    WaitForAsyncUtils.waitForFxEvents();
                },
                "the network tab");
    }

    @Test
    void aBadCsvShowsItsErrorInRedAndKeepsThePreviousData(FxRobot robot, @TempDir Path dir) throws Exception {
        frame(robot);
        PreparedData before = vm.data().dataProperty().get();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x1,x2,label\n0.1,0.2,0\n0.3,0.4\n");
        robot.interact(() -> vm.data().loadCsv(bad));
        waitUntil(() -> !vm.data().dataErrorProperty().get().isEmpty());
        assertTrue(
                vm.data().dataErrorProperty().get().contains("bad.csv: row 3 has 2 columns"),
                vm.data().dataErrorProperty().get());
        assertSame(before, vm.data().dataProperty().get(), "the previous data stays");
        Label error = robot.lookup(".problem")
                .match(n -> ((Label) n).getText().contains("bad.csv"))
                .query();
        assertTrue(error.isVisible());
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "x1,x2,label\n" + "0,0,0\n1,1,1\n".repeat(10));
        robot.interact(() -> vm.data().loadCsv(good));
        waitUntil(() -> vm.data().dataProperty().get() != before);
        assertEquals("", vm.data().dataErrorProperty().get());
        assertEquals(good, vm.data().csvProperty().get());
    }

    @Test
    void aLargeCsvIsSampledWithAWarningInTheDataPanel(FxRobot robot, @TempDir Path dir) throws Exception {
        frame(robot);
        Path large = dir.resolve("large.csv");
        StringBuilder text = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < CsvLoader.ROW_CAP + 500; i++) {
            text.append(i % 7)
                    .append(',')
                    .append(i % 11)
                    .append(',')
                    .append(i % 2)
                    .append('\n');
        }
        Files.writeString(large, text);
        robot.interact(() -> vm.data().loadCsv(large));
        waitUntil(() -> large.equals(vm.data().csvProperty().get()));
        assertEquals(
                "large.csv: 20,500 rows; using a random 20,000",
                vm.data().dataWarningProperty().get());
        Label warning = robot.lookup(".data-warning").queryAs(Label.class);
        assertEquals(vm.data().dataWarningProperty().get(), warning.getText());
        assertTrue(warning.isVisible() && warning.isManaged());
        Path small = dir.resolve("small.csv");
        Files.writeString(small, "x1,x2,label\n" + "0,0,0\n1,1,1\n".repeat(10));
        robot.interact(() -> vm.data().loadCsv(small));
        waitUntil(() -> small.equals(vm.data().csvProperty().get()));
        assertEquals("", vm.data().dataWarningProperty().get());
        assertTrue(!warning.isManaged(), "an empty warning takes no room");
    }

    @Test
    void invalidHiddenSizesTurnRedAndAreNotApplied(FxRobot robot) {
        TextField hidden = robot.lookup("#hiddenField").queryAs(TextField.class);
        robot.interact(() -> hidden.setText("64,x"));
        assertTrue(hidden.getStyleClass().contains("invalid"));
        assertTrue(
                hidden.getTooltip().getText().contains("'x' is not one"),
                hidden.getTooltip().getText());
        assertEquals(List.of(64, 64), vm.shape().hiddenSizesProperty().get());
        robot.interact(() -> hidden.setText("16,8"));
        assertEquals(List.of(16, 8), vm.shape().hiddenSizesProperty().get());
        robot.interact(vm.shape()::addLayer);
        assertEquals("16,8,8", hidden.getText());
    }

    @Test
    void vanishingGradientsShowsTheFirstSigmoidLayerFarBelowTheOutputThenReluDoesNot(FxRobot robot)
            throws InterruptedException {
        frame(robot);
        robot.interact(() -> {
            vm.trainingSettings().epochsProperty().set(1);
            vm.shape().toggleVanishingGradients();
        });
        assertEquals(Activation.SIGMOID, vm.shape().activationProperty().get());
        assertEquals(NetworkShape.DEEP_NARROW, vm.shape().hiddenSizesProperty().get());
        robot.interact(vm.training()::train);
        trainToTheEnd(robot);
        assertTrue(firstToLast() < 1e-4, "sigmoid: " + firstToLast());
        robot.interact(vm.shape()::toggleVanishingGradients);
        assertEquals(Activation.RELU, vm.shape().activationProperty().get());
        robot.interact(vm.training()::train);
        trainToTheEnd(robot);
        assertTrue(firstToLast() > 1e-2, "ReLU: " + firstToLast());
    }

    private double firstToLast() {
        HistorySnapshot h = vm.session().resultsProperty().get().get(0).history();
        return h.gradientNorm(0, 0) / h.gradientNorm(0, h.layerCount() - 1);
    }

    @Test
    void aDivergingCopyStopsAloneAndSaysAtWhichEpoch(FxRobot robot) throws InterruptedException {
        frame(robot);
        robot.interact(() -> {
            // A linear network on squared error: too large a step makes it grow without bound.
            vm.shape().activationProperty().set(Activation.LINEAR);
            vm.shape().lossProperty().set("mse");
            vm.optimizers().select(java.util.Map.of("sgd", 50.0, "adam", 1e-3));
            vm.trainingSettings().epochsProperty().set(30);
            vm.training().train();
        });
        trainToTheEnd(robot);
        RunProgress sgd = vm.session().resultsProperty().get().get(0);
        RunProgress adam = vm.session().resultsProperty().get().get(1);
        assertEquals(downhill.engine.train.TrainingState.DIVERGED, sgd.state());
        assertTrue(sgd.message().startsWith("diverged at epoch "), sgd.message());
        assertEquals(30, adam.history().epochs(), "the others go on");
        assertTrue(robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(cell -> cell instanceof javafx.scene.control.Labeled l
                        && l.getText() != null
                        && l.getText().startsWith("diverged at")));
    }

    @Test
    void theTabSaysWhetherItShowsAndItsPicturesCatchUpWhenShownAgain(FxRobot robot) {
        // That a hidden tab asks for no pictures at all is counted in NetworkViewModelTest; here, that the window
        // tells the view-model when the tab is hidden and shown.
        frame(robot);
        TabPane tabs = robot.lookup("#tabs").query();
        assertTrue(vm.shownProperty().get());
        robot.interact(() -> tabs.getSelectionModel().select(0));
        assertFalse(vm.shownProperty().get(), "the controller says the tab is hidden");
        robot.interact(() -> {
            vm.trainingSettings().epochsProperty().set(40);
            vm.training().train();
        });
        waitUntil(() -> vm.session().phaseProperty().get() == TrainingSession.Phase.DONE);
        var hiddenPictures = vm.boundaries().picturesProperty().get();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertTrue(vm.shownProperty().get());
        waitUntil(() -> vm.boundaries().picturesProperty().get() != hiddenPictures
                && vm.boundaries().picturesProperty().get().size() == 2
                && vm.boundaries().picturesProperty().get().get(1) != null);
        assertEquals(2, vm.boundaries().picturesProperty().get().size(), "shown again, the pictures catch up");
    }
}
