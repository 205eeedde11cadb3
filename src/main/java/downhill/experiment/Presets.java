package downhill.experiment;

import downhill.engine.function.expression.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenarios shipped in {@code resources/presets/}: {@code index.txt} lists their names in menu order, and
 * {@code NAME.json} holds each one ({@code name}, {@code title}, {@code note}, {@code experiment}, and for a lesson of
 * several steps {@code lessonVersion} and {@code steps}: {@link LessonReader}). A preset's CSV
 * files are named inside {@code presets/} ({@code "csv": "data/lecture_train.csv"}) and used from copies in a cache
 * folder ({@link PresetData}).
 */
public final class Presets {

    private static final String FOLDER = "/presets/";

    private Presets() {}

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

    /**
     * Every preset's title by name, in menu order: what a menu needs, read without the presets' experiments (the
     * window's Scenarios menu is made at start, and reading every lesson there cost a tenth of the start-up).
     */
    public static Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        for (String name : names()) {
            try {
                titles.put(
                        name,
                        JsonText.parse(resource(name + ".json"))
                                .required("title")
                                .text());
            } catch (ExperimentException e) {
                throw new IllegalStateException("preset " + name + ".json: " + e.getMessage(), e);
            }
        }
        return titles;
    }

    /** Every preset, in menu order. */
    public static List<Preset> all() {
        return names().stream().map(Presets::byName).toList();
    }

    /** The preset named {@code name}; an {@link IllegalArgumentException} lists the names for a wrong one. */
    public static Preset byName(String name) {
        return preset(lesson(name));
    }

    private static void requireName(String name) {
        List<String> names = names();
        if (!names.contains(name)) {
            throw new IllegalArgumentException("unknown preset '" + name + "'"
                    + Suggestions.didYouMean(Suggestions.closest(name, names))
                    + " (presets: " + String.join(", ", names) + ")");
        }
    }

    /** The preset named {@code name} as a lesson, its steps (one for a plain scenario); a wrong name as in byName. */
    public static Lesson lesson(String name) {
        requireName(name);
        try {
            return LessonReader.read(resource(name + ".json"), PresetData::resolve);
        } catch (ExperimentException e) {
            throw new IllegalStateException("preset " + name + ".json: " + e.getMessage(), e);
        }
    }

    /** Every preset as a lesson, in menu order. */
    public static List<Lesson> lessons() {
        return names().stream().map(Presets::lesson).toList();
    }

    /**
     * Reads a preset file; problems are located like an experiment file's. A lesson of several steps reads as its
     * first step's experiment (what the Scenarios menu opens) with the lesson's title and note.
     */
    public static Preset read(String json) {
        return preset(readLesson(json));
    }

    /** Reads a preset file as a lesson; problems are located like an experiment file's, in a step's settings too. */
    public static Lesson readLesson(String json) {
        return LessonReader.read(json, PresetData::resolve);
    }

    private static Preset preset(Lesson lesson) {
        return new Preset(
                lesson.name(),
                lesson.title(),
                lesson.note(),
                lesson.steps().get(0).experiment());
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
