package downhill.experiment;

import downhill.engine.data.BatchSize;
import downhill.engine.data.DrawnPoints;
import downhill.engine.function.Objective;
import downhill.engine.function.Point;
import downhill.engine.function.Window;
import downhill.engine.function.expression.Suggestions;
import downhill.engine.landscape.Colormap;
import downhill.engine.nn.Activation;
import downhill.engine.nn.Initialization;
import downhill.engine.nn.Loss;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.run.StopRule;
import downhill.engine.schedule.Schedules;
import downhill.engine.slice.DirectionKind;
import downhill.engine.train.EarlyStopping;
import downhill.engine.train.TrainingPlan;
import downhill.experiment.LandscapeSettings.Layout;
import downhill.experiment.LandscapeSettings.View;
import downhill.experiment.NetworkSettings.BatchMode;
import downhill.experiment.NetworkSettings.LossLandscape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads experiment files: checks everything and fails with an {@link ExperimentException} that names the line, the
 * column and the JSON path of the problem.
 */
final class ExperimentReader {

    private static final Set<String> ROOT_FIELDS = fields("schemaVersion", "activeTab", "landscape", "network");
    private static final Set<String> LANDSCAPE_FIELDS = fields(
            "function",
            "batchSize",
            "seed",
            "gradientNoise",
            "window",
            "start",
            "stepLimit",
            "speed",
            "layout",
            "colormap",
            "logScale",
            "lossLogScale",
            "view",
            "map",
            "optimizers");
    private static final Set<String> NETWORK_FIELDS = fields(
            "data",
            "seed",
            "hiddenSizes",
            "activation",
            "loss",
            "batchMode",
            "batchSize",
            "epochs",
            "l2",
            "logScale",
            "optimizers",
            "lossLandscape",
            "view",
            "init",
            "dropout",
            "earlyStopping",
            "like");
    private static final Set<String> DATA_FIELDS = fields("generator", "samples", "noise", "csv", "testCsv", "drawn");
    private static final Set<String> DRAWN_FIELDS = fields("classes", "points");
    private static final Set<String> OPTIMIZER_FIELDS =
            fields("name", "enabled", "hyperparameters", "schedule", "label");
    private static final Set<String> LOSS_LANDSCAPE_FIELDS = fields("directions", "range", "seed", "shown");

    private ExperimentReader() {}

    /**
     * Reads an experiment file; any problem is an {@link ExperimentException} saying what and where. A relative
     * {@code csv} or {@code testCsv} path names a file beside the experiment file (in its folder or below).
     */
    static Experiment read(Path file) {
        return experiment(
                JsonText.parse(JsonText.read(file)),
                CsvFiles.besides(file.toAbsolutePath().getParent()));
    }

    /** Reads an experiment from JSON text; relative CSV paths are taken from the working folder. */
    static Experiment read(String json) {
        return experiment(JsonText.parse(json));
    }

    static Experiment experiment(JsonValue root) {
        return experiment(root, CsvFiles.besides(null));
    }

    /** @param files how the network's CSV paths are found */
    static Experiment experiment(JsonValue root, CsvFiles files) {
        root.object(ROOT_FIELDS);
        JsonValue version = root.required("schemaVersion");
        long schema = version.whole(1L, Long.MAX_VALUE);
        if (schema > Experiment.SCHEMA_VERSION) {
            throw version.error("written by a newer Downhill: schema " + schema + ", this version reads up to "
                    + Experiment.SCHEMA_VERSION);
        }
        JsonValue tab = root.field("activeTab");
        JsonValue landscape = root.field("landscape");
        JsonValue network = root.field("network");
        return new Experiment(
                (int) schema,
                tab.present() ? tab.choice(ExperimentNames.TABS) : Experiment.Tab.LANDSCAPE,
                landscape.present() ? landscape(landscape) : Experiment.defaultLandscape(),
                network.present() ? network(network, files) : Experiment.defaultNetwork());
    }

    private static LandscapeSettings landscape(JsonValue v) {
        v.object(LANDSCAPE_FIELDS);
        JsonValue functionValue = v.required("function");
        String function = functionValue.text();
        Objective f = functionValue.checked(() -> LandscapeSettings.objective(function));
        LandscapeSettings opening =
                LandscapeSettings.of(function, Experiment.defaultLandscape().optimizers());
        JsonValue batch = v.field("batchSize");
        int batchSize = !batch.present()
                ? opening.batchSize()
                : batch.isTextual() && batch.text().equals("all")
                        ? BatchSize.ALL
                        : batch.isTextual() ? throwBatch(batch) : batch.whole(1, Integer.MAX_VALUE);
        long seed = v.field("seed").present() ? v.field("seed").whole(0L, NetworkSettings.MAX_SEED) : 0;
        double noise = orDefault(v.field("gradientNoise"), 0.0, JsonValue::number);
        JsonValue noiseValue = v.field("gradientNoise");
        if (noise < 0) {
            throw noiseValue.error("must be a number ≥ 0, got " + noise);
        }
        Window window = orDefault(v.field("window"), f.window(), ExperimentReader::window);
        Point start = orDefault(v.field("start"), f.start(), ExperimentReader::point);
        if (!StopRule.DEFAULT.admitsStart(f, start)) {
            // A race from there would have no first row: refused here, as the CLI and the window refuse it.
            throw (v.field("start").present() ? v.field("start") : functionValue).error(Objective.outsideDomain(start));
        }
        int stepLimit =
                orDefault(v.field("stepLimit"), opening.stepLimit(), s -> s.whole(1, LandscapeSettings.MAX_STEPS));
        double speed = orDefault(v.field("speed"), opening.speed(), s -> (double) s.whole(1, 500));
        Layout layout = orDefault(v.field("layout"), opening.layout(), s -> s.choice(ExperimentNames.LAYOUTS));
        Colormap colormap =
                orDefault(v.field("colormap"), opening.colormap(), s -> s.choice(ExperimentNames.COLORMAPS));
        boolean logScale = orDefault(v.field("logScale"), opening.logScale(), JsonValue::bool);
        boolean lossLogScale = orDefault(v.field("lossLogScale"), opening.lossLogScale(), JsonValue::bool);
        View view = orDefault(v.field("view"), opening.view(), s -> s.choice(ExperimentNames.VIEWS));
        List<OptimizerEntry> optimizers =
                orDefault(v.field("optimizers"), opening.optimizers(), ExperimentReader::optimizers);
        JsonValue mapValue = v.field("map");
        LandscapeSettings.MapAxes map = null;
        if (mapValue.present()) {
            mapValue.object(Set.of("optimizer", "x", "y", "xRange", "yRange"));
            JsonValue name = mapValue.required("optimizer");
            String optimizer = name.text();
            name.checked(() -> Optimizers.byName(optimizer));
            String x = mapValue.required("x").text();
            String y = mapValue.required("y").text();
            double[] xRange = range(mapValue.field("xRange"));
            double[] yRange = range(mapValue.field("yRange"));
            map = mapValue.checked(
                    () -> new LandscapeSettings.MapAxes(optimizer, x, y, xRange[0], xRange[1], yRange[0], yRange[1]));
        }
        LandscapeSettings.MapAxes axes = map;
        return v.checked(() -> new LandscapeSettings(
                function,
                batchSize,
                seed,
                noise,
                window,
                start,
                stepLimit,
                speed,
                layout,
                colormap,
                logScale,
                lossLogScale,
                view,
                optimizers,
                axes));
    }

    /** A map axis' {@code [from, to]}, or NaN for both when absent (the slider's range). */
    private static double[] range(JsonValue v) {
        if (!v.present()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        List<JsonValue> ends = v.items();
        if (ends.size() != 2) {
            throw v.error("must be [from, to], got " + ends.size() + " numbers");
        }
        return new double[] {ends.get(0).number(), ends.get(1).number()};
    }

    private static int throwBatch(JsonValue batch) {
        throw batch.error("must be \"all\" or a whole number ≥ 1, got '" + batch.text() + "'");
    }

    private static Window window(JsonValue v) {
        v.object(fields("xMin", "xMax", "yMin", "yMax"));
        double xMin = v.required("xMin").number();
        double xMax = v.required("xMax").number();
        double yMin = v.required("yMin").number();
        double yMax = v.required("yMax").number();
        return v.checked(() -> new Window(xMin, xMax, yMin, yMax));
    }

    private static Point point(JsonValue v) {
        v.object(fields("x", "y"));
        return new Point(v.required("x").number(), v.required("y").number());
    }

    private static NetworkSettings network(JsonValue v, CsvFiles files) {
        v.object(NETWORK_FIELDS);
        NetworkSettings opening = Experiment.defaultNetwork();
        NetworkSettings.Data data = orDefault(v.field("data"), opening.data(), s -> data(s, files));
        long seed = orDefault(v.field("seed"), opening.seed(), s -> s.whole(0L, NetworkSettings.MAX_SEED));
        List<Integer> hidden = orDefault(v.field("hiddenSizes"), opening.hiddenSizes(), ExperimentReader::hidden);
        Activation activation =
                orDefault(v.field("activation"), opening.activation(), s -> s.choice(ExperimentNames.ACTIVATIONS));
        String loss = orDefault(v.field("loss"), opening.loss(), s -> {
            String text = s.text();
            return text.equals("auto") ? text : s.checked(() -> Loss.parse(text).label());
        });
        BatchMode batchMode =
                orDefault(v.field("batchMode"), opening.batchMode(), s -> s.choice(ExperimentNames.BATCH_MODES));
        int batchSize = orDefault(v.field("batchSize"), opening.batchSize(), s -> s.whole(1, Integer.MAX_VALUE));
        int epochs = orDefault(v.field("epochs"), opening.epochs(), s -> s.whole(1, NetworkSettings.MAX_EPOCHS));
        double l2 = orDefault(v.field("l2"), opening.l2(), s -> {
            double value = s.number();
            if (value < 0) {
                throw s.error("must be a number ≥ 0, got " + value);
            }
            return value;
        });
        boolean logScale = orDefault(v.field("logScale"), opening.logScale(), JsonValue::bool);
        List<OptimizerEntry> optimizers =
                orDefault(v.field("optimizers"), opening.optimizers(), ExperimentReader::optimizers);
        LossLandscape lossLandscape =
                orDefault(v.field("lossLandscape"), opening.lossLandscape(), ExperimentReader::lossLandscape);
        boolean diagram = orDefault(v.field("view"), opening.diagram(), s -> {
            Boolean shown = ExperimentNames.NETWORK_VIEWS.get(s.text());
            if (shown == null) {
                throw s.error("must be \"boundaries\" or \"diagram\", got \"" + s.text() + "\"");
            }
            return shown;
        });
        Initialization init = orDefault(
                v.field("init"), opening.initialization(), s -> s.checked(() -> Initialization.parse(s.text())));
        List<Double> dropout = orDefault(v.field("dropout"), opening.dropout(), s -> dropout(s, hidden.size()));
        EarlyStopping stopping = orDefault(
                v.field("earlyStopping"), opening.earlyStopping(), s -> s.checked(() -> EarlyStopping.parse(s.text())));
        boolean like = orDefault(v.field("like"), opening.likeSklearn(), s -> {
            if (!s.text().equals("sklearn")) {
                throw s.error("must be \"sklearn\" (scikit-learn's conventions, as train --like sklearn), got \""
                        + s.text() + "\"");
            }
            return true;
        });
        return v.checked(() -> new NetworkSettings(
                data,
                seed,
                hidden,
                activation,
                loss,
                batchMode,
                batchSize,
                epochs,
                l2,
                logScale,
                optimizers,
                lossLandscape,
                diagram,
                init,
                dropout,
                stopping,
                like));
    }

    /** One probability (for every hidden layer) or a list of one per hidden layer, checked where it stands. */
    private static List<Double> dropout(JsonValue v, int hiddenLayers) {
        List<Double> rates = new ArrayList<>();
        for (JsonValue item : v.isArray() ? v.items() : List.of(v)) {
            double p = item.number();
            if (!(p >= 0 && p < 1)) {
                throw item.error("must be a probability ≥ 0 and < 1, got " + p);
            }
            rates.add(p);
        }
        return v.checked(() -> {
            TrainingPlan.checkDropout(rates, hiddenLayers);
            return rates;
        });
    }

    private static NetworkSettings.Data data(JsonValue v, CsvFiles files) {
        v.object(DATA_FIELDS);
        NetworkSettings.Data opening = Experiment.defaultNetwork().data();
        int samples = orDefault(
                v.field("samples"),
                opening.samples(),
                s -> s.whole(NetworkSettings.Data.MIN_SAMPLES, NetworkSettings.Data.MAX_SAMPLES));
        double noise = orDefault(v.field("noise"), opening.noise(), s -> {
            double value = s.number();
            if (value < 0 || value > 5) {
                throw s.error("must be a number from 0 to 5, got " + value);
            }
            return value;
        });
        JsonValue generatorValue = v.field("generator");
        String generator = orDefault(generatorValue, opening.generator(), JsonValue::text);
        generatorValue.checked(() -> new NetworkSettings.Data(generator, samples, noise, null));
        String csv = existingFile(v.field("csv"), files);
        JsonValue testValue = v.field("testCsv");
        String testCsv = existingFile(testValue, files);
        if (testCsv != null && csv == null) {
            throw testValue.error("a test file needs \"csv\" to name the training data's file too");
        }
        JsonValue drawnValue = v.field("drawn");
        DrawnPoints drawn = !drawnValue.present() || drawnValue.isNull() ? null : drawn(drawnValue);
        if (drawn != null && csv != null) {
            throw drawnValue.error("drawn data and \"csv\" exclude each other");
        }
        return v.checked(() -> new NetworkSettings.Data(generator, samples, noise, csv, testCsv, drawn));
    }

    /** {@code {"classes": k, "points": [[x, y, class], ...]}}, each problem located at its point. */
    private static DrawnPoints drawn(JsonValue v) {
        v.object(DRAWN_FIELDS);
        JsonValue classesValue = v.field("classes");
        int classes = orDefault(
                classesValue, DrawnPoints.MIN_CLASSES, s -> s.whole(DrawnPoints.MIN_CLASSES, DrawnPoints.MAX_CLASSES));
        List<JsonValue> items = v.required("points").items();
        if (items.size() > DrawnPoints.MAX_POINTS) {
            throw v.field("points").error("at most " + DrawnPoints.MAX_POINTS + " points, got " + items.size());
        }
        List<DrawnPoints.Point> points = new ArrayList<>();
        for (JsonValue item : items) {
            List<JsonValue> xyc = item.items();
            if (xyc.size() != 3) {
                throw item.error("a point is [x, y, class], got " + xyc.size() + " numbers");
            }
            points.add(new DrawnPoints.Point(
                    xyc.get(0).number(), xyc.get(1).number(), xyc.get(2).whole(0, classes - 1)));
        }
        return v.checked(() -> new DrawnPoints(classes, points));
    }

    /** A file field's path (absent, null or blank: null), refused when no such file is there. */
    private static String existingFile(JsonValue value, CsvFiles files) {
        String path = !value.present() || value.isNull() ? null : value.text();
        return path == null || path.isBlank() ? null : files.resolve(path, value);
    }

    private static List<Integer> hidden(JsonValue v) {
        List<JsonValue> items = v.items();
        if (items.size() > NetworkSettings.MAX_HIDDEN_LAYERS) {
            throw v.error("at most " + NetworkSettings.MAX_HIDDEN_LAYERS + " hidden layers, got " + items.size());
        }
        return items.stream()
                .map(item -> item.whole(1, NetworkSettings.MAX_LAYER_SIZE))
                .toList();
    }

    private static LossLandscape lossLandscape(JsonValue v) {
        v.object(LOSS_LANDSCAPE_FIELDS);
        LossLandscape opening = LossLandscape.DEFAULT;
        DirectionKind directions =
                orDefault(v.field("directions"), opening.directions(), s -> s.choice(ExperimentNames.DIRECTIONS));
        JsonValue rangeValue = v.field("range");
        double range = orDefault(
                rangeValue,
                opening.range(),
                s -> s.isTextual() && s.text().equals("auto") ? LossLandscape.AUTO : s.number());
        long seed = orDefault(v.field("seed"), opening.seed(), s -> s.whole(0L, NetworkSettings.MAX_SEED));
        boolean shown = orDefault(v.field("shown"), opening.shown(), JsonValue::bool);
        return rangeValue.checked(() -> new LossLandscape(directions, range, seed, shown));
    }

    private static List<OptimizerEntry> optimizers(JsonValue v) {
        List<OptimizerEntry> entries = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (JsonValue item : v.items()) {
            OptimizerEntry entry = optimizer(item);
            if (!names.add(entry.name())) {
                throw item.field("name").error("optimizer '" + entry.name() + "' is listed twice");
            }
            entries.add(entry);
        }
        return entries;
    }

    private static OptimizerEntry optimizer(JsonValue v) {
        v.object(OPTIMIZER_FIELDS);
        JsonValue nameValue = v.required("name");
        String name = nameValue.text();
        List<String> known = Optimizers.all().stream().map(OptimizerType::name).toList();
        if (!known.contains(name)) {
            throw nameValue.error(
                    "unknown optimizer '" + name + "'" + Suggestions.didYouMean(Suggestions.closest(name, known))
                            + " (known: " + Optimizers.names() + ")");
        }
        OptimizerType type = Optimizers.byName(name);
        boolean enabled = orDefault(v.field("enabled"), true, JsonValue::bool);
        Map<String, Double> values = new LinkedHashMap<>();
        JsonValue given = v.field("hyperparameters");
        if (given.present()) {
            given.object(new LinkedHashSet<>(
                    type.hyperparameters().stream().map(Hyperparameter::key).toList()));
            for (String key : given.fieldNames()) {
                JsonValue value = given.field(key);
                Hyperparameter h = type.hyperparameter(key);
                double number = h.isFlag() && value.isBoolean() ? (value.bool() ? 1 : 0) : value.number();
                values.put(key, value.checked(() -> h.check(number)));
            }
        }
        JsonValue scheduleValue = v.field("schedule");
        String schedule = orDefault(scheduleValue, "constant", JsonValue::text);
        scheduleValue.checked(() -> Schedules.parse(schedule));
        JsonValue labelValue = v.field("label");
        String label = orDefault(labelValue, "", JsonValue::text);
        labelValue.checked(() -> new OptimizerEntry(name, enabled, Map.of(), "constant", label));
        return v.checked(() -> new OptimizerEntry(name, enabled, values, schedule, label));
    }

    private static <T> T orDefault(JsonValue value, T fallback, Function<JsonValue, T> read) {
        return value.present() ? read.apply(value) : fallback;
    }

    private static Set<String> fields(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
