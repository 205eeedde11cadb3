package downhill.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a preset file as a {@link Lesson}. Without {@code steps} it is one step: the file's experiment and note.
 * With {@code steps}, step k's experiment is step k−1's (the file's {@code experiment} before step 1) with step k's
 * {@code settings} merged in (objects field by field, lists and values replaced, a null removing the field), then
 * read by the experiment reader,
 * so every check applies; a problem is located where its value was written, e.g.
 * {@code line 40, column 18: steps[2].settings.landscape.start: ...}.
 */
final class LessonReader {

    private static final Set<String> FIELDS =
            new LinkedHashSet<>(List.of("name", "title", "note", "lessonVersion", "experiment", "steps"));
    private static final Set<String> STEP_FIELDS =
            new LinkedHashSet<>(List.of("title", "note", "settings", "hide", "lock", "question"));
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private LessonReader() {}

    static Lesson read(String json, CsvFiles files) {
        JsonValue root = ExperimentCodec.parse(json).object(FIELDS);
        String name = root.required("name").text();
        String title = root.required("title").text();
        String note = root.required("note").text();
        JsonValue version = root.field("lessonVersion");
        if (version.present() && version.whole(1L, Long.MAX_VALUE) > Lesson.LESSON_VERSION) {
            throw version.error("written by a newer Downhill: lesson version " + version.whole(1L, Long.MAX_VALUE)
                    + ", this version reads up to " + Lesson.LESSON_VERSION);
        }
        JsonValue base = root.required("experiment");
        JsonValue steps = root.field("steps");
        if (!steps.present()) {
            return new Lesson(
                    name, title, note, List.of(LessonStep.of(title, note, ExperimentCodec.experiment(base, files))));
        }
        List<JsonValue> items = steps.items();
        if (items.isEmpty()) {
            throw steps.error("a lesson has at least one step; leave 'steps' out for a one-step scenario");
        }
        JsonNode raw = plain(json);
        JsonNode current = raw.get("experiment").deepCopy();
        List<JsonValue> origins = new ArrayList<>(List.of(base));
        List<LessonStep> read = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonValue step = items.get(i).object(STEP_FIELDS);
            String stepTitle = step.required("title").text();
            String stepNote = step.required("note").text();
            JsonValue settings = step.field("settings");
            if (settings.present()) {
                JsonNode given = raw.get("steps").get(i).get("settings");
                if (!given.isObject()) {
                    throw settings.error("must be an object {...} holding any part of an experiment");
                }
                current = merge(current, given);
                origins.add(settings);
            }
            Experiment experiment = experiment(current, origins, files);
            read.add(new LessonStep(
                    stepTitle,
                    stepNote,
                    experiment,
                    controls(step.field("hide")),
                    controls(step.field("lock")),
                    step.field("question").present() ? QuestionReader.read(step.field("question"), experiment) : null));
        }
        return new Lesson(name, title, note, read);
    }

    /** {@code base} with {@code settings} merged in: objects field by field, null removing, anything else replaced. */
    static JsonNode merge(JsonNode base, JsonNode settings) {
        if (!base.isObject() || !settings.isObject()) {
            return settings.deepCopy();
        }
        ObjectNode merged = ((ObjectNode) base).deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> fields = settings.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                // null takes a setting back to its default, as if never written (a map left, a CSV no longer used).
                merged.remove(field.getKey());
                continue;
            }
            JsonNode old = merged.get(field.getKey());
            merged.set(field.getKey(), old == null ? field.getValue().deepCopy() : merge(old, field.getValue()));
        }
        return merged;
    }

    private static Set<String> controls(JsonValue list) {
        Set<String> ids = new LinkedHashSet<>();
        if (list.present()) {
            for (JsonValue id : list.items()) {
                ids.add(id.checked(() -> LessonControls.check(id.text())));
            }
        }
        return ids;
    }

    /** The merged experiment read; a problem is moved to the file's place that wrote the value at fault. */
    private static Experiment experiment(JsonNode merged, List<JsonValue> origins, CsvFiles files) {
        try {
            return ExperimentCodec.experiment(JsonValue.root(merged, Map.of()), files);
        } catch (ExperimentException e) {
            throw relocated(e, origins);
        }
    }

    /**
     * The problem at the merged path placed where it was written: in the latest of the file's experiment and the
     * steps' settings up to this one that holds the deepest part of the path (the experiment when none holds any).
     */
    private static ExperimentException relocated(ExperimentException e, List<JsonValue> origins) {
        List<String> segments = new ArrayList<>();
        Matcher m = SEGMENT.matcher(e.path());
        while (m.find()) {
            segments.add(m.group());
        }
        JsonValue best = origins.get(0);
        int bestDepth = -1;
        for (JsonValue origin : origins) {
            JsonValue v = origin;
            int depth = 0;
            for (String segment : segments) {
                JsonValue next = child(v, segment);
                if (next == null || !next.present()) {
                    break;
                }
                v = next;
                depth++;
            }
            // Ties go to the later source, except that nothing in common at all is the file's experiment's.
            if (depth > bestDepth || depth == bestDepth && depth > 0) {
                best = v;
                bestDepth = depth;
            }
        }
        StringBuilder path = new StringBuilder(best.path());
        for (String rest : segments.subList(bestDepth, segments.size())) {
            path.append(rest.startsWith("[") || path.length() == 0 ? "" : ".").append(rest);
        }
        ExperimentException at = best.error(e.problem());
        return new ExperimentException(at.line(), at.column(), path.toString(), e.problem());
    }

    private static JsonValue child(JsonValue v, String segment) {
        if (!segment.startsWith("[")) {
            return v.field(segment);
        }
        int index = Integer.parseInt(segment.substring(1, segment.length() - 1));
        return v.isArray() && index < v.items().size() ? v.items().get(index) : null;
    }

    private static JsonNode plain(String json) {
        try {
            return PLAIN.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the text parsed once and not again", e);
        }
    }
}
