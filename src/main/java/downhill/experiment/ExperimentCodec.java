package downhill.experiment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import downhill.engine.InputFiles;
import downhill.engine.Reasons;
import downhill.engine.WholeFiles;
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
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Experiment files: JSON, schema {@value Experiment#SCHEMA_VERSION} (see docs/experiments.md). Reading checks
 * everything and fails with an {@link ExperimentException} that names the line, the column and the JSON path;
 * writing is pretty-printed and canonical, and saving replaces the file atomically.
 */
public final class ExperimentCodec {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final Map<String, Experiment.Tab> TABS = names(Experiment.Tab.values(), t -> t.name().toLowerCase(Locale.ROOT));
    static final Map<String, Layout> LAYOUTS = names(Layout.values(), l -> l.name().toLowerCase(Locale.ROOT));
    static final Map<String, View> VIEWS = names(View.values(), v -> v == View.FLAT ? "2d" : "3d");
    static final Map<String, Colormap> COLORMAPS = names(Colormap.values(), c -> c.name().toLowerCase(Locale.ROOT));
    static final Map<String, Activation> ACTIVATIONS = names(Activation.values(), Activation::label);
    static final Map<String, BatchMode> BATCH_MODES = names(BatchMode.values(),
            m -> m.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    static final Map<String, DirectionKind> DIRECTIONS = names(DirectionKind.values(),
            DirectionKind::cliName);

    private static final Set<String> ROOT_FIELDS = fields("schemaVersion", "activeTab", "landscape", "network");
    private static final Set<String> LANDSCAPE_FIELDS = fields("function", "batchSize", "seed", "gradientNoise",
            "window", "start", "stepLimit", "speed", "layout", "colormap", "logScale", "lossLogScale", "view", "map",
            "optimizers");
    private static final Set<String> NETWORK_FIELDS = fields("data", "seed", "hiddenSizes", "activation", "loss",
            "batchMode", "batchSize", "epochs", "l2", "logScale", "optimizers", "lossLandscape", "view", "init",
            "dropout", "earlyStopping", "like");
    /** The network tab's panel views a file may name; the loss landscape is {@code lossLandscape.shown}. */
    static final Map<String, Boolean> NETWORK_VIEWS = Map.of("boundaries", false, "diagram", true);
    private static final Set<String> DATA_FIELDS = fields("generator", "samples", "noise", "csv", "testCsv",
            "drawn");
    private static final Set<String> DRAWN_FIELDS = fields("classes", "points");
    private static final Set<String> OPTIMIZER_FIELDS = fields("name", "enabled", "hyperparameters", "schedule",
            "label");
    private static final Set<String> LOSS_LANDSCAPE_FIELDS = fields("directions", "range", "seed", "shown");

    /** The largest experiment file read: a real one is a few kilobytes. */
    public static final long MAX_FILE_BYTES = 1 << 20;

    private ExperimentCodec() {
    }

    // ----- reading

    /**
     * Reads an experiment file; any problem is an {@link ExperimentException} saying what and where. A relative
     * {@code csv} or {@code testCsv} path names a file beside the experiment file (in its folder or below).
     */
    public static Experiment read(Path file) {
        return experiment(parse(readText(file)), CsvFiles.besides(file.toAbsolutePath().getParent()));
    }

    /** Reads an experiment from JSON text; relative CSV paths are taken from the working folder. */
    public static Experiment read(String json) {
        return experiment(parse(json));
    }

    static String readText(Path file) {
        try {
            byte[] bytes = InputFiles.readAll(file, MAX_FILE_BYTES, "an experiment file");
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ExperimentException(0, 0, "", file.getFileName() + " is not UTF-8 text");
        } catch (InputFiles.Unreadable e) {
            throw new ExperimentException(0, 0, "", e.getMessage());
        } catch (IOException e) {
            throw new ExperimentException(0, 0, "", Reasons.cannot("read", file, e));
        }
    }

    /**
     * Parses JSON text, remembering where each value starts; malformed text fails located. A byte order mark at
     * the start (Windows Notepad writes one) is skipped, as the CSV reader does.
     */
    static JsonValue parse(String text) {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ExperimentException(1, 1, "", "the file is empty; an experiment is a JSON object {...}");
        }
        return JsonValue.root(tree, locations(json));
    }

    private static ExperimentException malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String problem = String.valueOf(e.getOriginalMessage())
                .replaceAll("\\s*\\(start marker at \\[[^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "").strip();
        int newline = problem.indexOf('\n');
        if (newline >= 0) {
            problem = problem.substring(0, newline).strip();
        }
        problem = JsonProblems.translate(problem);
        String path = "";
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            path = dotted(parser.getParsingContext().pathAsPointer().toString());
        }
        return new ExperimentException(at == null ? 1 : Math.max(1, at.getLineNr()),
                at == null ? 1 : Math.max(1, at.getColumnNr()), path, "malformed JSON: " + problem);
    }

    /** "/landscape/optimizers/2/name" → "landscape.optimizers[2].name". */
    private static String dotted(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                path.append('[').append(part).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }

    /** Where each value starts, by JSON pointer. */
    private static Map<String, JsonLocation> locations(String json) {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext context = token.isStructStart() ? parser.getParsingContext().getParent()
                        : parser.getParsingContext();
                locations.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation());
            }
        } catch (IOException e) {
            throw new IllegalStateException("the text parsed once and not again", e);
        }
        return locations;
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
        return new Experiment((int) schema, tab.present() ? tab.choice(TABS) : Experiment.Tab.LANDSCAPE,
                landscape.present() ? landscape(landscape) : Experiment.defaultLandscape(),
                network.present() ? network(network, files) : Experiment.defaultNetwork());
    }

    private static LandscapeSettings landscape(JsonValue v) {
        v.object(LANDSCAPE_FIELDS);
        JsonValue functionValue = v.required("function");
        String function = functionValue.text();
        Objective f = functionValue.checked(() -> LandscapeSettings.objective(function));
        LandscapeSettings opening = LandscapeSettings.of(function, Experiment.defaultLandscape().optimizers());
        JsonValue batch = v.field("batchSize");
        int batchSize = !batch.present() ? opening.batchSize()
                : batch.isTextual() && batch.text().equals("all") ? BatchSize.ALL
                : batch.isTextual() ? throwBatch(batch) : batch.whole(1, Integer.MAX_VALUE);
        long seed = v.field("seed").present() ? v.field("seed").whole(0L, NetworkSettings.MAX_SEED) : 0;
        double noise = orDefault(v.field("gradientNoise"), 0.0, JsonValue::number);
        JsonValue noiseValue = v.field("gradientNoise");
        if (noise < 0) {
            throw noiseValue.error("must be a number ≥ 0, got " + noise);
        }
        Window window = orDefault(v.field("window"), f.window(), ExperimentCodec::window);
        Point start = orDefault(v.field("start"), f.start(), ExperimentCodec::point);
        if (!StopRule.DEFAULT.admitsStart(f, start)) {
            // A race from there would have no first row: refused here, as the CLI and the window refuse it.
            throw (v.field("start").present() ? v.field("start") : functionValue).error(Objective.outsideDomain(start));
        }
        int stepLimit = orDefault(v.field("stepLimit"), opening.stepLimit(),
                s -> s.whole(1, LandscapeSettings.MAX_STEPS));
        double speed = orDefault(v.field("speed"), opening.speed(), s -> (double) s.whole(1, 500));
        Layout layout = orDefault(v.field("layout"), opening.layout(), s -> s.choice(LAYOUTS));
        Colormap colormap = orDefault(v.field("colormap"), opening.colormap(), s -> s.choice(COLORMAPS));
        boolean logScale = orDefault(v.field("logScale"), opening.logScale(), JsonValue::bool);
        boolean lossLogScale = orDefault(v.field("lossLogScale"), opening.lossLogScale(), JsonValue::bool);
        View view = orDefault(v.field("view"), opening.view(), s -> s.choice(VIEWS));
        List<OptimizerEntry> optimizers = orDefault(v.field("optimizers"), opening.optimizers(),
                ExperimentCodec::optimizers);
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
            map = mapValue.checked(() -> new LandscapeSettings.MapAxes(optimizer, x, y, xRange[0], xRange[1],
                    yRange[0], yRange[1]));
        }
        LandscapeSettings.MapAxes axes = map;
        return v.checked(() -> new LandscapeSettings(function, batchSize, seed, noise, window, start, stepLimit,
                speed, layout, colormap, logScale, lossLogScale, view, optimizers, axes));
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
        List<Integer> hidden = orDefault(v.field("hiddenSizes"), opening.hiddenSizes(), ExperimentCodec::hidden);
        Activation activation = orDefault(v.field("activation"), opening.activation(), s -> s.choice(ACTIVATIONS));
        String loss = orDefault(v.field("loss"), opening.loss(), s -> {
            String text = s.text();
            return text.equals("auto") ? text : s.checked(() -> Loss.parse(text).label());
        });
        BatchMode batchMode = orDefault(v.field("batchMode"), opening.batchMode(), s -> s.choice(BATCH_MODES));
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
        List<OptimizerEntry> optimizers = orDefault(v.field("optimizers"), opening.optimizers(),
                ExperimentCodec::optimizers);
        LossLandscape lossLandscape = orDefault(v.field("lossLandscape"), opening.lossLandscape(),
                ExperimentCodec::lossLandscape);
        boolean diagram = orDefault(v.field("view"), opening.diagram(), s -> {
            Boolean shown = NETWORK_VIEWS.get(s.text());
            if (shown == null) {
                throw s.error("must be \"boundaries\" or \"diagram\", got \"" + s.text() + "\"");
            }
            return shown;
        });
        Initialization init = orDefault(v.field("init"), opening.initialization(),
                s -> s.checked(() -> Initialization.parse(s.text())));
        List<Double> dropout = orDefault(v.field("dropout"), opening.dropout(), s -> dropout(s, hidden.size()));
        EarlyStopping stopping = orDefault(v.field("earlyStopping"), opening.earlyStopping(),
                s -> s.checked(() -> EarlyStopping.parse(s.text())));
        boolean like = orDefault(v.field("like"), opening.likeSklearn(), s -> {
            if (!s.text().equals("sklearn")) {
                throw s.error("must be \"sklearn\" (scikit-learn's conventions, as train --like sklearn), got \""
                        + s.text() + "\"");
            }
            return true;
        });
        return v.checked(() -> new NetworkSettings(data, seed, hidden, activation, loss, batchMode, batchSize, epochs,
                l2, logScale, optimizers, lossLandscape, diagram, init, dropout, stopping, like));
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
        int samples = orDefault(v.field("samples"), opening.samples(),
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
        int classes = orDefault(classesValue, DrawnPoints.MIN_CLASSES,
                s -> s.whole(DrawnPoints.MIN_CLASSES, DrawnPoints.MAX_CLASSES));
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
            points.add(new DrawnPoints.Point(xyc.get(0).number(), xyc.get(1).number(),
                    xyc.get(2).whole(0, classes - 1)));
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
        return items.stream().map(item -> item.whole(1, NetworkSettings.MAX_LAYER_SIZE)).toList();
    }

    private static LossLandscape lossLandscape(JsonValue v) {
        v.object(LOSS_LANDSCAPE_FIELDS);
        LossLandscape opening = LossLandscape.DEFAULT;
        DirectionKind directions = orDefault(v.field("directions"), opening.directions(),
                s -> s.choice(DIRECTIONS));
        JsonValue rangeValue = v.field("range");
        double range = orDefault(rangeValue, opening.range(),
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
            throw nameValue.error("unknown optimizer '" + name + "'" + Suggestions.didYouMean(
                    Suggestions.closest(name, known)) + " (known: " + Optimizers.names() + ")");
        }
        OptimizerType type = Optimizers.byName(name);
        boolean enabled = orDefault(v.field("enabled"), true, JsonValue::bool);
        Map<String, Double> values = new LinkedHashMap<>();
        JsonValue given = v.field("hyperparameters");
        if (given.present()) {
            given.object(new LinkedHashSet<>(type.hyperparameters().stream().map(Hyperparameter::key).toList()));
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

    // ----- writing

    /** The experiment as pretty-printed JSON in canonical form (every field, fixed order), ending in a newline. */
    public static String write(Experiment experiment) {
        return pretty(tree(experiment));
    }

    static String pretty(JsonNode tree) {
        DefaultPrettyPrinter printer = new PointsOnALine(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("").withObjectEmptySeparator(""))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
        try {
            return MAPPER.writer(printer).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values did not print", e);
        }
    }

    /**
     * Jackson's pretty printer, except that an array inside an array (a drawn point, {@code [x, y, class]}) stays on
     * one line: a drawing of a few hundred points reads as a few hundred lines, not five times as many.
     */
    private static final class PointsOnALine extends DefaultPrettyPrinter {

        PointsOnALine(DefaultPrettyPrinter base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new PointsOnALine(this);
        }

        /** Whether the generator is inside an array that is itself an item of an array. */
        private static boolean inner(com.fasterxml.jackson.core.JsonGenerator g) {
            JsonStreamContext context = g.getOutputContext();
            return context.inArray() && context.getParent() != null && context.getParent().inArray();
        }

        @Override
        public void writeStartArray(com.fasterxml.jackson.core.JsonGenerator g) throws IOException {
            if (inner(g)) {
                g.writeRaw('[');
            } else {
                super.writeStartArray(g);
            }
        }

        @Override
        public void beforeArrayValues(com.fasterxml.jackson.core.JsonGenerator g) throws IOException {
            if (!inner(g)) {
                super.beforeArrayValues(g);
            }
        }

        @Override
        public void writeArrayValueSeparator(com.fasterxml.jackson.core.JsonGenerator g) throws IOException {
            if (inner(g)) {
                g.writeRaw(", ");
            } else {
                super.writeArrayValueSeparator(g);
            }
        }

        @Override
        public void writeEndArray(com.fasterxml.jackson.core.JsonGenerator g, int values) throws IOException {
            if (inner(g)) {
                g.writeRaw(']');
            } else {
                super.writeEndArray(g, values);
            }
        }
    }

    static ObjectNode tree(Experiment e) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", e.schemaVersion());
        root.put("activeTab", name(TABS, e.activeTab()));
        root.set("landscape", landscape(e.landscape()));
        root.set("network", network(e.network()));
        return root;
    }

    private static ObjectNode landscape(LandscapeSettings s) {
        ObjectNode node = NODES.objectNode();
        node.put("function", s.function());
        if (s.batchSize() == BatchSize.ALL) {
            node.put("batchSize", "all");
        } else {
            node.put("batchSize", s.batchSize());
        }
        node.put("seed", s.seed());
        node.put("gradientNoise", s.gradientNoise());
        ObjectNode window = node.putObject("window");
        window.put("xMin", s.window().xMin());
        window.put("xMax", s.window().xMax());
        window.put("yMin", s.window().yMin());
        window.put("yMax", s.window().yMax());
        ObjectNode start = node.putObject("start");
        start.put("x", s.start().x());
        start.put("y", s.start().y());
        node.put("stepLimit", s.stepLimit());
        node.put("speed", (int) s.speed());
        node.put("layout", name(LAYOUTS, s.layout()));
        node.put("colormap", name(COLORMAPS, s.colormap()));
        node.put("logScale", s.logScale());
        node.put("lossLogScale", s.lossLogScale());
        node.put("view", name(VIEWS, s.view()));
        node.set("optimizers", optimizers(s.optimizers()));
        if (s.map() != null) {
            ObjectNode map = node.putObject("map");
            map.put("optimizer", s.map().optimizer());
            map.put("x", s.map().x());
            map.put("y", s.map().y());
            if (s.map().hasXRange()) {
                map.putArray("xRange").add(s.map().xFrom()).add(s.map().xTo());
            }
            if (s.map().hasYRange()) {
                map.putArray("yRange").add(s.map().yFrom()).add(s.map().yTo());
            }
        }
        return node;
    }

    private static ObjectNode network(NetworkSettings s) {
        ObjectNode node = NODES.objectNode();
        ObjectNode data = node.putObject("data");
        data.put("generator", s.data().generator());
        data.put("samples", s.data().samples());
        data.put("noise", s.data().noise());
        if (s.data().csv() == null) {
            data.putNull("csv");
        } else {
            data.put("csv", s.data().csv());
        }
        if (s.data().testCsv() != null) {
            // Written only when there is one, so files that split off their test part stay as they were.
            data.put("testCsv", s.data().testCsv());
        }
        if (s.data().drawn() != null) {
            // Written only when drawn, so files of generated or CSV data stay as they were.
            ObjectNode drawn = data.putObject("drawn");
            drawn.put("classes", s.data().drawn().classes());
            ArrayNode points = drawn.putArray("points");
            for (DrawnPoints.Point p : s.data().drawn().points()) {
                points.addArray().add(p.x()).add(p.y()).add(p.label());
            }
        }
        node.put("seed", s.seed());
        ArrayNode hidden = node.putArray("hiddenSizes");
        s.hiddenSizes().forEach(hidden::add);
        node.put("activation", s.activation().label());
        node.put("loss", s.loss());
        node.put("batchMode", name(BATCH_MODES, s.batchMode()));
        node.put("batchSize", s.batchSize());
        node.put("epochs", s.epochs());
        node.put("l2", s.l2());
        node.put("logScale", s.logScale());
        node.set("optimizers", optimizers(s.optimizers()));
        ObjectNode slice = node.putObject("lossLandscape");
        slice.put("directions", name(DIRECTIONS, s.lossLandscape().directions()));
        if (s.lossLandscape().autoRange()) {
            slice.put("range", "auto");
        } else {
            slice.put("range", s.lossLandscape().range());
        }
        slice.put("seed", s.lossLandscape().seed());
        slice.put("shown", s.lossLandscape().shown());
        if (s.diagram()) {
            // Written only when shown, so files of the other views stay as they were.
            node.put("view", "diagram");
        }
        if (!s.initialization().equals(Initialization.DEFAULT)) {
            node.put("init", s.initialization().spec());
        }
        if (!s.dropout().isEmpty()) {
            // Written only when set, so files without dropout or early stopping stay as they were.
            if (s.dropout().size() == 1) {
                node.put("dropout", s.dropout().get(0));
            } else {
                ArrayNode rates = node.putArray("dropout");
                s.dropout().forEach(rates::add);
            }
        }
        if (s.earlyStopping() != null) {
            node.put("earlyStopping", s.earlyStopping().spec());
        }
        if (s.likeSklearn()) {
            // Written only when on, so files with Downhill's own conventions stay as they were.
            node.put("like", "sklearn");
        }
        return node;
    }

    private static ArrayNode optimizers(List<OptimizerEntry> entries) {
        ArrayNode list = NODES.arrayNode();
        for (OptimizerEntry entry : entries) {
            ObjectNode node = list.addObject();
            node.put("name", entry.name());
            node.put("enabled", entry.enabled());
            ObjectNode values = node.putObject("hyperparameters");
            OptimizerType type = entry.type();
            entry.hyperparameters().forEach((key, value) -> {
                if (type.hyperparameter(key).isFlag()) {
                    values.put(key, value != 0);
                } else {
                    values.put(key, value);
                }
            });
            node.put("schedule", entry.schedule());
            if (!entry.label().isEmpty()) {
                node.put("label", entry.label());
            }
        }
        return list;
    }

    // ----- saving

    /**
     * Writes the experiment to {@code file} atomically: into a temporary file in the same folder, flushed to disk,
     * then moved over the old one, so a crash leaves the old file or the new one, never half of one.
     */
    public static void save(Experiment experiment, Path file) throws IOException {
        WholeFiles.writeText(file, write(experiment));
    }

    // ----- names in files

    private static <E> Map<String, E> names(E[] values, Function<E, String> spelling) {
        Map<String, E> names = new LinkedHashMap<>();
        for (E value : values) {
            names.put(spelling.apply(value), value);
        }
        return Collections.unmodifiableMap(names);
    }

    private static <E> String name(Map<String, E> names, E value) {
        return names.entrySet().stream().filter(e -> e.getValue() == value).findFirst().orElseThrow().getKey();
    }

    private static Set<String> fields(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
