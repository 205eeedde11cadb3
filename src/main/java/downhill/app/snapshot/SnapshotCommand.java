package downhill.app.snapshot;

import downhill.app.AppContext;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.app.optimizers.RangeTestViewModel;
import downhill.app.DownhillApplication;
import downhill.app.concurrent.BackgroundExecutors;
import downhill.app.landscape.LandscapeViewModel;
import downhill.app.landscape.Layout;
import downhill.app.layout.LayoutReport;
import downhill.app.network.DrawingViewModel;
import downhill.app.network.NetworkViewModel;
import downhill.app.presentation.Preferences;
import downhill.app.presentation.PreferencesStore;
import downhill.app.presentation.Theme;
import downhill.cli.PictureArguments;
import downhill.cli.RaceOptions;
import downhill.engine.MemoryBudget;
import downhill.engine.WholeFiles;
import downhill.engine.data.BatchSize;
import downhill.engine.data.CsvLoader;
import downhill.engine.data.DrawnPoints;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.slice.DirectionKind;
import downhill.experiment.Experiment;
import downhill.experiment.Preset;
import downhill.experiment.Presets;
import downhill.render.PictureFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javafx.stage.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code snapshot}: opens the real window, sets it up as told, advances to a step and writes a PNG of the whole
 * window, then exits. For the docs' screenshots and for checking what the window shows.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Open the window, set it up, advance to a step (or train a network), and save a PNG of the "
                + "whole window. Learning rates per optimizer as --lr-NAME F, e.g. --lr-adam 0.05.")
public final class SnapshotCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RaceOptions race;

    @Option(names = "--step", paramLabel = "N", defaultValue = "200", description = "The step to show.")
    private int step;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "500", description = "The step limit.")
    private int stepLimit;

    @Option(names = "--layout", paramLabel = "overlay|grid|map", defaultValue = "overlay")
    private String layout;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x1000", description = "Window size in pixels.")
    private String size;

    @Option(names = "--open", paramLabel = "NAME", description = "Open this optimizer's hyperparameter editor.")
    private String open;

    @Option(names = "--view", paramLabel = "2d|3d|slice|slice-3d|diagram|layers", defaultValue = "2d",
            description = "The overlay as a heatmap (2d) or a 3-D surface (3d); on the network tab, the decision "
                    + "boundaries (2d), the loss landscape (slice, or slice-3d as a surface), the network "
                    + "diagram (diagram) or the layers' histograms beside the gradient flow (layers).")
    private String view;

    @Option(names = "--stage", paramLabel = "N", defaultValue = "0",
            description = "Network diagram: the backprop stepper's stage, 0 = the input (default: 0).")
    private int diagramStage;

    @Option(names = "--gradient-colours", description = "Network diagram: colour the units by log10|delta|.")
    private boolean gradientColours;

    @Option(names = "--most-wrong", description = "Network diagram: the training sample the network gets most wrong.")
    private boolean mostWrong;

    @Option(names = "--directions", paramLabel = "pca|random", defaultValue = "pca",
            description = "Network tab, --view slice: the plane's directions (default: pca).")
    private String directions;

    @Option(names = "--batch-size", paramLabel = "N|all", defaultValue = "all",
            description = "A model on data: samples per step (default: all).")
    private String batchSize;

    @Option(names = "--batch-surface", description = "A model on data: show the loss of the current step's batch.")
    private boolean batchSurface;

    @Option(names = "--range-test", paramLabel = "NAME", description = "Open the learning-rate range test of this "
            + "optimizer (and the ticked ones) over the window and picture both.")
    private String rangeTest;

    @Option(names = "--inspect", paramLabel = "NAME", description = "Open the step inspector on this optimizer.")
    private String inspect;

    @Option(names = "--tab", paramLabel = "landscape|network", defaultValue = "landscape",
            description = "The tab to picture.")
    private String tab;

    @Option(names = "--data", paramLabel = "NAME|FILE", defaultValue = "moons",
            description = "Network tab: a generator (moons, circles, blobs, xor, spiral, gaussian) or a CSV file.")
    private String data;

    @Option(names = "--drawn", paramLabel = "FILE.csv",
            description = "Network tab: these points (x1,x2,label, within -3 to 3) as if drawn by hand (\"Drawn\").")
    private Path drawn;
    private DrawnPoints drawnPoints;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "300",
            description = "Network tab: epochs to train before the picture.")
    private int epochs;

    @Option(names = "--theme", paramLabel = "light|dark|high-contrast", defaultValue = "light")
    private String theme;

    @Option(names = "--scale", paramLabel = "PERCENT", defaultValue = "100", description = "UI scale: 100, 125, 150 "
            + "or 200.")
    private int scale;

    @Option(names = "--language", paramLabel = "en|de", defaultValue = "en")
    private String language;

    @Option(names = "--hide-controls", description = "Only the landscape, the timeline and the play button.")
    private boolean hideControls;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "Open this scenario (see 'presets'), its teaching note showing, before the picture.")
    private String preset;

    @Option(names = "--out", paramLabel = "FILE.png", required = true)
    private Path out;

    @Option(names = "--layout-report", description = "After the picture, print each elided text control "
            + "(elided: ...), each pair of overlapping texts (overlap: a / b) and a last line "
            + "layout: plot=WxH window=WxH elided=N overlaps=M.")
    private boolean layoutReport;

    /** The window's layout as it was pictured, read on the FX thread before the window closes. */
    private volatile LayoutReport report;

    @Unmatched
    private List<String> learningRates = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Settings settings = validate();
        try {
            // The folder is made and the file checked before the window starts, so a bad --out costs nothing.
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                Files.createDirectories(parent);
            }
            WholeFiles.check(out);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + out + ": " + PictureFiles.reason(out, e));
        }
        WritableImage image = capture(settings);
        try {
            PictureFiles.writePng(SwingFXUtils.fromFXImage(image, null), out);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + out + ": " + PictureFiles.reason(out, e));
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + (int) image.getWidth() + "×"
                + (int) image.getHeight() + ")");
        if (layoutReport) {
            report.lines().forEach(spec.commandLine().getOut()::println);
        }
        return 0;
    }

    /** Everything checked before the toolkit starts, so bad input never opens a window. */
    private record Settings(Objective objective, Map<String, Double> rates, Point start, Layout layout, int width,
            int height, boolean surface, boolean network, Path csv, Preferences looks) {
    }

    private Settings validate() {
        if (preset != null && !Presets.names().contains(preset)) {
            try {
                Presets.byName(preset);
            } catch (IllegalArgumentException e) {
                throw usage("--preset: " + e.getMessage());
            }
        }
        // The picker's own instance, so that the picker shows it chosen.
        Objective objective = LandscapeViewModel.pickerFunction(race.function().strip()).orElseGet(race::objective);
        boolean network = switch (tab) {
            case "landscape" -> false;
            case "network" -> true;
            default -> throw usage("--tab must be landscape or network, got '" + tab + "'");
        };
        Path csv = network ? dataFile() : null;
        drawnPoints = network && drawn != null ? drawnFile() : null;
        if (network && (epochs < 1 || epochs > 100_000)) {
            throw usage("--epochs must be a whole number from 1 to 100,000, got " + epochs);
        }
        Map<String, Double> rates = network && !spec.commandLine().getParseResult().hasMatchedOption("--optimizers")
                ? race.learningRates(List.of("adam", "momentum"), learningRates) : race.learningRates(learningRates);
        Point from = race.start(objective);
        Layout chosen = switch (layout) {
            case "overlay" -> Layout.OVERLAY;
            case "grid" -> Layout.GRID;
            case "map" -> Layout.MAP;
            default -> throw usage("--layout must be overlay, grid or map, got '" + layout + "'");
        };
        int[] wh = PictureArguments.size(size, 640, 400, 8000, 8000);
        int width = wh[0];
        int height = wh[1];
        requireFits(MemoryBudget.ofThisJvm(), width, height);
        if (stepLimit < 1 || step < 0 || step > stepLimit) {
            throw usage("--step must be between 0 and --steps (" + stepLimit + "), got " + step);
        }
        if (open != null) {
            Optimizers.byName(open);
        }
        if (BatchSize.parse(batchSize).isEmpty()) {
            throw usage("--batch-size must be 'all' or a whole number ≥ 1, got '" + batchSize + "'");
        }
        boolean slice = view.equals("slice") || view.equals("slice-3d") || view.equals("diagram")
                || view.equals("layers");
        if (slice && !network) {
            throw usage("--view " + view + " pictures the network tab's "
                    + (view.equals("diagram") ? "diagram" : view.equals("layers") ? "layers"
                    : "loss landscape") + "; add --tab network");
        }
        if (network) {
            try {
                DirectionKind.parse(directions);
            } catch (IllegalArgumentException e) {
                throw usage("--directions must be pca or random, got '" + directions + "'");
            }
        }
        boolean surface = switch (view) {
            case "2d", "slice", "slice-3d", "diagram", "layers" -> false;
            case "3d" -> true;
            default -> throw usage("--view must be 2d, 3d, slice, slice-3d, diagram or layers, got '" + view + "'");
        };
        if (surface && chosen != Layout.OVERLAY) {
            throw usage("--view 3d shows the overlay layout; it does not go with --layout " + layout);
        }
        if (inspect != null) {
            Optimizers.byName(inspect);
            if (!rates.containsKey(inspect)) {
                throw usage("--inspect names an optimizer not in --optimizers (" + String.join(",", rates.keySet())
                        + ")");
            }
        }
        Preferences looks;
        try {
            looks = Preferences.DEFAULTS.withTheme(Theme.fromId(theme)).withScale(scale)
                    .withLanguage(Locale.forLanguageTag(language));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return new Settings(objective, rates, from, chosen, width, height, surface, network, csv, looks);
    }

    /**
     * Heap bytes per pixel of the window: its software back buffer, the scene's snapshot, the AWT copy for the PNG
     * and the canvases' pictures. Measured with the jar: 3000×2000 runs out of memory in a 320 MB heap and fits in
     * 480 MB.
     */
    static final double BYTES_PER_PIXEL = 60;

    /** Refuses, before the toolkit starts, a window of {@code width}×{@code height} that would not fit the heap. */
    static void requireFits(MemoryBudget budget, int width, int height) {
        budget.require("--size " + width + "x" + height, (long) width * height, pixels -> BYTES_PER_PIXEL * pixels,
                " pixels");
    }

    /** Null for a generator; the file for a CSV, loaded once here so that a bad one is an error line. */
    private Path dataFile() {
        if (NetworkViewModel.GENERATORS.contains(data)) {
            return null;
        }
        Path file = Path.of(data);
        if (!Files.isRegularFile(file)) {
            throw usage("--data must be a generator (" + String.join(", ", NetworkViewModel.GENERATORS)
                    + ") or a CSV file; '" + data + "' is neither");
        }
        try {
            CsvLoader.load(file);
        } catch (IllegalArgumentException e) {
            throw usage("--data: " + e.getMessage());
        }
        return file;
    }

    /** The --drawn file's points, read once here so that a bad file is an error line. */
    private DrawnPoints drawnFile() {
        try {
            return DrawnPoints.of(CsvLoader.load(drawn),
                    DrawingViewModel.PLANE.xMax());
        } catch (IllegalArgumentException e) {
            throw usage("--drawn: " + e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private WritableImage capture(Settings settings) throws Exception {
        CompletableFuture<WritableImage> result = new CompletableFuture<>();
        // A scenario sets up its own tab (a network one trains as Train would): --tab network does not replace it.
        Runnable work = settings.network() && preset == null ? () -> captureNetwork(settings, result) : () -> {
            try {
                Stage stage = new Stage();
                AppContext context = context(settings);
                LandscapeViewModel vm = context.landscape();
                vm.choose(settings.objective());
                vm.optimizers().select(settings.rates());
                vm.startProperty().set(settings.start());
                vm.stepLimitProperty().set(stepLimit);
                vm.chooseBatchSize(batchSize);
                vm.batchSurfaceProperty().set(batchSurface);
                vm.layoutProperty().set(settings.layout());
                vm.surface().shownProperty().set(settings.surface());
                if (inspect != null) {
                    vm.inspector().inspectedProperty().set(inspect);
                    vm.inspector().openProperty().set(true);
                }
                Scene scene = DownhillApplication.show(stage, context, settings.width(), settings.height());
                if (preset != null) {
                    Preset chosen = Presets.byName(preset);
                    context.experiment().openPreset(chosen);
                    if (chosen.experiment().activeTab() == Experiment.Tab.NETWORK) {
                        // A network scenario is pictured trained, as the class sees it after pressing Train.
                        context.network().onFrame(1); // takes the scenario's data
                        if (view.equals("layers")) {
                            context.networkController().showLayers(true);
                        }
                        context.network().train();
                        settleNetwork(scene, context, 8, () -> finish(context, true, scene, stage, result));
                        return;
                    }
                }
                vm.currentStepProperty().set(step);
                if (open != null && scene.lookup("#expand-" + open) instanceof ToggleButton expand) {
                    expand.setSelected(true);
                }
                settle(scene, vm, 12, () -> finish(context, false, scene, stage, result));
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
            return result.get(SETTLE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // Said in one line like bad input (exit 2): nothing the user gave was wrong, but nothing was written.
            throw new IllegalArgumentException("the window did not finish drawing within " + SETTLE_SECONDS
                    + " s; nothing was written (a busy machine? try again, or a smaller --size or --epochs)");
        }
    }

    /** How long the window may take to train, draw and settle before the snapshot gives up. */
    private static final int SETTLE_SECONDS = 60;

    /** A context with the looks asked for, kept in a file of its own: a snapshot leaves the user's alone. */
    private AppContext context(Settings settings) {
        try {
            Path folder = Files.createTempDirectory("downhill-snapshot");
            folder.toFile().deleteOnExit();
            PreferencesStore store = new PreferencesStore(folder.resolve(PreferencesStore.FILE_NAME));
            store.save(settings.looks());
            store.file().toFile().deleteOnExit();
            AppContext context = new AppContext(BackgroundExecutors.sameThread(), BackgroundExecutors.sameThread(),
                    store);
            context.presentation().controlsHiddenProperty().set(hideControls);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trains the network tab's copies synchronously, then pictures the tab. */
    private void captureNetwork(Settings settings, CompletableFuture<WritableImage> result) {
        try {
            Stage stage = new Stage();
            AppContext context = context(settings);
            NetworkViewModel vm = context.network();
            if (drawnPoints != null) {
                vm.drawing().replace(drawnPoints, false);
                vm.useDrawing();
            } else if (settings.csv() != null) {
                vm.loadCsv(settings.csv());
            } else {
                vm.generatorProperty().set(data);
            }
            vm.optimizers().select(settings.rates());
            vm.epochsProperty().set(epochs);
            vm.lossLandscape().directionsProperty().set(DirectionKind.parse(directions));
            vm.onFrame(1);
            Scene scene = DownhillApplication.show(stage, context, settings.width(), settings.height());
            if (scene.lookup("#tabs") instanceof TabPane tabs) {
                tabs.getSelectionModel().select(1);
            }
            context.networkController().showLossLandscape(view.startsWith("slice"));
            if (view.equals("diagram")) {
                context.networkController().showDiagram(true);
            }
            context.networkController().showLayers(view.equals("layers"));
            vm.lossLandscape().surface().shownProperty().set(view.equals("slice-3d"));
            vm.train();
            settleNetwork(scene, context, 8, () -> finish(context, true, scene, stage, result));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    /**
     * With --range-test, opens the tab's range test dialog, lets it lay out and draw, and pictures it centred over
     * the window, as it opens there; otherwise pictures the window.
     */
    private void finish(AppContext context, boolean network, Scene scene, Stage stage,
            CompletableFuture<WritableImage> result) {
        if (rangeTest == null) {
            finish(scene, stage, result);
            return;
        }
        try {
            OptimizerListViewModel optimizers = network ? context.network().optimizers()
                    : context.landscape().optimizers();
            RangeTestViewModel test = optimizers.rangeTest();
            test.open(optimizers.get(rangeTest));
            test.onFrame();
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        Platform.runLater(() -> Platform.runLater(() -> {
            Scene dialog = Window.getWindows().stream().filter(w -> w != stage && w.isShowing())
                    .map(Window::getScene).filter(d -> d != null && d.lookup("#range-chart") != null).findFirst()
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
            if (layoutReport) {
                report = LayoutReport.of(dialog);
            }
            result.complete(under);
            stage.close();
        }));
    }

    /** Pictures the window (and reads its layout when asked), then closes it. */
    private void finish(Scene scene, Stage stage, CompletableFuture<WritableImage> result) {
        WritableImage image = scene.snapshot(null);
        if (layoutReport) {
            report = LayoutReport.of(scene);
        }
        result.complete(image);
        stage.close();
    }

    private void settleNetwork(Scene scene, AppContext context, int pulses, Runnable then) {
        if (pulses == 4 && mostWrong) {
            context.network().diagram().mostWrongSample();
        }
        if (pulses == 1) {
            var diagram = context.network().diagram();
            diagram.stageProperty().set(Math.max(0, Math.min(diagramStage, diagram.stageCount() - 1)));
            diagram.gradientColoursProperty().set(gradientColours);
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
    private static void settle(Scene scene, LandscapeViewModel vm, int pulses, Runnable then) {
        if (pulses == 0) {
            then.run();
            return;
        }
        vm.invalidate();
        Platform.runLater(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            vm.onFrame(0);
            settle(scene, vm, pulses - 1, then);
        });
    }
}
