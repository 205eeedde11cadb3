package downhill.snapshot;

import downhill.app.landscape.LandscapeViewModel;
import downhill.app.network.DrawingViewModel;
import downhill.app.network.NetworkData;
import downhill.app.presentation.Preferences;
import downhill.app.presentation.Theme;
import downhill.cli.PictureArguments;
import downhill.cli.RaceOptions;
import downhill.engine.MemoryBudget;
import downhill.engine.Numbers;
import downhill.engine.WholeFiles;
import downhill.engine.data.BatchSize;
import downhill.engine.data.CsvLoader;
import downhill.engine.data.DrawnPoints;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.slice.DirectionKind;
import downhill.experiment.LandscapeSettings.Layout;
import downhill.experiment.Lesson;
import downhill.experiment.LessonStep;
import downhill.experiment.Presets;
import downhill.experiment.Question;
import downhill.render.PictureFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
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
 *
 * <p>Longer than ~350 lines because most of it is picocli option declarations with their help texts (one per
 * thing a screenshot can set up); the steps they drive are short.
 */
@Command(
        name = "snapshot",
        mixinStandardHelpOptions = true,
        sortOptions = false,
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

    @Option(
            names = "--view",
            paramLabel = "2d|3d|slice|slice-3d|diagram|layers",
            defaultValue = "2d",
            description = "The overlay as a heatmap (2d) or a 3-D surface (3d); on the network tab, the decision "
                    + "boundaries (2d), the loss landscape (slice, or slice-3d as a surface), the network "
                    + "diagram (diagram) or the layers' histograms beside the gradient flow (layers).")
    private String view;

    @Option(
            names = "--stage",
            paramLabel = "N",
            defaultValue = "0",
            description = "Network diagram: the backprop stepper's stage, 0 = the input (default: 0).")
    private int diagramStage;

    @Option(names = "--gradient-colours", description = "Network diagram: colour the units by log10|delta|.")
    private boolean gradientColours;

    @Option(names = "--most-wrong", description = "Network diagram: the training sample the network gets most wrong.")
    private boolean mostWrong;

    @Option(
            names = "--directions",
            paramLabel = "pca|random",
            defaultValue = "pca",
            description = "Network tab, --view slice: the plane's directions (default: pca).")
    private String directions;

    @Option(
            names = "--batch-size",
            paramLabel = "N|all",
            defaultValue = "all",
            description = "A model on data: samples per step (default: all).")
    private String batchSize;

    @Option(names = "--batch-surface", description = "A model on data: show the loss of the current step's batch.")
    private boolean batchSurface;

    @Option(
            names = "--range-test",
            paramLabel = "NAME",
            description = "Open the learning-rate range test of this "
                    + "optimizer (and the ticked ones) over the window and picture both.")
    private String rangeTest;

    @Option(names = "--inspect", paramLabel = "NAME", description = "Open the step inspector on this optimizer.")
    private String inspect;

    @Option(
            names = "--tab",
            paramLabel = "landscape|network",
            defaultValue = "landscape",
            description = "The tab to picture.")
    private String tab;

    @Option(
            names = "--data",
            paramLabel = "NAME|FILE",
            defaultValue = "moons",
            description = "Network tab: a generator (moons, circles, blobs, xor, spiral, gaussian) or a CSV file.")
    private String data;

    @Option(
            names = "--drawn",
            paramLabel = "FILE.csv",
            description = "Network tab: these points (x1,x2,label, within -3 to 3) as if drawn by hand (\"Drawn\").")
    private Path drawn;

    @Option(
            names = "--epochs",
            paramLabel = "N",
            defaultValue = "300",
            description = "Network tab: epochs to train before the picture.")
    private int epochs;

    @Option(names = "--theme", paramLabel = "light|dark|high-contrast", defaultValue = "light")
    private String theme;

    @Option(
            names = "--scale",
            paramLabel = "PERCENT",
            defaultValue = "100",
            description = "UI scale: 100, 125, 150 " + "or 200.")
    private int scale;

    @Option(names = "--language", paramLabel = "en|de", defaultValue = "en")
    private String language;

    @Option(names = "--hide-controls", description = "Only the landscape, the timeline and the play button.")
    private boolean hideControls;

    @Option(
            names = "--preset",
            paramLabel = "NAME",
            description = "Open this scenario (see 'presets'), its teaching note showing, before the picture.")
    private String preset;

    @Option(
            names = "--lesson-step",
            paramLabel = "K",
            description = "With a --preset lesson: show its step K (from 1), its question open unless --reveal.")
    private Integer lessonStep;

    @Option(
            names = "--votes",
            paramLabel = "N,N,...",
            description = "With a lesson step that asks: the class's votes, one count per answer in the bar's order.")
    private String votes;

    @Option(
            names = "--answer",
            paramLabel = "TEXT",
            description = "With a lesson step that asks: a student's own answer (a choice, a number, or x,y).")
    private String answer;

    @Option(
            names = "--reveal",
            description = "With a lesson step that asks: press Reveal, then show the race at --step.")
    private boolean reveal;

    @Option(names = "--out", paramLabel = "FILE.png", required = true)
    private Path out;

    @Option(
            names = "--layout-report",
            description = "After the picture, print each elided text control "
                    + "(elided: ...), each pair of overlapping texts (overlap: a / b) and a last line "
                    + "layout: plot=WxH window=WxH elided=N overlaps=M.")
    private boolean layoutReport;

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
        WindowCapture.Picture picture = new WindowCapture(settings).capture();
        WritableImage image = picture.image();
        try {
            PictureFiles.writePng(SwingFXUtils.fromFXImage(image, null), out);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + out + ": " + PictureFiles.reason(out, e));
        }
        spec.commandLine()
                .getOut()
                .println("wrote " + out + " (" + (int) image.getWidth() + "×" + (int) image.getHeight() + ")");
        if (layoutReport) {
            picture.report().lines().forEach(spec.commandLine().getOut()::println);
        }
        return 0;
    }

    /** Everything checked before the toolkit starts, so bad input never opens a window. */
    private Settings validate() {
        if (preset != null && !Presets.names().contains(preset)) {
            try {
                Presets.byName(preset);
            } catch (IllegalArgumentException e) {
                throw usage("--preset: " + e.getMessage());
            }
        }
        // The picker's own instance, so that the picker shows it chosen.
        Objective objective =
                LandscapeViewModel.pickerFunction(race.function().strip()).orElseGet(race::objective);
        boolean network = switch (tab) {
            case "landscape" -> false;
            case "network" -> true;
            default -> throw usage("--tab must be landscape or network, got '" + tab + "'");
        };
        Path csv = network ? dataFile() : null;
        DrawnPoints drawnPoints = network && drawn != null ? drawnFile() : null;
        if (network && (epochs < 1 || epochs > 100_000)) {
            throw usage("--epochs must be a whole number from 1 to 100,000, got " + epochs);
        }
        Map<String, Double> rates =
                network && !spec.commandLine().getParseResult().hasMatchedOption("--optimizers")
                        ? race.learningRates(List.of("adam", "momentum"), learningRates)
                        : race.learningRates(learningRates);
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
        boolean slice =
                view.equals("slice") || view.equals("slice-3d") || view.equals("diagram") || view.equals("layers");
        if (slice && !network) {
            throw usage("--view " + view + " pictures the network tab's "
                    + (view.equals("diagram") ? "diagram" : view.equals("layers") ? "layers" : "loss landscape")
                    + "; add --tab network");
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
                throw usage(
                        "--inspect names an optimizer not in --optimizers (" + String.join(",", rates.keySet()) + ")");
            }
        }
        Preferences looks;
        try {
            looks = Preferences.DEFAULTS
                    .withTheme(Theme.fromId(theme))
                    .withScale(scale)
                    .withLanguage(Locale.forLanguageTag(language));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        Settings.LessonShot lesson = lessonShot();
        return new Settings(
                preset,
                lesson,
                rangeTest,
                layoutReport,
                new Settings.Looks(width, height, looks, hideControls),
                new Settings.Race(
                        objective,
                        rates,
                        from,
                        chosen,
                        surface,
                        step,
                        stepLimit,
                        batchSize,
                        batchSurface,
                        inspect,
                        open),
                network,
                new Settings.Network(
                        csv,
                        drawnPoints,
                        data,
                        epochs,
                        network ? DirectionKind.parse(directions) : DirectionKind.PCA,
                        view,
                        diagramStage,
                        gradientColours,
                        mostWrong));
    }

    /** The lesson step asked for, checked against the --preset lesson; null without --lesson-step. */
    private Settings.LessonShot lessonShot() {
        boolean asked = votes != null || answer != null || reveal;
        if (lessonStep == null) {
            if (asked) {
                throw usage("--votes, --answer and --reveal go with a --preset lesson's --lesson-step");
            }
            return null;
        }
        if (preset == null) {
            throw usage("--lesson-step picks a step of a --preset lesson");
        }
        Lesson lesson = Presets.lesson(preset);
        int count = lesson.steps().size();
        if (lessonStep < 1 || lessonStep > count) {
            throw usage("--lesson-step must be from 1 to " + count + " (" + preset + " has " + count
                    + (count == 1 ? " step" : " steps") + "), got " + lessonStep);
        }
        LessonStep step = lesson.step(lessonStep);
        if (asked && !step.asks()) {
            throw usage("step " + lessonStep + " of " + preset + " asks no question: --votes, --answer and --reveal "
                    + "need one");
        }
        List<Integer> counts = new ArrayList<>();
        if (votes != null) {
            List<String> choices = step.question().choices(step.experiment());
            String[] parts = votes.split(",", -1);
            if (parts.length != choices.size()) {
                throw usage("--votes needs " + choices.size() + " counts (" + String.join(", ", choices) + "), got "
                        + parts.length);
            }
            for (String part : parts) {
                try {
                    counts.add(Integer.parseUnsignedInt(part.strip()));
                } catch (NumberFormatException e) {
                    throw usage("--votes: '" + part.strip() + "' is not a count (a whole number ≥ 0)");
                }
            }
        }
        if (answer != null) {
            checkAnswer(step);
        }
        return new Settings.LessonShot(lessonStep, counts, answer, reveal);
    }

    /** A choice among the step's, a number, or "x,y", as the step's question asks. */
    private void checkAnswer(LessonStep step) {
        Question question = step.question();
        List<String> choices = question.choices(step.experiment());
        String[] parts = answer.split(",", -1);
        try {
            if (question instanceof Question.Where && parts.length == 2) {
                Numbers.parse(parts[0]);
                Numbers.parse(parts[1]);
                return;
            }
            if (question instanceof Question.Number) {
                Numbers.parse(answer);
                return;
            }
        } catch (IllegalArgumentException e) {
            throw usage("--answer: " + e.getMessage());
        }
        if (question instanceof Question.Where) {
            throw usage("--answer must be x,y for this step's question, got '" + answer + "'");
        }
        if (!choices.contains(answer)) {
            throw usage("--answer must be one of " + String.join(", ", choices) + ", got '" + answer + "'");
        }
    }

    /**
     * Heap bytes per pixel of the window: its software back buffer, the scene's snapshot, the AWT copy for the PNG
     * and the canvases' pictures. Measured with the jar: 3000×2000 runs out of memory in a 320 MB heap and fits in
     * 480 MB.
     */
    static final double BYTES_PER_PIXEL = 60;

    /** Refuses, before the toolkit starts, a window of {@code width}×{@code height} that would not fit the heap. */
    static void requireFits(MemoryBudget budget, int width, int height) {
        budget.require(
                "--size " + width + "x" + height, (long) width * height, pixels -> BYTES_PER_PIXEL * pixels, " pixels");
    }

    /** Null for a generator; the file for a CSV, loaded once here so that a bad one is an error line. */
    private Path dataFile() {
        if (NetworkData.GENERATORS.contains(data)) {
            return null;
        }
        Path file = Path.of(data);
        if (!Files.isRegularFile(file)) {
            throw usage("--data must be a generator (" + String.join(", ", NetworkData.GENERATORS)
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
            return DrawnPoints.of(CsvLoader.load(drawn), DrawingViewModel.PLANE.xMax());
        } catch (IllegalArgumentException e) {
            throw usage("--drawn: " + e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
