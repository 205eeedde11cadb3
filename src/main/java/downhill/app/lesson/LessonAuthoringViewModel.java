package downhill.app.lesson;

import downhill.app.i18n.Messages;
import downhill.engine.WholeFiles;
import downhill.experiment.Answer;
import downhill.experiment.Experiment;
import downhill.experiment.Lesson;
import downhill.experiment.LessonFiles;
import downhill.experiment.LessonStep;
import downhill.experiment.Question;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Writing a lesson in the window: each "Add step" takes the window as it is now (its experiment) with a title, a note
 * and a question; while authoring, a control's context menu hides or locks it in the newest step. Save writes the
 * lesson with every question's right answer computed by the engine and stated in the file, and reads the file back,
 * so a lesson that would not open is refused with the reader's message.
 */
public final class LessonAuthoringViewModel {

    private final Supplier<Experiment> capture;
    private final ObservableList<LessonStep> steps = FXCollections.observableArrayList();
    private final BooleanBinding authoring = Bindings.isNotEmpty(steps);

    /** @param capture the window's experiment as it is now */
    public LessonAuthoringViewModel(Supplier<Experiment> capture) {
        this.capture = capture;
    }

    /** Whether a lesson is being written: a step was added and it was not saved or discarded since. */
    public BooleanBinding authoringProperty() {
        return authoring;
    }

    public ObservableList<LessonStep> steps() {
        return FXCollections.unmodifiableObservableList(steps);
    }

    /** The window's optimizers as a question names them (their labels, or names without one). */
    public List<String> racing() {
        Experiment now = capture.get();
        return (now.activeTab() == Experiment.Tab.NETWORK
                        ? now.network().optimizers()
                        : now.landscape().optimizers())
                .stream()
                        .filter(e -> e.enabled())
                        .map(e -> e.label() == null || e.label().isBlank() ? e.name() : e.label())
                        .toList();
    }

    /**
     * Appends the window as it is now as a step asking {@code question} (or nothing); the step's question is checked
     * when the lesson is saved.
     *
     * @param question the question, or null
     */
    public void addStep(String title, String note, Question question) {
        steps.add(new LessonStep(title.strip(), note.strip(), capture.get(), Set.of(), Set.of(), question));
    }

    /** Whether {@code control} is hidden in the newest step. */
    public boolean hidden(String control) {
        return !steps.isEmpty() && last().hidden().contains(control);
    }

    public boolean locked(String control) {
        return !steps.isEmpty() && last().locked().contains(control);
    }

    /** Hides {@code control} in the newest step, or shows it again. */
    public void hide(String control, boolean hide) {
        LessonStep s = last();
        replaceLast(changed(s.hidden(), control, hide), s.locked());
    }

    /** Locks {@code control} in the newest step, or frees it again. */
    public void lock(String control, boolean lock) {
        LessonStep s = last();
        replaceLast(s.hidden(), changed(s.locked(), control, lock));
    }

    private void replaceLast(Set<String> hidden, Set<String> locked) {
        LessonStep s = last();
        steps.set(steps.size() - 1, new LessonStep(s.title(), s.note(), s.experiment(), hidden, locked, s.question()));
    }

    private LessonStep last() {
        if (steps.isEmpty()) {
            throw new IllegalStateException("no step yet: add one first");
        }
        return steps.get(steps.size() - 1);
    }

    private static Set<String> changed(Set<String> ids, String id, boolean in) {
        Set<String> now = new LinkedHashSet<>(ids);
        if (in) {
            now.add(id);
        } else {
            now.remove(id);
        }
        return now;
    }

    /**
     * The lesson written so far, each question with the engine's answer stated: what Save writes.
     *
     * @throws IllegalArgumentException when a question cannot be answered on its step (a message saying why)
     */
    public Lesson lesson(String name, String title, String note) {
        List<LessonStep> answered = steps.stream()
                .map(s -> new LessonStep(
                        s.title(),
                        s.note(),
                        s.experiment(),
                        s.hidden(),
                        s.locked(),
                        s.asks() ? stated(s.question(), s.question().answer(s.experiment())) : null))
                .toList();
        return new Lesson(name, title.strip(), note.strip(), answered);
    }

    /** {@code question} stating {@code answer}. */
    static Question stated(Question question, Answer answer) {
        if (question instanceof Question.Which q) {
            return new Question.Which(q.prompt(), q.ask(), q.step(), q.threshold(), answer);
        }
        if (question instanceof Question.YesNo q) {
            return new Question.YesNo(q.prompt(), q.ask(), q.optimizer(), answer);
        }
        if (question instanceof Question.Where q) {
            return new Question.Where(q.prompt(), q.optimizer(), q.step(), q.radius(), answer);
        }
        Question.Number q = (Question.Number) question;
        return new Question.Number(
                q.prompt(), q.ask(), q.optimizer(), q.tolerance(), q.stated() != null ? q.stated() : answer);
    }

    /**
     * Writes the lesson to {@code file} and reads it back to be sure it opens; on success authoring ends. On failure
     * nothing is written (or the file is removed again) and the result says what is wrong, and where.
     */
    public Optional<String> save(Path file, String title, String note) {
        if (steps.isEmpty()) {
            return Optional.of(Messages.text("lesson.author.empty"));
        }
        Optional<String> data = steps.stream()
                .filter(s -> s.experiment().network().data().csv() != null)
                .findFirst()
                .map(s -> Messages.text("lesson.author.csv", s.title()));
        if (data.isPresent()) {
            return data;
        }
        String text;
        try {
            Lesson lesson = lesson(nameOf(file), title, note);
            text = LessonFiles.write(lesson);
            LessonFiles.read(text, file);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.of(Messages.text("lesson.author.invalid", e.getMessage()));
        }
        try {
            WholeFiles.writeText(file, text);
        } catch (IOException e) {
            return Optional.of(Messages.text("experiment.error.save", file, WholeFiles.reason(file, e)));
        }
        steps.clear();
        return Optional.empty();
    }

    /** Stops writing the lesson; the steps added are dropped. */
    public void discard() {
        steps.clear();
    }

    /** The lesson's name: its file's, without the extension. */
    private static String nameOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
