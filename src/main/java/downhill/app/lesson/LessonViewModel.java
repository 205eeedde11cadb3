package downhill.app.lesson;

import downhill.app.i18n.Messages;
import downhill.app.i18n.PresetTexts;
import downhill.app.landscape.LandscapeViewModel;
import downhill.app.landscape.LessonMarks;
import downhill.engine.Numbers;
import downhill.engine.function.Point;
import downhill.experiment.Answer;
import downhill.experiment.Experiment;
import downhill.experiment.Lesson;
import downhill.experiment.LessonProgress;
import downhill.experiment.LessonStep;
import downhill.experiment.Question;
import downhill.experiment.Tally;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A lesson as the window plays it: the step shown ({@link LessonProgress}), its texts in the window's language, the
 * answer a student gives or the tally a teacher types, and after Reveal the right answer with the votes as bars.
 * While a question is open the landscape's race is held at step 0 (its paths are then only their starts) and does not
 * play; Reveal plays it, or trains the network on a network step.
 */
public final class LessonViewModel {

    private static final Consumer<Point> NO_CLICKS = p -> {};

    private final Consumer<Experiment> apply;
    private final LandscapeViewModel landscape;
    private final Runnable train;
    private final ReadOnlyObjectWrapper<LessonProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    /** A student's own answer: one of the choices, or null. */
    private final StringProperty pick = new SimpleStringProperty(this, "pick");
    /** A number answer; NaN while none is given. */
    private final DoubleProperty number = new SimpleDoubleProperty(this, "number", Double.NaN);
    /** Where the class says the path will be, on the landscape; null while none is placed. */
    private final ObjectProperty<Answer.Point> mark = new SimpleObjectProperty<>(this, "mark");

    private final ReadOnlyObjectWrapper<Answer> right = new ReadOnlyObjectWrapper<>(this, "right");
    private final BooleanBinding active = progress.isNotNull();
    private final BooleanBinding asking =
            Bindings.createBooleanBinding(() -> active.get() && progress.get().asking(), progress);

    /**
     * @param apply sets the window to a step's experiment (and counts it as saved: a step is not a change)
     * @param train starts the network's training, Reveal's "play" on a network step
     */
    public LessonViewModel(Consumer<Experiment> apply, LandscapeViewModel landscape, Runnable train) {
        this.apply = apply;
        this.landscape = landscape;
        this.train = train;
        // Held at step 0 while the question is open, whatever asks the race to move (keys, buttons, the timeline).
        landscape.currentStepProperty().addListener((obs, old, step) -> {
            if (frozen() && step.intValue() != 0) {
                landscape.currentStepProperty().set(0);
            }
        });
        landscape.playingProperty().addListener((obs, old, playing) -> {
            if (frozen() && playing) {
                landscape.playingProperty().set(false);
            }
        });
        progress.addListener(o -> followClicksAndMarks());
        mark.addListener(o -> followClicksAndMarks());
        right.addListener(o -> followClicksAndMarks());
    }

    /**
     * A "where" question takes clicks on the landscape as the guess and draws it (and, revealed, the right place);
     * a step that locks the start takes them to nothing; otherwise the landscape is the user's again.
     */
    private void followClicksAndMarks() {
        Question asked = question();
        if (asked instanceof Question.Where where) {
            landscape
                    .clickTakerProperty()
                    .set(asking.get() ? p -> mark.set(new Answer.Point(p.x(), p.y())) : NO_CLICKS);
            landscape
                    .lessonMarksProperty()
                    .set(new LessonMarks(
                            mark.get() == null
                                    ? null
                                    : new Point(mark.get().x(), mark.get().y()),
                            right.get() instanceof Answer.Point p ? new Point(p.x(), p.y()) : null,
                            where.radius()));
            return;
        }
        landscape.clickTakerProperty().set(locked().contains("start") ? NO_CLICKS : null);
        landscape.lessonMarksProperty().set(LessonMarks.NONE);
    }

    private boolean frozen() {
        return asking.get() && progress.get().step().experiment().activeTab() == Experiment.Tab.LANDSCAPE;
    }

    // ----- commands

    /** Plays {@code lesson} from its first step, its question open. */
    public void open(Lesson lesson) {
        show(LessonProgress.start(lesson));
    }

    /** Leaves the lesson: nothing is hidden or locked any more, the race plays freely. */
    public void close() {
        progress.set(null);
        clearAnswers();
    }

    public void next() {
        if (canGoNext()) {
            show(progress.get().next());
        }
    }

    public void back() {
        if (canGoBack()) {
            show(progress.get().back());
        }
    }

    private void show(LessonProgress shown) {
        clearAnswers();
        // Asking before the settings apply, so that the race they start is held from its first frame.
        progress.set(shown);
        apply.accept(shown.step().experiment());
        if (frozen()) {
            landscape.playingProperty().set(false);
            landscape.rewind();
        }
    }

    private void clearAnswers() {
        right.set(null);
        pick.set(null);
        number.set(Double.NaN);
        mark.set(null);
    }

    /** The teacher's count for {@code choice} (what the class's hands said); a count below 0 is taken as 0. */
    public void count(String choice, int count) {
        if (asking.get()) {
            progress.set(progress.get().withTally(progress.get().tally().with(choice, Math.max(0, count))));
        }
    }

    /** The teacher's count for {@code choice} as typed: a whole number, else 0 (an empty field is nobody). */
    public void count(String choice, String typed) {
        int count;
        try {
            count = Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            count = 0;
        }
        count(choice, count);
    }

    /** A number answer as typed; false when the text is not a number (the answer is then none). */
    public boolean answerNumber(String typed) {
        try {
            number.set(Numbers.parse(typed));
            return Double.isFinite(number.get());
        } catch (IllegalArgumentException e) {
            number.set(Double.NaN);
            return typed.isBlank();
        }
    }

    /** Closes the question: the right answer shows, and the race plays (or the network trains). */
    public void reveal() {
        if (!asking.get()) {
            return;
        }
        LessonStep step = progress.get().step();
        right.set(step.expectedAnswer());
        progress.set(progress.get().reveal());
        if (step.experiment().activeTab() == Experiment.Tab.NETWORK) {
            train.run();
        } else {
            landscape.rewind();
            landscape.playingProperty().set(true);
        }
    }

    // ----- state

    public ReadOnlyObjectProperty<LessonProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether a stepped lesson is being played. */
    public BooleanBinding activeProperty() {
        return active;
    }

    /** Whether the step's question is open: answers may be given, the race waits. */
    public BooleanBinding askingProperty() {
        return asking;
    }

    public boolean canGoBack() {
        return active.get() && progress.get().canGoBack();
    }

    public boolean canGoNext() {
        return active.get() && progress.get().canGoNext();
    }

    public StringProperty pickProperty() {
        return pick;
    }

    public DoubleProperty numberProperty() {
        return number;
    }

    public ObjectProperty<Answer.Point> markProperty() {
        return mark;
    }

    /** The right answer once revealed, else null. */
    public ReadOnlyObjectProperty<Answer> rightProperty() {
        return right.getReadOnlyProperty();
    }

    /** The question of the step shown, or null. */
    public Question question() {
        return active.get() ? progress.get().step().question() : null;
    }

    /** The choices of the step's question (optimizer labels, yes/no, none), empty for a point or a number. */
    public List<String> choices() {
        return active.get() ? List.copyOf(progress.get().tally().counts().keySet()) : List.of();
    }

    /** The controls hidden in the step shown. */
    public Set<String> hidden() {
        return active.get() ? progress.get().step().hidden() : Set.of();
    }

    /** The controls locked in the step shown; while a network step asks, Train too (Reveal trains). */
    public Set<String> locked() {
        if (!active.get()) {
            return Set.of();
        }
        LessonStep step = progress.get().step();
        if (asking.get() && step.experiment().activeTab() == Experiment.Tab.NETWORK) {
            Set<String> locked = new LinkedHashSet<>(step.locked());
            locked.add("train");
            return locked;
        }
        return step.locked();
    }

    /** The votes the bars show: the teacher's tally, or else the student's own answer as a tally of one. */
    public Tally votes() {
        Tally tally = progress.get().tally();
        return tally.total() == 0 && pick.get() != null ? tally.add(pick.get()) : tally;
    }

    // ----- texts

    /** "Step 2 of 3". */
    public StringBinding stepTextProperty() {
        return text(p ->
                Messages.text("lesson.step", p.index() + 1, p.lesson().steps().size()));
    }

    public StringBinding titleProperty() {
        return text(p -> stepText(p, "title", p.step().title()));
    }

    public StringBinding noteProperty() {
        return text(p -> stepText(p, "note", p.step().note()));
    }

    public StringBinding promptProperty() {
        return text(
                p -> p.step().asks() ? stepText(p, "prompt", p.step().question().prompt()) : "");
    }

    private StringBinding text(Function<LessonProgress, String> of) {
        return Bindings.createStringBinding(() -> progress.get() == null ? "" : of.apply(progress.get()), progress);
    }

    private static String stepText(LessonProgress p, String part, String english) {
        Lesson lesson = p.lesson();
        return lesson.stepped() ? PresetTexts.translated(lesson.stepKey(p.index() + 1, part), english) : english;
    }

    /**
     * What Reveal says beside the bars: the right answer, and for a point or a number how far the class's was off;
     * empty while the question is open.
     */
    public String resultText() {
        return right.get() == null ? "" : LessonTexts.result(question(), right.get(), mark.get(), number.get());
    }
}
