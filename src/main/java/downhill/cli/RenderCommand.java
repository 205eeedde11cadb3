package downhill.cli;

import downhill.engine.MemoryBudget;
import downhill.engine.function.Objective;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.Hyperparameters;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.Contender;
import downhill.engine.scene.Entrant;
import downhill.engine.scene.LandscapeScene;
import downhill.engine.schedule.Constant;
import downhill.engine.sweep.SweepSpec;
import downhill.experiment.Experiment;
import downhill.experiment.ExperimentCodec;
import downhill.experiment.ExperimentRuns;
import downhill.experiment.LandscapeSettings;
import downhill.experiment.Lesson;
import downhill.experiment.LessonFiles;
import downhill.experiment.Presets;
import downhill.render.AnimatedGif;
import downhill.render.LandscapeAnimation;
import downhill.render.LandscapeStill;
import downhill.render.PictureFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code render}: a landscape race as a PNG at one step, or as a looping GIF of the paths growing, drawn without a
 * window or a display (java.awt headless), for handouts and scripts.
 */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Draw optimizers racing on a landscape without a window: a PNG at one step, or an animated "
                + "GIF of the paths growing up to it. Learning rates per optimizer as --lr-NAME F, "
                + "e.g. --lr-adam 0.05.")
final class RenderCommand implements Callable<Integer> {

    /** The most steps a picture races: more would take long and show nothing new. */
    static final int MAX_STEPS = 100_000;

    private static final int DEFAULT_STEPS = 200;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RaceOptions race;

    @Option(
            names = "--preset",
            paramLabel = "NAME",
            description = "Draw this scenario's landscape (see 'presets') instead of the race flags.")
    private String preset;

    @Option(
            names = "--lesson-step",
            paramLabel = "K",
            description = "With --preset or --experiment: draw step K (from 1) of the lesson, its settings merged in.")
    private Integer lessonStep;

    @Option(
            names = "--experiment",
            paramLabel = "FILE.json",
            description = "Draw the landscape of this saved experiment instead of the race flags.")
    private Path experiment;

    @Option(
            names = "--steps",
            paramLabel = "N",
            description = "The step limit (default: 200, or the experiment's own).")
    private Integer steps;

    @Option(
            names = "--step",
            paramLabel = "N",
            description = "The step shown; a GIF grows the paths up to it (default: the step limit).")
    private Integer step;

    @Option(
            names = "--size",
            paramLabel = "WxH",
            description = "Picture size in pixels (default: 1200x800 for PNG, 720x480 for GIF).")
    private String size;

    @Option(
            names = "--frames",
            paramLabel = "N",
            defaultValue = "60",
            description = "GIF: frames, spread evenly from step 0 to --step (default: 60).")
    private int frames;

    @Option(
            names = "--fps",
            paramLabel = "F",
            defaultValue = "15",
            description = "GIF: frames per second, 1 to " + AnimatedGif.MAX_FPS + " (default: 15).")
    private double fps;

    @Option(
            names = "--map",
            paramLabel = "X-SPEC,Y-SPEC",
            description = "Draw the hyperparameter map of the first of --optimizers instead of the race: final loss "
                    + "over a grid of two of its settings, each NAME:FROM:TO:lin|log:N, e.g. "
                    + "lr:1e-4:1:log:61,momentum:0:0.99:lin:41 (PNG only). A --preset or --experiment laid out as "
                    + "a map draws its map without this flag.")
    private String map;

    @Option(
            names = "--by-steps",
            description = "A map's colours count the steps until within tolerance instead of the final loss.")
    private boolean bySteps;

    @Option(
            names = "--out",
            paramLabel = "FILE.png|FILE.gif",
            required = true,
            description = "Where to write; the extension picks the format.")
    private Path out;

    @Mixin
    private Progress.Option progress;

    @Unmatched
    private List<String> learningRates = new ArrayList<>();

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        PictureFiles.Kind kind = PictureFiles.kind(out);
        Output.check("--out", out, experiment, "the input experiment");
        if (preset != null || experiment != null) {
            LandscapeSettings landscape = landscapeFromExperiment();
            if (landscape.layout() == LandscapeSettings.Layout.MAP) {
                return renderMap(MapRender.fromSettings(source(), landscape), kind);
            }
            return render(ExperimentRuns.scene(landscape), kind);
        }
        if (lessonStep != null) {
            throw new UserError("--lesson-step picks a step of a --preset or --experiment lesson");
        }
        return map != null ? renderMap(mapFromFlags(), kind) : render(sceneFromFlags(), kind);
    }

    private String source() {
        return preset != null ? "--preset " + preset : experiment.toString();
    }

    /** A scenario's or a saved experiment's landscape, --steps replacing its step limit if given. */
    private LandscapeSettings landscapeFromExperiment() {
        if (preset != null && experiment != null) {
            throw new UserError("give --preset or --experiment, not both");
        }
        if (map != null) {
            throw new UserError("--map draws the race flags' optimizer; a --preset or --experiment laid out as a "
                    + "map draws its own map");
        }
        String source = source();
        Experiment chosen = preset != null ? presetExperiment() : fileExperiment();
        if (chosen.activeTab() != Experiment.Tab.LANDSCAPE) {
            throw new UserError(source + " sets up the neural network tab; render draws the landscape tab's race");
        }
        LandscapeSettings landscape = chosen.landscape();
        if (steps != null) {
            landscape = new LandscapeSettings(
                    landscape.function(),
                    landscape.batchSize(),
                    landscape.seed(),
                    landscape.gradientNoise(),
                    landscape.window(),
                    landscape.start(),
                    checkedSteps(),
                    landscape.speed(),
                    landscape.layout(),
                    landscape.colormap(),
                    landscape.logScale(),
                    landscape.lossLogScale(),
                    landscape.view(),
                    landscape.optimizers(),
                    landscape.map());
        }
        return landscape;
    }

    /** The preset's experiment, or with --lesson-step that step's. */
    private Experiment presetExperiment() {
        if (lessonStep == null) {
            return Presets.byName(preset).experiment();
        }
        return step(Presets.lesson(preset), preset, "--preset " + preset);
    }

    /** The file's experiment; a lesson file's first step's, or with --lesson-step that step's. */
    private Experiment fileExperiment() {
        String json = LessonFiles.text(experiment);
        if (!LessonFiles.isLesson(json)) {
            if (lessonStep != null && lessonStep != 1) {
                throw new UserError(
                        "--lesson-step must be 1 for " + experiment + ", an experiment of one step; got " + lessonStep);
            }
            return ExperimentCodec.read(experiment);
        }
        Lesson lesson = LessonFiles.read(json, experiment);
        return lessonStep == null
                ? lesson.step(1).experiment()
                : step(lesson, experiment.toString(), "--experiment " + experiment);
    }

    /** Step --lesson-step of {@code lesson}, which must set up the landscape tab. */
    private Experiment step(Lesson lesson, String name, String source) {
        int count = lesson.steps().size();
        if (lessonStep < 1 || lessonStep > count) {
            throw new UserError("--lesson-step must be from 1 to " + count + " (" + name + " has " + count
                    + (count == 1 ? " step" : " steps") + "), got " + lessonStep);
        }
        Experiment step = lesson.step(lessonStep).experiment();
        if (step.activeTab() != Experiment.Tab.LANDSCAPE) {
            throw new UserError("step " + lessonStep + " of " + source + " sets up the neural network tab; "
                    + "render draws the landscape tab's race");
        }
        return step;
    }

    private int checkedSteps() {
        int limit = Math.min(MAX_STEPS, LandscapeSettings.MAX_STEPS);
        if (steps < 1 || steps > limit) {
            throw new UserError("--steps must be a whole number from 1 to " + limit + ", got " + steps);
        }
        return steps;
    }

    /** The landscape the flags describe: one value, so that another source (a preset, a file) can take its place. */
    private LandscapeScene sceneFromFlags() {
        int steps = this.steps == null ? DEFAULT_STEPS : this.steps;
        if (steps < 1 || steps > MAX_STEPS) {
            throw new UserError("--steps must be a whole number from 1 to " + MAX_STEPS + ", got " + steps);
        }
        Objective objective = race.objective();
        List<Entrant> entrants = new ArrayList<>();
        for (Map.Entry<String, Double> rate : race.learningRates(learningRates).entrySet()) {
            entrants.add(Entrant.of(new Contender(
                    Optimizers.byName(rate.getKey()),
                    Hyperparameters.of(Hyperparameter.LR, rate.getValue()),
                    new Constant())));
        }
        return LandscapeScene.of(objective, entrants, steps).withStart(race.start(objective));
    }

    /** The map of the first of --optimizers at its --lr-NAME over the two --map axes. */
    private SweepSpec mapFromFlags() {
        int steps = this.steps == null ? DEFAULT_STEPS : this.steps;
        if (steps < 1 || steps > MAX_STEPS) {
            throw new UserError("--steps must be a whole number from 1 to " + MAX_STEPS + ", got " + steps);
        }
        Objective objective = race.objective();
        Map.Entry<String, Double> first =
                race.learningRates(learningRates).entrySet().iterator().next();
        return MapRender.fromFlags(map, objective, race.start(objective), first.getKey(), first.getValue(), steps);
    }

    /** Computes the map of {@code spec} on every core and writes it to --out as a PNG. */
    private int renderMap(SweepSpec sweep, PictureFiles.Kind kind) {
        if (kind != PictureFiles.Kind.PNG) {
            throw new UserError("a map is a still picture: give --out a .png file, got " + out);
        }
        if (step != null) {
            throw new UserError("--step shows a race's step; a map shows every cell after all its steps");
        }
        int[] wh = PictureArguments.size(size != null ? size : "1200x800", 200, 150, 8000, 8000);
        LandscapeStill.requireFits(MemoryBudget.ofThisJvm(), "--size " + wh[0] + "x" + wh[1], wh[0], wh[1]);
        String what;
        try {
            what = MapRender.write(sweep, MapRender.marker(sweep), bySteps, wh[0], wh[1], out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted before the map was finished");
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + wh[0] + "×" + wh[1] + ", " + what + ")");
        return 0;
    }

    /** Draws {@code scene} as the picture {@code kind} asks for and writes it to --out. */
    private int render(LandscapeScene scene, PictureFiles.Kind kind) {
        boolean gif = kind == PictureFiles.Kind.GIF;
        int shown = step == null ? scene.steps() : step;
        if (shown < 0 || shown > scene.steps()) {
            throw new UserError("--step must be between 0 and --steps (" + scene.steps() + "), got " + shown);
        }
        int[] wh = PictureArguments.size(
                size != null ? size : gif ? "720x480" : "1200x800", 200, 150, gif ? 2000 : 8000, gif ? 2000 : 8000);
        LandscapeStill.requireFits(MemoryBudget.ofThisJvm(), "--size " + wh[0] + "x" + wh[1], wh[0], wh[1]);
        if (gif) {
            if (frames < 2 || frames > LandscapeAnimation.MAX_FRAMES) {
                throw new UserError("--frames must be a whole number from 2 to " + LandscapeAnimation.MAX_FRAMES
                        + ", got " + frames);
            }
            AnimatedGif.delay(fps);
        }
        LandscapeStill still = new LandscapeStill(scene, scene.race(), wh[0], wh[1]);
        String what;
        try {
            if (gif) {
                int written = LandscapeAnimation.frameSteps(shown, frames).length;
                Progress frameLines = progress.to(spec.commandLine().getErr());
                LandscapeAnimation.write(
                        still,
                        shown,
                        frames,
                        fps,
                        out,
                        (done, total) -> frameLines.report("frame", done, total),
                        () -> false);
                what = written + " frames at " + AnimatedGif.delay(fps) + "/100 s";
            } else {
                PictureFiles.writePng(still.at(shown), out);
                what = "step " + shown;
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + PictureFiles.reason(out, e));
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + wh[0] + "×" + wh[1] + ", " + what + ")");
        return 0;
    }
}
