package downhill.app.export;

import downhill.app.i18n.Messages;
import downhill.app.landscape.LandscapeViewModel;
import downhill.app.landscape.RaceSnapshot;
import downhill.app.network.NetworkViewModel;
import downhill.app.network.RunProgress;
import downhill.engine.scene.LandscapeScene;
import downhill.engine.sweep.Sweep;
import downhill.experiment.LandscapeSettings.Layout;
import downhill.render.AnimatedGif;
import downhill.render.LandscapeAnimation;
import downhill.render.LandscapeStill;
import downhill.render.PictureFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleFunction;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * The File menu's exports: a PNG of the current view at 1×, 2× or 3×, the same picture on the clipboard, a GIF of
 * the landscape's trajectory animation (drawn off the FX thread by the headless still renderer, with progress and
 * cancel), and CSV tables of the trajectories or the training curves. Where a file goes is asked of a
 * {@link PathChooser}, which tests replace; what the view looks like is asked of a {@link ViewCapture}.
 * Everything here except the GIF's drawing runs on the FX thread.
 *
 * <p>Over ~350 lines because it holds the File menu's five exports side by side, each a short command with its
 * file check and message; splitting them would scatter one menu's rules.
 */
public final class ExportViewModel {

    /** What is exported: the tab shown. */
    public enum Target {
        LANDSCAPE,
        NETWORK
    }

    /** The kinds of file an export writes. */
    public enum Kind {
        PNG("png"),
        GIF("gif"),
        CSV("csv");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** Asks where to write a file; empty when the person cancels. */
    @FunctionalInterface
    public interface PathChooser {
        Optional<Path> choose(Kind kind, String suggestedName);
    }

    /** Takes a picture of the current view at a scale (1 = its size on screen). */
    @FunctionalInterface
    public interface ViewCapture {
        Image capture(Target target, double scale);
    }

    /** The scales offered for PNG exports: 2× and 3× for slides on large screens. */
    public static final List<Integer> SCALES = List.of(1, 2, 3);

    private final LandscapeViewModel landscape;
    private final NetworkViewModel network;
    private final Executor executor;
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(this, "target", Target.LANDSCAPE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final DoubleProperty gifFps = new SimpleDoubleProperty(this, "gifFps", 15);
    private final DoubleProperty gifLastStep = new SimpleDoubleProperty(this, "gifLastStep", 200);
    private final DoubleProperty gifFrames = new SimpleDoubleProperty(this, "gifFrames", 60);
    private final DoubleProperty gifWidth = new SimpleDoubleProperty(this, "gifWidth", 720);
    private final DoubleProperty gifHeight = new SimpleDoubleProperty(this, "gifHeight", 480);
    private final BooleanProperty gifDialogOpen = new SimpleBooleanProperty(this, "gifDialogOpen");
    private final ReadOnlyBooleanWrapper gifRunning = new ReadOnlyBooleanWrapper(this, "gifRunning");
    private final ReadOnlyDoubleWrapper gifProgress = new ReadOnlyDoubleWrapper(this, "gifProgress");
    private PathChooser chooser = (kind, name) -> Optional.empty();
    private ViewCapture capture;
    private AtomicBoolean gifCancel = new AtomicBoolean();

    public ExportViewModel(LandscapeViewModel landscape, NetworkViewModel network, Executor executor) {
        this.landscape = landscape;
        this.network = network;
        this.executor = executor;
    }

    /** Where files go: the window's file chooser, or a test's choice. */
    public void setChooser(PathChooser chooser) {
        this.chooser = chooser;
    }

    /** How the current view is pictured: set by the main window's controller. */
    public void setCapture(ViewCapture capture) {
        this.capture = capture;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }

    /** What the last export did, for a line under the menu ("Saved …", "Could not save …"), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the message reports a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public void dismissMessage() {
        message.set("");
        failed.set(false);
    }

    // ----- PNG and clipboard

    /** Asks where, then writes the current view at {@code scale}× as PNG. */
    public void exportPng(int scale) {
        if (!SCALES.contains(scale)) {
            throw new IllegalArgumentException("scale must be one of " + SCALES + ", got " + scale);
        }
        chooser.choose(Kind.PNG, baseName() + (scale == 1 ? "" : "@" + scale + "x") + ".png")
                .ifPresent(file -> {
                    Image image = capture.capture(target.get(), scale);
                    BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
                    save(
                            file,
                            () -> PictureFiles.writePng(pixels, file),
                            (int) image.getWidth() + " × " + (int) image.getHeight());
                });
    }

    /** Puts the current view, at its size on screen, on the clipboard as an image. */
    public void copyImage() {
        Image image = capture.capture(target.get(), 1);
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.IMAGE, image));
        report(Messages.text("export.copied"), false);
    }

    // ----- CSV

    /** Asks where, then writes the trajectories (landscape) or the training curves (network) as CSV. */
    public void exportCsv() {
        boolean onLandscape = target.get() == Target.LANDSCAPE;
        if (onLandscape && landscape.layoutProperty().get() == Layout.MAP) {
            exportMap();
            return;
        }
        boolean empty = onLandscape
                ? landscape.raceProperty().get().paths().isEmpty()
                : network.session().resultsProperty().get().isEmpty();
        if (empty) {
            report(Messages.text(onLandscape ? "export.csv.noPaths" : "export.csv.noCurves"), true);
            return;
        }
        chooser.choose(Kind.CSV, onLandscape ? "trajectories.csv" : "training-curves.csv")
                .ifPresent(file -> {
                    RaceSnapshot race = landscape.raceProperty().get();
                    List<RunProgress> runs = network.session().resultsProperty().get();
                    save(
                            file,
                            () -> PictureFiles.writeWhole(file, out -> {
                                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                                if (onLandscape) {
                                    CsvTables.trajectories(race.paths(), writer);
                                } else {
                                    CsvTables.trainingCurves(runs, writer);
                                }
                                writer.flush();
                                return true;
                            }),
                            null);
                });
    }

    /** The hyperparameter map's cells, as {@code downhill sweep} writes them. */
    private void exportMap() {
        Sweep map = landscape.map().sweep();
        if (map == null || !map.complete()) {
            report(Messages.text("export.csv.noMap"), true);
            return;
        }
        chooser.choose(Kind.CSV, "map.csv")
                .ifPresent(file -> save(
                        file,
                        () -> PictureFiles.writeWhole(file, out -> {
                            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                            map.writeCsv(writer);
                            writer.flush();
                            return true;
                        }),
                        null));
    }

    // ----- GIF

    public DoubleProperty gifFpsProperty() {
        return gifFps;
    }

    /** The animation runs from step 0 to this step. */
    public DoubleProperty gifLastStepProperty() {
        return gifLastStep;
    }

    public DoubleProperty gifFramesProperty() {
        return gifFrames;
    }

    public DoubleProperty gifWidthProperty() {
        return gifWidth;
    }

    public DoubleProperty gifHeightProperty() {
        return gifHeight;
    }

    /** Whether the GIF dialog shows; the controller opens and closes its window with it. */
    public BooleanProperty gifDialogOpenProperty() {
        return gifDialogOpen;
    }

    public ReadOnlyBooleanProperty gifRunningProperty() {
        return gifRunning.getReadOnlyProperty();
    }

    /** 0 to 1 while a GIF is written. */
    public ReadOnlyDoubleProperty gifProgressProperty() {
        return gifProgress.getReadOnlyProperty();
    }

    /** Opens the GIF dialog with the animation up to the tab's step limit. */
    public void openGifDialog() {
        gifLastStep.set(landscape.stepLimitProperty().get());
        gifProgress.set(0);
        dismissMessage();
        gifDialogOpen.set(true);
    }

    /** Why a GIF setting is not acceptable, or null. */
    public static String gifProblem(String setting, double value, int low, int high) {
        return value == Math.rint(value) && value >= low && value <= high
                ? null
                : Messages.text("export.gif.range", setting, Integer.toString(low), Integer.toString(high));
    }

    /** The validators of the dialog's fields, by property: null when the value is fine. */
    public DoubleFunction<String> gifValidator(DoubleProperty setting) {
        if (setting == gifFps) {
            return v -> gifProblem(Messages.text("export.gif.fps"), v, 1, AnimatedGif.MAX_FPS);
        }
        if (setting == gifLastStep) {
            return v -> gifProblem(
                    Messages.text("export.gif.lastStep"),
                    v,
                    1,
                    landscape.stepLimitProperty().get());
        }
        if (setting == gifFrames) {
            return v -> gifProblem(Messages.text("export.gif.frames"), v, 2, LandscapeAnimation.MAX_FRAMES);
        }
        return v ->
                gifProblem(Messages.text(setting == gifWidth ? "export.gif.width" : "export.gif.height"), v, 160, 2000);
    }

    /**
     * Asks where, then draws and writes the animation on the executor: the paths the tab shows, growing from step 0
     * to the chosen step. Progress and the outcome come back to the FX thread.
     */
    public void exportGif() {
        if (gifRunning.get()) {
            return;
        }
        RaceSnapshot race = landscape.raceProperty().get();
        LandscapeScene scene = landscape.scene();
        int lastStep = Math.min((int) gifLastStep.get(), scene.steps());
        String problem = firstProblem();
        if (problem != null || race.paths().isEmpty()) {
            report(problem != null ? problem : Messages.text("export.csv.noPaths"), true);
            return;
        }
        Optional<Path> chosen = chooser.choose(Kind.GIF, baseName() + ".gif");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        int width = (int) gifWidth.get();
        int height = (int) gifHeight.get();
        int frames = (int) gifFrames.get();
        double fps = gifFps.get();
        AtomicBoolean cancel = new AtomicBoolean();
        gifCancel = cancel;
        gifRunning.set(true);
        gifProgress.set(0);
        report(Messages.text("export.gif.drawing"), false);
        executor.execute(() -> {
            String outcome;
            boolean bad;
            try {
                LandscapeStill still = new LandscapeStill(scene, race.paths(), width, height);
                boolean done = LandscapeAnimation.write(
                        still,
                        lastStep,
                        frames,
                        fps,
                        file,
                        (n, total) -> onFx(() -> gifProgress.set(n / (double) total)),
                        cancel::get);
                outcome = done
                        ? Messages.text("export.saved", file.toString(), width + " × " + height)
                        : Messages.text("export.gif.cancelled");
                bad = false;
            } catch (IOException e) {
                outcome = Messages.text("export.failed", file.toString(), PictureFiles.reason(file, e));
                bad = true;
            } catch (RuntimeException e) {
                outcome = Messages.text("export.failed", file.toString(), String.valueOf(e.getMessage()));
                bad = true;
            }
            String text = outcome;
            boolean failure = bad;
            onFx(() -> {
                gifRunning.set(false);
                report(text, failure);
            });
        });
    }

    /** Stops a GIF being written; the file it was writing is not left behind. */
    public void cancelGif() {
        gifCancel.set(true);
    }

    private String firstProblem() {
        for (DoubleProperty setting : List.of(gifFps, gifLastStep, gifFrames, gifWidth, gifHeight)) {
            String problem = gifValidator(setting).apply(setting.get());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    // -----

    /** A file name that says what is in it: the function or the network tab. */
    private String baseName() {
        if (target.get() == Target.NETWORK) {
            return "network";
        }
        return landscape.objective().name().matches("[A-Za-z0-9_-]+")
                ? landscape.objective().name()
                : "landscape";
    }

    /** Writes something to a file. */
    @FunctionalInterface
    private interface Save {
        void run() throws IOException;
    }

    private void save(Path file, Save save, String detail) {
        try {
            save.run();
            report(
                    detail == null
                            ? Messages.text("export.saved.plain", file.toString())
                            : Messages.text("export.saved", file.toString(), detail),
                    false);
        } catch (IOException e) {
            report(Messages.text("export.failed", file.toString(), PictureFiles.reason(file, e)), true);
        }
    }

    private void report(String text, boolean failure) {
        message.set(text);
        failed.set(failure);
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
