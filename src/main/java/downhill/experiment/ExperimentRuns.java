package downhill.experiment;

import downhill.engine.data.CsvLoader;
import downhill.engine.data.Dataset;
import downhill.engine.data.Generators;
import downhill.engine.function.Objective;
import downhill.engine.landscape.ColorScaling;
import downhill.engine.nn.Loss;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.run.Contender;
import downhill.engine.run.Descent;
import downhill.engine.run.Race;
import downhill.engine.run.StopRule;
import downhill.engine.scene.Entrant;
import downhill.engine.scene.LandscapeScene;
import downhill.engine.sweep.Axis;
import downhill.engine.sweep.MapPicture;
import downhill.engine.sweep.SweepSpec;
import downhill.engine.train.SklearnDefaults;
import downhill.engine.train.TrainingData;
import downhill.engine.train.TrainingPlan;
import java.nio.file.Path;
import java.util.List;

/** Runs an experiment without a window: the landscape's race, the network's data and plan (CLI, tests). */
public final class ExperimentRuns {

    /** The share of samples held out for testing, as the network tab holds them out. */
    public static final double TEST_FRACTION = 0.2;

    private ExperimentRuns() {}

    /** Every enabled optimizer of the landscape, raced over the step limit (stopping where each stops). */
    public static List<Descent> race(LandscapeSettings settings) {
        Objective f = settings.objective();
        return Race.run(
                f,
                LandscapeScene.gradientSources(f, settings.batchSize(), settings.seed(), settings.gradientNoise()),
                settings.start(),
                settings.racing(),
                StopRule.DEFAULT,
                settings.stepLimit());
    }

    /** The landscape as a picture's scene: its function, window, start, racing optimizers, seeds and colours. */
    public static LandscapeScene scene(LandscapeSettings settings) {
        return new LandscapeScene(
                settings.objective(),
                settings.window(),
                settings.start(),
                settings.optimizers().stream()
                        .filter(OptimizerEntry::enabled)
                        .map(ExperimentRuns::entrant)
                        .toList(),
                settings.stepLimit(),
                settings.batchSize(),
                settings.seed(),
                settings.gradientNoise(),
                settings.colormap(),
                settings.logScale() ? ColorScaling.LOG : ColorScaling.LINEAR);
    }

    /**
     * The Map layout's map as the window computes it: its optimizer (the first racing one unless the settings name
     * one), x the learning rate and y momentum or β₁ unless named, each over its slider's range unless given, the
     * step limit's steps from the start; an {@link IllegalArgumentException} says why there is no map.
     */
    public static SweepSpec map(LandscapeSettings settings) {
        LandscapeSettings.MapAxes axes = settings.map();
        List<OptimizerEntry> racing =
                settings.optimizers().stream().filter(OptimizerEntry::enabled).toList();
        if (racing.isEmpty()) {
            throw new IllegalArgumentException("the map needs a racing optimizer, and none is ticked");
        }
        OptimizerEntry entry = racing.stream()
                .filter(e -> axes != null && e.name().equals(axes.optimizer()))
                .findFirst()
                .orElse(racing.get(0));
        OptimizerType type = entry.type();
        String xKey = axes == null ? Hyperparameter.LR : axes.x();
        String yKey = axes == null ? MapPicture.secondAxis(type, xKey) : axes.y();
        if (yKey == null) {
            throw new IllegalArgumentException(type.name() + " has only one hyperparameter, nothing to map it against");
        }
        Axis x = MapPicture.axis(
                type.hyperparameter(xKey),
                axes == null ? Double.NaN : axes.xFrom(),
                axes == null ? Double.NaN : axes.xTo());
        Axis y = MapPicture.axis(
                type.hyperparameter(yKey),
                axes == null ? Double.NaN : axes.yFrom(),
                axes == null ? Double.NaN : axes.yTo());
        Contender contender = entry.contender();
        Objective f = settings.objective();
        return new SweepSpec(
                f,
                LandscapeScene.gradientSources(f, settings.batchSize(), settings.seed(), settings.gradientNoise()),
                settings.start(),
                type,
                contender.hyperparameters(),
                contender.schedule(),
                x,
                y,
                settings.stepLimit(),
                MapPicture.TOLERANCE);
    }

    /** An enabled entry as a picture shows it: under its label when it has one. */
    private static Entrant entrant(OptimizerEntry entry) {
        Entrant plain = Entrant.of(entry.contender());
        return entry.label().isEmpty()
                ? plain
                : new Entrant(plain.name(), entry.label(), plain.summary(), plain.contender());
    }

    /**
     * The network's samples, split and standardised as the tab does it: all of the CSV file trains and the test
     * file tests when there is one.
     */
    public static TrainingData trainingData(NetworkSettings settings) {
        NetworkSettings.Data data = settings.data();
        Dataset samples = data.csv() != null
                ? CsvLoader.load(Path.of(data.csv()))
                : Generators.generate(data.generator(), data.samples(), data.noise(), settings.seed());
        if (data.csv() != null && data.testCsv() != null) {
            return TrainingData.of(
                    samples,
                    CsvLoader.readLike(Path.of(data.testCsv()), null, settings.seed(), samples)
                            .dataset(),
                    true);
        }
        return TrainingData.prepare(samples, TEST_FRACTION, settings.seed(), true);
    }

    /**
     * The network, its loss, batches, initialisation, dropout and early stopping as a training plan; with
     * scikit-learn's conventions on, as {@link SklearnDefaults#plan} makes it for the training part's size.
     */
    public static TrainingPlan plan(NetworkSettings settings) {
        int batch = switch (settings.batchMode()) {
            case BATCH -> TrainingPlan.FULL_BATCH;
            case STOCHASTIC -> 1;
            case MINI_BATCH -> settings.batchSize();
        };
        TrainingPlan plan = TrainingPlan.defaults()
                .withHiddenSizes(settings.hiddenSizes())
                .withActivation(settings.activation())
                .withLoss(settings.loss().equals("auto") ? null : Loss.parse(settings.loss()))
                .withL2(settings.l2())
                .withEpochs(settings.epochs())
                .withBatchSize(batch)
                .withSeed(settings.seed())
                .withInitialization(settings.initialization())
                .withDropout(settings.dropout())
                .withEarlyStopping(settings.earlyStopping());
        return settings.likeSklearn()
                ? SklearnDefaults.plan(plan, trainingData(settings).train().sampleCount())
                : plan;
    }

    /** The enabled optimizers as they train: SGD with momentum as Nesterov's with scikit-learn's conventions. */
    public static List<Contender> racing(NetworkSettings settings) {
        return settings.racing().stream()
                .map(c -> settings.likeSklearn() ? SklearnDefaults.contender(c) : c)
                .toList();
    }
}
