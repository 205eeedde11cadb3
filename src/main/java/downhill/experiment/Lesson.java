package downhill.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A scenario as a sequence of steps: a lesson. A preset file without {@code steps} is a lesson of one step (its
 * experiment and note); one with steps reads as {@link LessonReader} describes. {@link LessonProgress} walks it.
 *
 * @param steps at least one
 */
public record Lesson(String name, String title, String note, List<LessonStep> steps) {

    /** The version of the lesson format ({@code lessonVersion} in a file); see docs/experiments.md. */
    public static final int LESSON_VERSION = 1;

    public Lesson {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(note, "note");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson has at least one step");
        }
    }

    /** Step {@code k}, counting from 1 as the window and the CLI do. */
    public LessonStep step(int k) {
        if (k < 1 || k > steps.size()) {
            throw new IllegalArgumentException("step must be from 1 to " + steps.size() + ", got " + k);
        }
        return steps.get(k - 1);
    }

    /** Whether this is a lesson of several steps, not a plain one-step scenario. */
    public boolean stepped() {
        return steps.size() > 1 || steps.get(0).asks();
    }

    /**
     * The keys of this lesson's texts in presets_LANG.properties: {@code preset.NAME.title} and {@code .note}, and for
     * a stepped lesson {@code preset.NAME.stepK.title}, {@code .note} and, when step K asks, {@code .prompt}.
     */
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(List.of(key("title"), key("note")));
        if (stepped()) {
            for (int k = 1; k <= steps.size(); k++) {
                keys.add(stepKey(k, "title"));
                keys.add(stepKey(k, "note"));
                if (step(k).asks()) {
                    keys.add(stepKey(k, "prompt"));
                }
            }
        }
        return keys;
    }

    /** {@code preset.NAME.PART}. */
    public String key(String part) {
        return "preset." + name + "." + part;
    }

    /** {@code preset.NAME.stepK.PART}. */
    public String stepKey(int k, String part) {
        return "preset." + name + ".step" + k + "." + part;
    }
}
