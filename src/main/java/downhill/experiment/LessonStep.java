package downhill.experiment;

import java.util.Objects;
import java.util.Set;

/**
 * One step of a {@link Lesson}: what the teacher says (title, note), the experiment it sets up (the previous step's
 * with this step's settings merged in), the controls hidden or locked while it shows ({@link LessonControls}) and
 * the question it asks first, if any.
 *
 * @param question the question, or null for a step that just shows
 */
public record LessonStep(
        String title, String note, Experiment experiment, Set<String> hidden, Set<String> locked, Question question) {

    public LessonStep {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(experiment, "experiment");
        hidden = Set.copyOf(hidden);
        locked = Set.copyOf(locked);
        for (String id : hidden) {
            LessonControls.check(id);
        }
        for (String id : locked) {
            LessonControls.check(id);
        }
    }

    /** The step of a plain scenario: its title, note and experiment, nothing hidden or locked, no question. */
    public static LessonStep of(String title, String note, Experiment experiment) {
        return new LessonStep(title, note, experiment, Set.of(), Set.of(), null);
    }

    public boolean asks() {
        return question != null;
    }

    /** The right answer: the file's if it states one, else the engine's (which runs the race or the training). */
    public Answer expectedAnswer() {
        if (question == null) {
            throw new IllegalStateException("the step '" + title + "' asks no question");
        }
        return question.expected(experiment);
    }
}
