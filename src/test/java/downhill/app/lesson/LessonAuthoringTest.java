package downhill.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.experiment.ExperimentViewModel;
import downhill.app.i18n.Messages;
import downhill.app.landscape.LandscapeViewModel;
import downhill.app.network.NetworkViewModel;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.experiment.Answer;
import downhill.experiment.Lesson;
import downhill.experiment.LessonFiles;
import downhill.experiment.Presets;
import downhill.experiment.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a lesson from the window's state, without a window: save, reopen, the same lesson. */
class LessonAuthoringTest {

    private LandscapeViewModel landscape;
    private ExperimentViewModel experiment;
    private LessonAuthoringViewModel authoring;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() {
        Messages.use(Locale.ENGLISH);
        landscape = new LandscapeViewModel(new OptimizerListViewModel(), Runnable::run);
        experiment =
                new ExperimentViewModel(landscape, new NetworkViewModel(Runnable::run, Runnable::run), Runnable::run);
        authoring = new LessonAuthoringViewModel(experiment::capture);
    }

    private void twoSteps() {
        experiment.openPreset(Presets.byName("momentum-rosenbrock"));
        authoring.addStep("Momentum", "Watch the valley.", null);
        authoring.lock("function", true);
        authoring.hide("learning-rate", true);
        landscape.stepLimitProperty().set(300);
        QuestionDraft draft =
                new QuestionDraft("which", "lowest-loss-at-step", null, "200", "", "", "Which is lowest at step 200?");
        authoring.addStep("Who is lowest?", "After 200 steps.", draft.question());
        authoring.lock("speed", true);
        authoring.lock("speed", false);
        authoring.lock("step-limit", true);
    }

    @Test
    void saveThenReopenGivesTheIdenticalLessonWithTheEnginesAnswerStated() throws Exception {
        twoSteps();
        assertTrue(authoring.authoringProperty().get());
        Lesson written = authoring.lesson("mine", "My lesson", "Momentum, then a question.");
        Path file = folder.resolve("mine.downhill");
        assertEquals(Optional.empty(), authoring.save(file, "My lesson", "Momentum, then a question."));
        assertFalse(authoring.authoringProperty().get(), "saved: authoring ends");
        Lesson read = LessonFiles.read(Files.readString(file), file);
        assertEquals(written, read);
        assertEquals(Set.of("function"), read.step(1).locked());
        assertEquals(Set.of("learning-rate"), read.step(1).hidden());
        assertEquals(Set.of("step-limit"), read.step(2).locked());
        assertEquals(300, read.step(2).experiment().landscape().stepLimit());
        Question asked = read.step(2).question();
        assertEquals(asked.answer(read.step(2).experiment()), asked.stated());
        assertTrue(asked.stated() instanceof Answer.Choice);
        // Opened again, it plays as a lesson and its locks hold.
        assertEquals(Optional.empty(), experiment.open(file));
        assertTrue(experiment.lesson().activeProperty().get());
        assertEquals(Set.of("function"), experiment.lesson().locked());
    }

    @Test
    void aQuestionThatCannotBeAnsweredOnItsStepIsRefusedAndNothingIsWritten() {
        experiment.openPreset(Presets.byName("momentum-rosenbrock"));
        QuestionDraft draft = new QuestionDraft("where", null, "nobody", "10", "0.5", "", "Where?");
        authoring.addStep("Where", "A place.", draft.question());
        Path file = folder.resolve("bad.downhill");
        Optional<String> problem = authoring.save(file, "Bad", "");
        assertTrue(problem.orElse("").startsWith("The lesson would not open: "), problem.toString());
        assertTrue(problem.orElse("").contains("nobody"), problem.toString());
        assertFalse(Files.exists(file));
        assertTrue(authoring.authoringProperty().get(), "the draft stays to be fixed");
    }

    @Test
    void aDraftQuestionNamesTheFieldItMisses() {
        QuestionDraft noStep = new QuestionDraft("where", null, "sgd", "", "0.5", "", "Where?");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, noStep::question);
        assertEquals("The Step is missing.", e.getMessage());
        assertEquals(null, new QuestionDraft("none", null, null, null, null, null, null).question());
    }
}
