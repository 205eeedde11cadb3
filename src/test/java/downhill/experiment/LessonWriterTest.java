package downhill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson written and read again is the same lesson: the shipped ones, and steps that drop a setting. */
class LessonWriterTest {

    @TempDir
    Path dir;

    @Test
    void everyShippedLessonRoundTrips() throws Exception {
        for (Lesson lesson : Presets.lessons()) {
            Path file = dir.resolve(lesson.name() + ".downhill");
            LessonFiles.save(lesson, file);
            String text = Files.readString(file);
            assertTrue(LessonFiles.isLesson(text), lesson.name());
            assertEquals(lesson, LessonFiles.read(text, file), lesson.name());
        }
    }

    @Test
    void aStepThatDropsASettingOfTheStepBeforeGetsItsOwnExperimentBack() throws Exception {
        // everythingChanged has a map and a drawn data set; the defaults have neither.
        Experiment full = ExperimentCodecTestData.everythingChanged();
        Experiment plain = Experiment.defaults();
        Question.Which asked =
                new Question.Which("Which ends lowest?", Question.WhichAsk.LOWEST_LOSS_AT_STEP, 10, 0, null);
        Question which = new Question.Which(
                asked.prompt(),
                asked.ask(),
                asked.step(),
                0,
                new Answer.Choice(asked.choices(plain).get(0)));
        Question number = new Question.Number("How much?", Question.NumberAsk.VALUE, null, 0.5, new Answer.Value(2.5));
        Lesson lesson = new Lesson(
                "mine",
                "My lesson",
                "Two steps.",
                List.of(
                        new LessonStep("Full", "Everything set.", full, Set.of("view"), Set.of("function"), null),
                        new LessonStep("Plain", "Back to the defaults.", plain, Set.of(), Set.of("speed"), which),
                        new LessonStep("Again", "The same, asked differently.", plain, Set.of(), Set.of(), number)));
        String text = LessonFiles.write(lesson);
        assertTrue(text.contains("null"), "what step 2 no longer sets is written as null");
        assertEquals(lesson, LessonFiles.read(text, dir.resolve("mine.downhill")));
    }
}
