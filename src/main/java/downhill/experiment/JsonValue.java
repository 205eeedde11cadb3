package downhill.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import downhill.engine.function.expression.Suggestions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A value of a parsed JSON document with its path ({@code landscape.optimizers[2].name}) and its place in the text,
 * so that every complaint about it can say where it is. A missing field is a {@code JsonValue} too, located at its
 * parent object.
 */
final class JsonValue {

    private final JsonNode node;
    private final String path;
    private final String pointer;
    private final Map<String, JsonLocation> locations;

    private JsonValue(JsonNode node, String path, String pointer, Map<String, JsonLocation> locations) {
        this.node = node;
        this.path = path;
        this.pointer = pointer;
        this.locations = locations;
    }

    static JsonValue root(JsonNode node, Map<String, JsonLocation> locations) {
        return new JsonValue(node, "", "", locations);
    }

    String path() {
        return path;
    }

    boolean present() {
        return node != null && !node.isMissingNode();
    }

    boolean isNull() {
        return node == null || node.isMissingNode() || node.isNull();
    }

    boolean isTextual() {
        return present() && node.isTextual();
    }

    boolean isArray() {
        return present() && node.isArray();
    }

    boolean isBoolean() {
        return present() && node.isBoolean();
    }

    /** The field {@code name} of this object (which may be missing). */
    JsonValue field(String name) {
        return new JsonValue(
                node.get(name),
                path.isEmpty() ? name : path + "." + name,
                pointer + "/" + name.replace("~", "~0").replace("/", "~1"),
                locations);
    }

    /** The field {@code name}, which must be there. */
    JsonValue required(String name) {
        JsonValue value = field(name);
        if (!value.present()) {
            throw value.error("missing required field '" + name + "'");
        }
        return value;
    }

    /** This value as an object whose fields are all among {@code known}. */
    JsonValue object(Set<String> known) {
        if (!present() || !node.isObject()) {
            throw error("must be an object {...}, got " + describe());
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw field(name)
                        .error("unknown field '" + name + "'" + Suggestions.didYouMean(Suggestions.closest(name, known))
                                + " (known here: " + String.join(", ", known) + ")");
            }
        }
        return this;
    }

    List<JsonValue> items() {
        if (!present() || !node.isArray()) {
            throw error("must be a list [...], got " + describe());
        }
        List<JsonValue> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new JsonValue(node.get(i), path + "[" + i + "]", pointer + "/" + i, locations));
        }
        return items;
    }

    /** The names of this object's fields, in the order written. */
    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    String text() {
        if (!present() || !node.isTextual()) {
            throw error("must be a text in quotes, got " + describe());
        }
        return node.textValue();
    }

    double number() {
        if (!present() || !node.isNumber()) {
            throw error("must be a number, got " + describe());
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw error("must be a finite number, got " + node.asText());
        }
        return value;
    }

    long whole(long min, long max) {
        if (!present()
                || !node.isIntegralNumber()
                || !node.canConvertToLong()
                || node.longValue() < min
                || node.longValue() > max) {
            throw error("must be a whole number "
                    + (max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? "≥ " + min : "from " + min + " to " + max)
                    + ", got " + describe());
        }
        return node.longValue();
    }

    int whole(int min, int max) {
        return (int) whole((long) min, max);
    }

    boolean bool() {
        if (!present() || !node.isBoolean()) {
            throw error("must be true or false, got " + describe());
        }
        return node.booleanValue();
    }

    /** One of {@code names} (the enum constants' spelling in files); the error suggests the closest. */
    <E extends Enum<E>> E choice(Map<String, E> names) {
        String text = text();
        E value = names.get(text);
        if (value == null) {
            throw error(
                    "unknown value '" + text + "'" + Suggestions.didYouMean(Suggestions.closest(text, names.keySet()))
                            + " (accepted: " + String.join(", ", names.keySet()) + ")");
        }
        return value;
    }

    /** Runs a check whose {@link IllegalArgumentException} is about this value, and locates its message here. */
    <T> T checked(Supplier<T> check) {
        try {
            return check.get();
        } catch (ExperimentException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    ExperimentException error(String problem) {
        JsonLocation at = locate();
        int line = at == null ? 1 : at.getLineNr();
        int column = at == null ? 1 : at.getColumnNr();
        return new ExperimentException(line, column, path, problem);
    }

    /** This value's place, or for a missing one its closest present parent's. */
    private JsonLocation locate() {
        String p = pointer;
        while (!p.isEmpty() && !locations.containsKey(p)) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return locations.get(p);
    }

    private String describe() {
        if (!present()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            String text = node.textValue();
            return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isNumber() ? node.asText() : node.toString();
    }
}
