package downhill.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a {@link Lesson} in the format {@link LessonReader} reads: the first step's experiment whole, each later
 * step's as settings that turn the step before into it (its whole experiment, with null for what it no longer sets),
 * so that reading the file gives the same lesson. Questions keep their stated answers.
 */
final class LessonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LessonWriter() {}

    static String write(Lesson lesson) {
        ObjectNode root = NODES.objectNode();
        root.put("name", lesson.name());
        root.put("title", lesson.title());
        root.put("note", lesson.note());
        root.put("lessonVersion", Lesson.LESSON_VERSION);
        JsonNode before = tree(lesson.step(1).experiment());
        root.set("experiment", before);
        ArrayNode steps = root.putArray("steps");
        for (int k = 1; k <= lesson.steps().size(); k++) {
            LessonStep step = lesson.step(k);
            ObjectNode node = steps.addObject();
            node.put("title", step.title());
            node.put("note", step.note());
            JsonNode now = tree(step.experiment());
            if (k > 1 && !now.equals(before)) {
                node.set("settings", settings(before, now));
            }
            before = now;
            controls(node, "hide", step.hidden());
            controls(node, "lock", step.locked());
            if (step.asks()) {
                node.set("question", question(step.question()));
            }
        }
        return ExperimentWriter.pretty(root);
    }

    private static JsonNode tree(Experiment experiment) {
        return ExperimentWriter.tree(experiment);
    }

    /** {@code now} with null for each field of {@code before} it lacks; merged into {@code before}, it is {@code now}. */
    private static ObjectNode settings(JsonNode before, JsonNode now) {
        ObjectNode settings = ((ObjectNode) now).deepCopy();
        cleared(before, settings);
        if (!LessonReader.merge(before, settings).equals(withoutNulls(now))) {
            throw new IllegalStateException("the step's settings do not give its experiment back");
        }
        return settings;
    }

    /** {@code node} without its null fields: what merging leaves of a null, the same setting (its default). */
    private static JsonNode withoutNulls(JsonNode node) {
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = NODES.objectNode();
        node.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull()) {
                copy.set(field.getKey(), withoutNulls(field.getValue()));
            }
        });
        return copy;
    }

    private static void cleared(JsonNode before, ObjectNode now) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = before.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode kept = now.get(field.getKey());
            if (kept == null) {
                now.putNull(field.getKey());
            } else if (kept.isObject() && field.getValue().isObject()) {
                cleared(field.getValue(), (ObjectNode) kept);
            }
        }
    }

    private static void controls(ObjectNode step, String field, Iterable<String> ids) {
        ArrayNode list = NODES.arrayNode();
        // In the docs' order, so that the same choice writes the same file.
        LessonControls.IDS.stream().filter(id -> contains(ids, id)).forEach(list::add);
        if (!list.isEmpty()) {
            step.set(field, list);
        }
    }

    private static boolean contains(Iterable<String> ids, String id) {
        for (String each : ids) {
            if (each.equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode question(Question question) {
        ObjectNode q = NODES.objectNode();
        if (question instanceof Question.Which which) {
            q.put("kind", "which");
            q.put("ask", QuestionReader.spelling(which.ask()));
            if (which.ask() == Question.WhichAsk.LOWEST_LOSS_AT_STEP) {
                q.put("step", which.step());
            }
            if (which.ask() == Question.WhichAsk.FIRST_TO_ACCURACY) {
                q.put("threshold", which.threshold());
            }
        } else if (question instanceof Question.YesNo yesNo) {
            q.put("kind", "yes-no");
            q.put("ask", QuestionReader.spelling(yesNo.ask()));
            q.put("optimizer", yesNo.optimizer());
        } else if (question instanceof Question.Where where) {
            q.put("kind", "where");
            q.put("optimizer", where.optimizer());
            q.put("step", where.step());
            q.put("radius", where.radius());
        } else if (question instanceof Question.Number number) {
            q.put("kind", "number");
            q.put("ask", QuestionReader.spelling(number.ask()));
            if (number.optimizer() != null) {
                q.put("optimizer", number.optimizer());
            }
            q.put("tolerance", number.tolerance());
        }
        q.put("prompt", question.prompt());
        Answer stated = question.stated();
        if (stated instanceof Answer.Choice choice) {
            q.put("answer", choice.choice());
        } else if (stated instanceof Answer.Point point) {
            q.putObject("answer").put("x", point.x()).put("y", point.y());
        } else if (stated instanceof Answer.Value value) {
            q.put("answer", value.value());
        }
        return q;
    }
}
