package downhill.experiment;

import downhill.engine.function.expression.Suggestions;
import downhill.engine.optimizer.Hyperparameter;
import downhill.engine.optimizer.OptimizerType;
import downhill.engine.optimizer.Optimizers;
import downhill.engine.schedule.Schedules;
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
 * column and the JSON path of the problem. The root is read here, its sections by {@link LandscapeReader} and
 * {@link NetworkReader}; the optimizer lists both sections hold, and the helpers they share, are here.
 */
final class ExperimentReader {

    private static final Set<String> ROOT_FIELDS = fields("schemaVersion", "activeTab", "landscape", "network");
    private static final Set<String> OPTIMIZER_FIELDS =
            fields("name", "enabled", "hyperparameters", "schedule", "label");

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
                landscape.present() ? LandscapeReader.read(landscape) : Experiment.defaultLandscape(),
                network.present() ? NetworkReader.read(network, files) : Experiment.defaultNetwork());
    }

    /** A section's list of optimizers, each named once. */
    static List<OptimizerEntry> optimizers(JsonValue v) {
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

    /** What {@code read} makes of {@code value}, or {@code fallback} when the field is absent. */
    static <T> T orDefault(JsonValue value, T fallback, Function<JsonValue, T> read) {
        return value.present() ? read.apply(value) : fallback;
    }

    /** A section's known field names, in the order the file lists them. */
    static Set<String> fields(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
