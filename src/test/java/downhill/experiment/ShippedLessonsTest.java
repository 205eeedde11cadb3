package downhill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped lesson loads, and every answer a lesson file states is the one the engine computes. */
class ShippedLessonsTest {

    static Stream<String> lessons() {
        return Presets.lessons().stream().filter(Lesson::stepped).map(Lesson::name);
    }

    @Test
    void atLeastSixLessonsOfTwoToFourStepsAskQuestions() {
        List<Lesson> stepped =
                Presets.lessons().stream().filter(Lesson::stepped).toList();
        assertTrue(stepped.size() >= 6, "lessons: " + stepped.size());
        for (Lesson lesson : stepped) {
            assertTrue(lesson.steps().size() >= 2 && lesson.steps().size() <= 4, lesson.name());
            assertTrue(lesson.steps().stream().anyMatch(LessonStep::asks), lesson.name());
        }
        assertTrue(
                stepped.stream()
                        .flatMap(l -> l.steps().stream())
                        .anyMatch(s -> s.question() instanceof Question.Which w
                                && w.ask() == Question.WhichAsk.FIRST_TO_ACCURACY),
                "a network question");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyStatedAnswerIsTheEngines(String name) {
        Lesson lesson = Presets.lesson(name);
        for (int k = 1; k <= lesson.steps().size(); k++) {
            LessonStep step = lesson.step(k);
            String where = name + " step " + k;
            assertFalse(step.title().isBlank(), where);
            assertTrue(step.note().length() > 60, where);
            if (!step.asks()) {
                continue;
            }
            Question q = step.question();
            assertFalse(q.prompt().isBlank(), where);
            assertTrue(q.stated() != null, where + ": shipped lessons state their answers");
            Answer computed = q.answer(step.experiment());
            if (computed instanceof Answer.Point p) {
                Answer.Point stated = (Answer.Point) q.stated();
                assertEquals(p.x(), stated.x(), 1e-3, where);
                assertEquals(p.y(), stated.y(), 1e-3, where);
                assertEquals(1, q.score(computed, stated), where);
            } else if (computed instanceof Answer.Value v) {
                assertEquals(v.value(), ((Answer.Value) q.stated()).value(), 1e-9, where);
            } else {
                assertEquals(q.stated(), computed, where);
                assertTrue(q.choices(step.experiment()).contains(((Answer.Choice) computed).choice()), where);
            }
        }
    }
}
