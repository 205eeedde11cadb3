package downhill.experiment;

import java.util.List;

/**
 * Where a class is in a lesson, as a value a view-model holds: the step shown, whether its question is still open
 * or revealed, and the class's tally. Back/Next move between steps (a new step opens with its question asked and an
 * empty tally); Reveal closes the question so the race may play and the right answer be marked.
 *
 * @param index the step shown, counting from 0
 * @param revealed whether the step's answer shows (always true for a step without a question)
 */
public record LessonProgress(Lesson lesson, int index, boolean revealed, Tally tally) {

    public LessonProgress {
        if (index < 0 || index >= lesson.steps().size()) {
            throw new IllegalArgumentException(
                    "step index must be from 0 to " + (lesson.steps().size() - 1) + ", got " + index);
        }
    }

    /** The lesson's first step, its question open. */
    public static LessonProgress start(Lesson lesson) {
        return at(lesson, 0);
    }

    private static LessonProgress at(Lesson lesson, int index) {
        LessonStep step = lesson.steps().get(index);
        List<String> choices = step.asks() ? step.question().choices(step.experiment()) : List.of();
        return new LessonProgress(lesson, index, !step.asks(), Tally.empty(choices));
    }

    public LessonStep step() {
        return lesson.steps().get(index);
    }

    /** Whether the question is open: the race stays hidden or frozen at step 0 until Reveal. */
    public boolean asking() {
        return !revealed;
    }

    public boolean canGoBack() {
        return index > 0;
    }

    public boolean canGoNext() {
        return index < lesson.steps().size() - 1;
    }

    /** The next step, its question open; this one at the last step. */
    public LessonProgress next() {
        return canGoNext() ? at(lesson, index + 1) : this;
    }

    /** The previous step, its question open again; this one at the first step. */
    public LessonProgress back() {
        return canGoBack() ? at(lesson, index - 1) : this;
    }

    /** The class's answers so far replaced by {@code counts}. */
    public LessonProgress withTally(Tally counts) {
        return new LessonProgress(lesson, index, revealed, counts);
    }

    /** The question answered: the race may play and the right answer shows. */
    public LessonProgress reveal() {
        return new LessonProgress(lesson, index, true, tally);
    }
}
