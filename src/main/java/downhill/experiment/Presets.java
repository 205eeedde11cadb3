package downhill.experiment;

import downhill.engine.function.expression.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scenarios shipped in {@code resources/presets/}: {@code index.txt} lists their names in menu order, and
 * {@code NAME.json} holds each one ({@code name}, {@code title}, {@code note}, {@code experiment}). A preset's CSV
 * files are named inside {@code presets/} ({@code "csv": "data/lecture_train.csv"}) and used from copies in a cache
 * folder ({@link PresetData}).
 */
public final class Presets {

    private static final String FOLDER = "/presets/";
    private static final Set<String> FIELDS = new LinkedHashSet<>(List.of("name", "title", "note",
            "experiment"));

    private Presets() {
    }

    /** The names in menu order, from the index. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /** Every preset, in menu order. */
    public static List<Preset> all() {
        return names().stream().map(Presets::load).toList();
    }

    /** The preset named {@code name}; an {@link IllegalArgumentException} lists the names for a wrong one. */
    public static Preset byName(String name) {
        List<String> names = names();
        if (!names.contains(name)) {
            throw new IllegalArgumentException("unknown preset '" + name + "'"
                    + Suggestions.didYouMean(
                    Suggestions.closest(name, names))
                    + " (presets: " + String.join(", ", names) + ")");
        }
        return load(name);
    }

    static Preset load(String name) {
        try {
            return read(resource(name + ".json"));
        } catch (ExperimentException e) {
            throw new IllegalStateException("preset " + name + ".json: " + e.getMessage(), e);
        }
    }

    /** Reads a preset file; problems are located like an experiment file's. */
    public static Preset read(String json) {
        JsonValue root = ExperimentCodec.parse(json).object(FIELDS);
        String name = root.required("name").text();
        String title = root.required("title").text();
        String note = root.required("note").text();
        return new Preset(name, title, note, ExperimentCodec.experiment(root.required("experiment"),
                PresetData::resolve));
    }

    private static String resource(String file) {
        try (InputStream in = Presets.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FOLDER + file, e);
        }
    }
}
