package downhill.experiment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import downhill.engine.data.BatchSize;
import downhill.engine.data.DrawnPoints;
import downhill.engine.nn.Initialization;
import downhill.engine.optimizer.OptimizerType;
import java.io.IOException;
import java.util.List;

/** Writes experiments as pretty-printed JSON in canonical form: every field, in a fixed order. */
final class ExperimentWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExperimentWriter() {}

    /** The experiment as pretty-printed JSON in canonical form (every field, fixed order), ending in a newline. */
    static String write(Experiment experiment) {
        return pretty(tree(experiment));
    }

    static String pretty(JsonNode tree) {
        DefaultPrettyPrinter printer = new PointsOnALine(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
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
        private static boolean inner(JsonGenerator g) {
            JsonStreamContext context = g.getOutputContext();
            return context.inArray()
                    && context.getParent() != null
                    && context.getParent().inArray();
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            if (inner(g)) {
                g.writeRaw('[');
            } else {
                super.writeStartArray(g);
            }
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (!inner(g)) {
                super.beforeArrayValues(g);
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            if (inner(g)) {
                g.writeRaw(", ");
            } else {
                super.writeArrayValueSeparator(g);
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
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
        root.put("activeTab", ExperimentNames.name(ExperimentNames.TABS, e.activeTab()));
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
        node.put("layout", ExperimentNames.name(ExperimentNames.LAYOUTS, s.layout()));
        node.put("colormap", ExperimentNames.name(ExperimentNames.COLORMAPS, s.colormap()));
        node.put("logScale", s.logScale());
        node.put("lossLogScale", s.lossLogScale());
        node.put("view", ExperimentNames.name(ExperimentNames.VIEWS, s.view()));
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
        node.put("batchMode", ExperimentNames.name(ExperimentNames.BATCH_MODES, s.batchMode()));
        node.put("batchSize", s.batchSize());
        node.put("epochs", s.epochs());
        node.put("l2", s.l2());
        node.put("logScale", s.logScale());
        node.set("optimizers", optimizers(s.optimizers()));
        ObjectNode slice = node.putObject("lossLandscape");
        slice.put(
                "directions",
                ExperimentNames.name(
                        ExperimentNames.DIRECTIONS, s.lossLandscape().directions()));
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
}
