package downhill.app.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.app.experiment.ExperimentViewModel;
import downhill.app.i18n.Messages;
import downhill.app.landscape.LandscapeViewModel;
import downhill.app.network.NetworkViewModel;
import downhill.app.optimizers.OptimizerListViewModel;
import downhill.experiment.Answer;
import downhill.experiment.Presets;
import downhill.experiment.Question;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson played without a window: the real view-models, background work on the calling thread. */
class LessonViewModelTest {

    private static final String LADDER = "lesson-lr-ladder";

    private LandscapeViewModel landscape;
    private ExperimentViewModel experiment;
    private LessonViewModel lesson;
    private NetworkViewModel network;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() {
        Messages.use(Locale.ENGLISH);
        landscape = new LandscapeViewModel(new OptimizerListViewModel(), Runnable::run);
        network = new NetworkViewModel(Runnable::run, Runnable::run);
        experiment = new ExperimentViewModel(landscape, network, Runnable::run);
        lesson = experiment.lesson();
    }

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    private void openLadder() {
        experiment.openPreset(Presets.byName(LADDER));
    }

    @Test
    void aSteppedScenarioOpensAsALessonAtItsFirstStepWithItsQuestionOpen() {
        openLadder();
        assertTrue(lesson.activeProperty().get());
        assertTrue(lesson.askingProperty().get());
        assertEquals("Step 1 of 3", lesson.stepTextProperty().get());
        assertEquals("Two rates, one bowl", lesson.titleProperty().get());
        assertEquals(
                "Which learning rate arrives at the minimum first?",
                lesson.promptProperty().get());
        assertEquals(List.of("η = 0.1", "η = 0.4", Question.NONE), lesson.choices());
        assertEquals(Set.of("function", "optimizers", "learning-rate"), lesson.locked());
        assertEquals(Set.of(), lesson.hidden());
        // The step's settings are the window's, and they are not an unsaved change.
        assertEquals(100, landscape.stepLimitProperty().get());
        assertEquals(
                0.4,
                landscape.optimizers().get("momentum").learningRateProperty().get());
        assertFalse(experiment.unsavedProperty().get());
        assertFalse(lesson.canGoBack());
        assertTrue(lesson.canGoNext());
    }

    @Test
    void whileTheQuestionIsOpenTheRaceStaysAtStepZeroAndDoesNotPlay() {
        openLadder();
        landscape.currentStepProperty().set(40);
        landscape.togglePlay();
        landscape.stepForward();
        assertEquals(0, landscape.currentStepProperty().get());
        assertFalse(landscape.playingProperty().get());
    }

    @Test
    void revealMarksTheEnginesAnswerShowsTheTallyAndPlaysTheRace() {
        openLadder();
        lesson.count("η = 0.1", 3);
        lesson.count("η = 0.4", 12);
        lesson.reveal();
        assertFalse(lesson.askingProperty().get());
        assertEquals(new Answer.Choice("η = 0.4"), lesson.rightProperty().get());
        assertEquals(12, lesson.votes().count("η = 0.4"));
        assertEquals(0.8, lesson.votes().share("η = 0.4"), 1e-12);
        assertEquals("Answer: η = 0.4", lesson.resultText());
        assertTrue(landscape.playingProperty().get());
        landscape.currentStepProperty().set(40);
        assertEquals(40, landscape.currentStepProperty().get());
    }

    @Test
    void aNetworkStepAsksWithTrainLockedAndRevealTrains() {
        experiment.openPreset(Presets.byName("lesson-moons-accuracy"));
        assertTrue(lesson.askingProperty().get());
        assertTrue(lesson.locked().contains("train"), "Train would show the answer before Reveal");
        network.onFrame(1);
        String idle = network.session().statusProperty().get();
        lesson.reveal();
        assertFalse(lesson.locked().contains("train"));
        network.onFrame(1);
        assertFalse(network.session().statusProperty().get().equals(idle), "Reveal trains: " + idle);
    }

    @Test
    void aStudentAloneIsATallyOfOne() {
        openLadder();
        lesson.pickProperty().set("η = 0.1");
        lesson.reveal();
        assertEquals(1, lesson.votes().total());
        assertEquals(1, lesson.votes().count("η = 0.1"));
    }

    @Test
    void nextAndBackOpenEachStepsQuestionAgainWithAnEmptyTally() {
        openLadder();
        lesson.count("η = 0.4", 5);
        lesson.reveal();
        lesson.next();
        assertEquals("Step 2 of 3", lesson.stepTextProperty().get());
        assertTrue(lesson.askingProperty().get());
        assertEquals(List.of("yes", "no"), lesson.choices());
        assertEquals(
                1.1, landscape.optimizers().get("sgd").learningRateProperty().get());
        assertFalse(landscape.playingProperty().get());
        assertNull(lesson.rightProperty().get());
        lesson.back();
        assertEquals("Step 1 of 3", lesson.stepTextProperty().get());
        assertTrue(lesson.askingProperty().get());
        assertEquals(0, lesson.votes().total());
        lesson.back();
        assertEquals("Step 1 of 3", lesson.stepTextProperty().get());
    }

    @Test
    void aNumberAnswerIsJudgedByTheQuestionsTolerance() {
        openLadder();
        lesson.next();
        lesson.next();
        assertEquals(Set.of("learning-rate"), lesson.hidden());
        lesson.numberProperty().set(0.97);
        lesson.reveal();
        assertEquals("Answer: 1 (within ± 0.05 counts as right). Yours, 0.97: right.", lesson.resultText());
    }

    @Test
    void theStepTextsFollowTheWindowsLanguage() {
        Messages.use(Locale.GERMAN);
        openLadder();
        assertEquals("Schritt 1 von 3", lesson.stepTextProperty().get());
        assertFalse(
                lesson.titleProperty().get().equals("Two rates, one bowl"),
                lesson.titleProperty().get());
        assertEquals("Keiner", LessonTexts.choice(Question.NONE));
    }

    @Test
    void aPlainScenarioEndsTheLessonAndFreesTheRace() {
        openLadder();
        experiment.openPreset(Presets.byName("momentum-rosenbrock"));
        assertFalse(lesson.activeProperty().get());
        assertEquals(Set.of(), lesson.locked());
        landscape.currentStepProperty().set(40);
        assertEquals(40, landscape.currentStepProperty().get());
    }

    @Test
    void fileOpenPlaysALessonFileAndSaveNeverOverwritesIt() throws IOException {
        Path file = folder.resolve("ladder.downhill");
        Files.writeString(file, shipped(LADDER));
        assertEquals(Optional.empty(), experiment.open(file));
        assertTrue(lesson.activeProperty().get());
        assertEquals("Step 1 of 3", lesson.stepTextProperty().get());
        assertFalse(experiment.hasFile());
    }

    @Test
    void aBadLessonFileSaysWhereAndChangesNothing() throws IOException {
        Path file = folder.resolve("bad.downhill");
        Files.writeString(file, shipped(LADDER).replace("\"lock\": [ \"function\"", "\"lock\": [ \"functoin\""));
        Optional<String> problem = experiment.open(file);
        assertTrue(problem.orElse("").contains("did you mean 'function'"), problem.toString());
        assertTrue(problem.orElse("").startsWith("line "), problem.toString());
        assertFalse(lesson.activeProperty().get());
    }

    private static String shipped(String name) throws IOException {
        try (InputStream in = Presets.class.getResourceAsStream("/presets/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
