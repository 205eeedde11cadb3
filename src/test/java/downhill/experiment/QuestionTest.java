package downhill.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import downhill.engine.function.Point;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each question kind answered by the engine on a case small enough to check by hand. */
class QuestionTest {

    /** Plain SGD at each rate on the bowl x² + y² from (1.5, 1): each step multiplies θ by (1 − 2η). */
    private static Experiment bowl(int steps, double sgdRate, double secondRate) {
        LandscapeSettings settings = LandscapeSettings.of(
                "bowl",
                List.of(
                        new OptimizerEntry("sgd", true, Map.of("lr", sgdRate), "constant", "fast"),
                        new OptimizerEntry(
                                "momentum", true, Map.of("lr", secondRate, "momentum", 0.0), "constant", "slow")));
        LandscapeSettings limited = new LandscapeSettings(
                settings.function(),
                settings.batchSize(),
                settings.seed(),
                settings.gradientNoise(),
                settings.window(),
                new Point(1.5, 1),
                steps,
                settings.speed(),
                settings.layout(),
                settings.colormap(),
                settings.logScale(),
                settings.lossLogScale(),
                settings.view(),
                settings.optimizers(),
                settings.map());
        return new Experiment(
                Experiment.SCHEMA_VERSION,
                Experiment.Tab.LANDSCAPE,
                limited,
                Experiment.defaults().network());
    }

    private static Answer.Choice choice(String text) {
        return new Answer.Choice(text);
    }

    @Test
    void yesNoDivergesAboveOneAndNotBelow() {
        Experiment e = bowl(100, 1.1, 0.9);
        assertEquals(choice("yes"), new Question.YesNo("?", Question.YesNoAsk.DIVERGES, "fast", null).answer(e));
        assertEquals(choice("no"), new Question.YesNo("?", Question.YesNoAsk.DIVERGES, "slow", null).answer(e));
        assertEquals(
                choice("yes"),
                new Question.YesNo("?", Question.YesNoAsk.REACHES_GLOBAL_MINIMUM, "slow", null).answer(e));
        assertEquals(
                choice("no"),
                new Question.YesNo("?", Question.YesNoAsk.REACHES_GLOBAL_MINIMUM, "fast", null).answer(e));
    }

    @Test
    void whichAsksWhoConvergesFirstDivergesFirstOrIsLowest() {
        // η = 0.4 multiplies by 0.2 per step, η = 0.1 by 0.8: 0.4 arrives first and is lower at step 3.
        Experiment e = bowl(100, 0.4, 0.1);
        assertEquals(
                choice("fast"), new Question.Which("?", Question.WhichAsk.FIRST_TO_CONVERGE, 0, 0, null).answer(e));
        assertEquals(
                choice("fast"), new Question.Which("?", Question.WhichAsk.LOWEST_LOSS_AT_STEP, 3, 0, null).answer(e));
        assertEquals(
                choice(Question.NONE),
                new Question.Which("?", Question.WhichAsk.FIRST_TO_DIVERGE, 0, 0, null).answer(e));
        // Factor −1.4 against −1.2: η = 1.2 flies off first.
        Experiment wild = bowl(200, 1.2, 1.1);
        assertEquals(
                choice("fast"), new Question.Which("?", Question.WhichAsk.FIRST_TO_DIVERGE, 0, 0, null).answer(wild));
        assertEquals(
                choice(Question.NONE),
                new Question.Which("?", Question.WhichAsk.FIRST_TO_CONVERGE, 0, 0, null).answer(wild));
        assertEquals(
                List.of("fast", "slow", "none"),
                new Question.Which("?", Question.WhichAsk.FIRST_TO_CONVERGE, 0, 0, null).choices(e));
    }

    @Test
    void whereIsThePositionAtTheStepAndScoresByDistance() {
        // η = 0.1: θ₂ = 0.8² · (1.5, 1) = (0.96, 0.64).
        Question.Where where = new Question.Where("?", "slow", 2, 0.1, null);
        Answer.Point at = (Answer.Point) where.answer(bowl(100, 0.4, 0.1));
        assertEquals(0.96, at.x(), 1e-12);
        assertEquals(0.64, at.y(), 1e-12);
        assertEquals(1, where.score(at, new Answer.Point(1.0, 0.64)));
        assertEquals(0.5, where.score(at, new Answer.Point(0.96 + 0.2, 0.64)), 1e-9);
        assertEquals(0, where.score(at, new Answer.Point(3, 3)));
    }

    @Test
    void theLargestStableRateOnTheBowlIsOne() {
        Question.Number plain = new Question.Number("?", Question.NumberAsk.LARGEST_STABLE_LR, null, 0.05, null);
        Answer.Value rate = (Answer.Value) plain.answer(bowl(100, 0.4, 0.1));
        assertEquals(1, rate.value(), 1e-6);
        assertEquals(1, plain.score(rate, new Answer.Value(1.04)));
        assertEquals(0, plain.score(rate, new Answer.Value(1.1)));
        // The second entry is heavy-ball momentum with μ = 0: still 2(1 + 0)/2.
        assertEquals(
                1,
                ((Answer.Value) new Question.Number("?", Question.NumberAsk.LARGEST_STABLE_LR, "slow", 0, null)
                                .answer(bowl(10, 0.4, 0.1)))
                        .value(),
                1e-6);
    }

    @Test
    void firstToAccuracyTrainsTheNetwork() {
        Lesson lesson = Presets.lesson("lesson-moons-accuracy");
        LessonStep step = lesson.step(1);
        Question.Which asked = (Question.Which) step.question();
        assertEquals(0.95, asked.threshold());
        assertEquals(List.of("momentum", "adam", "none"), asked.choices(step.experiment()));
        Question.Which unreachable = new Question.Which("?", Question.WhichAsk.FIRST_TO_ACCURACY, 0, 1.0, null);
        Experiment few = step.experiment();
        NetworkSettings n = few.network();
        NetworkSettings twoEpochs = new NetworkSettings(
                n.data(),
                n.seed(),
                n.hiddenSizes(),
                n.activation(),
                n.loss(),
                n.batchMode(),
                n.batchSize(),
                2,
                n.l2(),
                n.logScale(),
                n.optimizers(),
                n.lossLandscape(),
                n.diagram(),
                n.initialization(),
                n.dropout(),
                n.earlyStopping(),
                n.likeSklearn());
        Experiment shortRun = new Experiment(few.schemaVersion(), few.activeTab(), few.landscape(), twoEpochs);
        assertEquals(choice(Question.NONE), unreachable.answer(shortRun));
    }

    @Test
    void aTallyCountsPerChoice() {
        Tally tally = Tally.empty(List.of("yes", "no")).add("yes").add("yes").with("no", 5);
        assertEquals(2, tally.count("yes"));
        assertEquals(7, tally.total());
        assertEquals(5 / 7.0, tally.share("no"), 1e-12);
        assertEquals(0, Tally.empty(List.of("a")).share("a"));
        assertThrows(IllegalArgumentException.class, () -> tally.add("maybe"));
        assertThrows(IllegalArgumentException.class, () -> tally.with("no", -1));
    }

    @Test
    void progressWalksTheStepsAndRevealsEachQuestion() {
        Lesson lesson = Presets.lesson("lesson-lr-ladder");
        LessonProgress p = LessonProgress.start(lesson);
        assertTrue(p.asking());
        assertFalse(p.canGoBack());
        assertEquals(Set.of("η = 0.1", "η = 0.4", "none"), p.tally().counts().keySet());
        p = p.withTally(p.tally().with("η = 0.4", 12)).reveal();
        assertFalse(p.asking());
        assertEquals(12, p.tally().count("η = 0.4"));
        assertEquals(new Answer.Choice("η = 0.4"), p.step().expectedAnswer());
        p = p.next();
        assertEquals(1, p.index());
        assertTrue(p.asking());
        assertEquals(0, p.tally().total());
        p = p.next().next();
        assertEquals(2, p.index());
        assertFalse(p.canGoNext());
        assertEquals(0, p.back().back().back().index());
        // A step without a question is revealed as it opens.
        Lesson plain = Presets.lesson("lr-too-large");
        assertFalse(LessonProgress.start(plain).asking());
    }
}
