package downhill.snapshot;

import downhill.app.AppContext;
import downhill.app.DownhillApplication;
import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.landscape.LandscapeViewModel;
import downhill.app.layout.LayoutReport;
import downhill.app.lesson.LessonViewModel;
import downhill.app.network.NetworkViewModel;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.RangeTestViewModel;
import downhill.app.presentation.PreferencesStore;
import downhill.engine.Numbers;
import downhill.experiment.Answer;
import downhill.experiment.Experiment;
import downhill.experiment.Preset;
import downhill.experiment.Presets;
import downhill.experiment.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The snapshot's window: opened on the FX thread with its own preferences file (the user's stay untouched), set up as
 * the {@link Settings} say, trained or advanced, settled for a few pulses and pictured, then closed.
 */
final class WindowCapture {

    /** The picture and, when asked, the window's layout as it was pictured. */
    record Picture(WritableImage image, LayoutReport report) {}

    private final Settings settings;
    private final Settings.Race race;
    private final Settings.Network net;
    /** The window's layout as it was pictured, read on the FX thread before the window closes. */
    private volatile LayoutReport report;

    WindowCapture(Settings settings) {
        this.settings = settings;
        this.race = settings.race();
        this.net = settings.network();
    }

    /** Opens the window on the FX thread (starting the toolkit if needed), sets it up and pictures it. */
    Picture capture() throws Exception {
        CompletableFuture<WritableImage> result = new CompletableFuture<>();
        // A scenario sets up its own tab (a network one trains as Train would): --tab network does not replace it.
        Runnable work = settings.networkTab() && settings.preset() == null
                ? () -> captureNetwork(result)
                : () -> {
                    try {
                        Stage stage = new Stage();
                        AppContext context = context();
                        LandscapeViewModel vm = context.landscape();
                        vm.choose(race.objective());
                        vm.optimizers().select(race.rates());
                        vm.startProperty().set(race.start());
                        vm.stepLimitProperty().set(race.stepLimit());
                        vm.chooseBatchSize(race.batchSize());
                        vm.batchSurfaceProperty().set(race.batchSurface());
                        vm.layoutProperty().set(race.layout());
                        vm.surface().shownProperty().set(race.surface());
                        if (race.inspect() != null) {
                            vm.inspector().inspectedProperty().set(race.inspect());
                            vm.inspector().openProperty().set(true);
                        }
                        Scene scene = DownhillApplication.show(
                                stage,
                                context,
                                settings.looks().width(),
                                settings.looks().height());
                        if (settings.preset() != null) {
                            Preset chosen = Presets.byName(settings.preset());
                            context.experiment().openPreset(chosen);
                            LessonViewModel lesson = context.experiment().lesson();
                            if (settings.lesson() != null) {
                                answer(lesson, settings.lesson());
                            }
                            // A question still open holds the race and the training until Reveal.
                            if (context.experiment().activeTabProperty().get() == Experiment.Tab.NETWORK
                                    && !lesson.askingProperty().get()) {
                                // A network scenario is pictured trained, as the class sees it after pressing Train.
                                context.network().onFrame(1); // takes the scenario's data
                                if (settings.network().view().equals("layers")) {
                                    context.networkController().showLayers(true);
                                }
                                context.network().training().train();
                                settleNetwork(scene, context, 8, () -> finish(context, true, scene, stage, result));
                                return;
                            }
                        }
                        // A lesson's Reveal plays the race: the picture is still at --step.
                        vm.playingProperty().set(false);
                        vm.currentStepProperty().set(race.step());
                        if (race.open() != null
                                && scene.lookup("#expand-" + race.open()) instanceof ToggleButton expand) {
                            expand.setSelected(true);
                        }
                        settle(scene, context, 12, () -> finish(context, false, scene, stage, result));
                    } catch (RuntimeException e) {
                        result.completeExceptionally(e);
                    }
                };
        // Closing the snapshot's window must not end the toolkit: in tests it is shared with the TestFX windows
        // that come after, whatever order the test classes run in. The CLI exits through System.exit.
        Platform.setImplicitExit(false);
        Runnable guarded = () -> {
            // An error in a later pulse (out of memory in the back buffer) ends the wait at once, not at the timeout.
            Thread fx = Thread.currentThread();
            Thread.UncaughtExceptionHandler before = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler((thread, failure) -> result.completeExceptionally(failure));
            result.whenComplete((image, failure) -> Platform.runLater(() -> fx.setUncaughtExceptionHandler(before)));
            work.run();
        };
        try {
            Platform.startup(guarded);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(guarded);
        }
        try {
            return new Picture(result.get(SETTLE_SECONDS, TimeUnit.SECONDS), report);
        } catch (TimeoutException e) {
            // Said in one line like bad input (exit 2): nothing the user gave was wrong, but nothing was written.
            throw new IllegalArgumentException("the window did not finish drawing within " + SETTLE_SECONDS
                    + " s; nothing was written (a busy machine? try again, or a smaller --size or --epochs)");
        }
    }

    /** Goes to the lesson's step, gives the answers and the votes, and reveals, as the shot says. */
    private static void answer(LessonViewModel lesson, Settings.LessonShot shot) {
        for (int k = 1; k < shot.step(); k++) {
            lesson.next();
        }
        List<String> choices = lesson.choices();
        for (int i = 0; i < shot.votes().size(); i++) {
            lesson.count(choices.get(i), shot.votes().get(i));
        }
        if (shot.answer() != null) {
            Question question = lesson.question();
            if (question instanceof Question.Number) {
                lesson.answerNumber(shot.answer());
            } else if (question instanceof Question.Where) {
                String[] xy = shot.answer().split(",");
                lesson.markProperty().set(new Answer.Point(Numbers.parse(xy[0]), Numbers.parse(xy[xy.length - 1])));
            } else {
                lesson.pickProperty().set(shot.answer());
            }
        }
        if (shot.reveal()) {
            lesson.reveal();
        }
    }

    /** How long the window may take to train, draw and settle before the snapshot gives up. */
    private static final int SETTLE_SECONDS = 60;

    /** A context with the looks asked for, kept in a file of its own: a snapshot leaves the user's alone. */
    private AppContext context() {
        try {
            Path folder = Files.createTempDirectory("downhill-snapshot");
            folder.toFile().deleteOnExit();
            PreferencesStore store = new PreferencesStore(folder.resolve(PreferencesStore.FILE_NAME));
            store.save(settings.looks().preferences());
            store.file().toFile().deleteOnExit();
            AppContext context =
                    new AppContext(BackgroundExecutors.sameThread(), BackgroundExecutors.sameThread(), store);
            context.presentation().controlsHiddenProperty().set(settings.looks().hideControls());
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trains the network tab's copies synchronously, then pictures the tab. */
    private void captureNetwork(CompletableFuture<WritableImage> result) {
        try {
            Stage stage = new Stage();
            AppContext context = context();
            NetworkViewModel vm = context.network();
            if (net.drawn() != null) {
                vm.data().drawing().replace(net.drawn(), false);
                vm.data().useDrawing();
            } else if (net.csv() != null) {
                vm.data().loadCsv(net.csv());
            } else {
                vm.data().generatorProperty().set(net.generator());
            }
            vm.optimizers().select(race.rates());
            vm.trainingSettings().epochsProperty().set(net.epochs());
            vm.lossLandscape().directionsProperty().set(net.directions());
            vm.onFrame(1);
            Scene scene = DownhillApplication.show(
                    stage, context, settings.looks().width(), settings.looks().height());
            if (scene.lookup("#tabs") instanceof TabPane tabs) {
                tabs.getSelectionModel().select(1);
            }
            context.networkController().showLossLandscape(net.view().startsWith("slice"));
            if (net.view().equals("diagram")) {
                context.networkController().showDiagram(true);
            }
            context.networkController().showLayers(net.view().equals("layers"));
            vm.lossLandscape().surface().shownProperty().set(net.view().equals("slice-3d"));
            vm.training().train();
            settleNetwork(scene, context, 8, () -> finish(context, true, scene, stage, result));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    /**
     * With --range-test, opens the tab's range test dialog, lets it lay out and draw, and pictures it centred over
     * the window, as it opens there; otherwise pictures the window.
     */
    private void finish(
            AppContext context, boolean network, Scene scene, Stage stage, CompletableFuture<WritableImage> result) {
        if (settings.rangeTest() == null) {
            finish(scene, stage, result);
            return;
        }
        try {
            OptimizerListViewModel optimizers = network
                    ? context.network().optimizers()
                    : context.landscape().optimizers();
            RangeTestViewModel test = optimizers.rangeTest();
            test.open(optimizers.get(settings.rangeTest()));
            test.onFrame();
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        Platform.runLater(() -> Platform.runLater(() -> {
            Scene dialog = Window.getWindows().stream()
                    .filter(w -> w != stage && w.isShowing())
                    .map(Window::getScene)
                    .filter(d -> d != null && d.lookup("#range-chart") != null)
                    .findFirst()
                    .orElse(null);
            if (dialog == null) {
                result.completeExceptionally(new IllegalStateException("the range test dialog did not open"));
                return;
            }
            dialog.getRoot().applyCss();
            dialog.getRoot().layout();
            WritableImage under = scene.snapshot(null);
            WritableImage over = dialog.snapshot(null);
            int x0 = (int) Math.max(0, (under.getWidth() - over.getWidth()) / 2);
            int y0 = (int) Math.max(0, (under.getHeight() - over.getHeight()) / 2);
            int w = (int) Math.min(over.getWidth(), under.getWidth() - x0);
            int h = (int) Math.min(over.getHeight(), under.getHeight() - y0);
            under.getPixelWriter().setPixels(x0, y0, w, h, over.getPixelReader(), 0, 0);
            dialog.getWindow().hide();
            if (settings.report()) {
                report = LayoutReport.of(dialog);
            }
            result.complete(under);
            stage.close();
        }));
    }

    /** Pictures the window (and reads its layout when asked), then closes it. */
    private void finish(Scene scene, Stage stage, CompletableFuture<WritableImage> result) {
        WritableImage image = scene.snapshot(null);
        if (settings.report()) {
            report = LayoutReport.of(scene);
        }
        result.complete(image);
        stage.close();
    }

    private void settleNetwork(Scene scene, AppContext context, int pulses, Runnable then) {
        if (pulses == 4 && net.mostWrong()) {
            context.network().diagram().mostWrongSample();
        }
        if (pulses == 1) {
            var diagram = context.network().diagram();
            diagram.stageProperty().set(Math.max(0, Math.min(net.diagramStage(), diagram.stageCount() - 1)));
            diagram.gradientColoursProperty().set(net.gradientColours());
        }
        // A slice reshaped to the plot after layout is one more grid: wait for it (bounded by SETTLE_SECONDS).
        if (pulses == 0 && !context.network().lossLandscape().busy()) {
            then.run();
            return;
        }
        Platform.runLater(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            context.network().onFrame(1);
            context.networkController().redraw();
            settleNetwork(scene, context, Math.max(0, pulses - 1), then);
        });
    }

    /** Lets a few pulses pass, so that layout, the first results and the picture have all arrived. */
    private static void settle(Scene scene, AppContext context, int pulses, Runnable then) {
        if (pulses == 0) {
            then.run();
            return;
        }
        LandscapeViewModel vm = context.landscape();
        vm.invalidate();
        Platform.runLater(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            // Drawn here, not left to the window's frame loop: the loop may start later, or take the newest result
            // first and draw it before the last layout.
            vm.onFrame(0);
            context.landscapeController().redraw();
            settle(scene, context, pulses - 1, then);
        });
    }
}
