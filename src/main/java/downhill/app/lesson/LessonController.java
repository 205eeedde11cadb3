package downhill.app.lesson;

import downhill.app.i18n.Messages;
import downhill.app.layout.NoteFold;
import downhill.app.layout.ProjectorLayout;
import downhill.engine.Numbers;
import downhill.experiment.Answer;
import downhill.experiment.Question;
import downhill.experiment.Tally;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lesson bar: binds {@code LessonView.fxml} to a {@link LessonViewModel} and forwards the class's answers. Each
 * step makes its answers anew: one toggle per choice (a student's pick) with a count field beside it for the class's
 * votes, a number field, or the hint to click on the landscape; Reveal, then the votes as bars.
 */
public final class LessonController {

    /** The longest vote bar, in em. */
    private static final double BAR_EM = 8;

    private static final String RIGHT_STYLE = "lesson-right";

    private final LessonViewModel viewModel;
    private final LessonAuthoringViewModel authoring;

    @FXML
    private VBox lessonBar;

    @FXML
    private Label lessonStepLabel;

    @FXML
    private Label lessonTitle;

    /** Folds the step's note away on a short window: the picture first, the note one click away. */
    @FXML
    private ToggleButton lessonNoteFold;

    @FXML
    private Button lessonBack;

    @FXML
    private Button lessonNext;

    @FXML
    private Label lessonPrompt;

    @FXML
    private FlowPane lessonAnswers;

    @FXML
    private Label lessonResult;

    @FXML
    private Label lessonNote;

    @FXML
    private FlowPane lessonVotes;

    public LessonController(LessonViewModel viewModel, LessonAuthoringViewModel authoring) {
        this.viewModel = viewModel;
        this.authoring = authoring;
    }

    @FXML
    private void initialize() {
        lessonBar.visibleProperty().bind(viewModel.activeProperty());
        lessonBar.managedProperty().bind(lessonBar.visibleProperty());
        lessonStepLabel.textProperty().bind(viewModel.stepTextProperty());
        lessonTitle.textProperty().bind(viewModel.titleProperty());
        lessonPrompt.textProperty().bind(viewModel.promptProperty());
        lessonNote.textProperty().bind(viewModel.noteProperty());
        for (Node shown : List.of(lessonPrompt, lessonAnswers, lessonResult, lessonNote, lessonVotes)) {
            shown.managedProperty().bind(shown.visibleProperty());
        }
        lessonNoteFold
                .textProperty()
                .bind(Bindings.when(lessonNoteFold.selectedProperty())
                        .then(Messages.text("experiment.banner.showNote"))
                        .otherwise(Messages.text("experiment.banner.hideNote")));
        lessonNoteFold.selectedProperty().addListener(o -> show());
        lessonNoteFold.managedProperty().bind(lessonNoteFold.visibleProperty());
        viewModel.progressProperty().addListener((obs, old, now) -> {
            // A new step (or another lesson) gets new answers; a tally typed or Reveal keeps the fields.
            if (now == null || old == null || now.index() != old.index() || now.lesson() != old.lesson()) {
                buildAnswers();
                foldNoteOnAShortWindow();
            } else if (now.revealed() && !old.revealed()) {
                foldNoteOnAShortWindow();
            }
            show();
        });
        buildAnswers();
        show();
        lessonBar.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                LessonLocks.install(scene, viewModel, authoring);
                // A window reloaded in place (a new language) folds the note as the one before did.
                foldNoteOnAShortWindow();
            }
        });
    }

    /** The note appears (a new step, or Reveal): folded where it would crowd the picture, as a scenario's is. */
    private void foldNoteOnAShortWindow() {
        Scene scene = lessonBar.getScene();
        lessonNoteFold.setSelected(scene != null && NoteFold.startsFolded(scene.getHeight() / ProjectorLayout.em()));
    }

    private void show() {
        boolean asking = viewModel.askingProperty().get();
        boolean asks = viewModel.question() != null;
        lessonBack.setDisable(!viewModel.canGoBack());
        lessonNext.setDisable(!viewModel.canGoNext());
        lessonPrompt.setVisible(asks);
        lessonAnswers.setVisible(asking);
        // The note explains the answer: it shows once the class has committed to a guess.
        lessonNoteFold.setVisible(!asking);
        lessonNote.setVisible(!asking && !lessonNoteFold.isSelected());
        boolean choosing = !viewModel.choices().isEmpty();
        // A choice's answer goes first on the votes' line; a point's or a number's has a line of its own.
        lessonResult.setVisible(asks && !asking && !choosing);
        lessonResult.setText(viewModel.resultText());
        showVotes(asks && !asking);
    }

    private void buildAnswers() {
        lessonAnswers.getChildren().clear();
        Question question = viewModel.question();
        if (question == null) {
            return;
        }
        if (question instanceof Question.Number) {
            Label label = new Label(Messages.text("lesson.number"));
            label.setMinWidth(Region.USE_PREF_SIZE);
            TextField field = new TextField();
            field.setId("lesson-number");
            field.setPrefColumnCount(6);
            field.textProperty().addListener((obs, old, typed) -> {
                field.getStyleClass().remove("invalid");
                if (!viewModel.answerNumber(typed)) {
                    field.getStyleClass().add("invalid");
                }
            });
            lessonAnswers.getChildren().addAll(label, field);
        } else if (question instanceof Question.Where) {
            Label hint = new Label();
            hint.setId("lesson-where");
            hint.setWrapText(true);
            hint.textProperty()
                    .bind(Bindings.createStringBinding(
                            () -> viewModel.markProperty().get() == null
                                    ? Messages.text("lesson.where.hint")
                                    : Messages.text(
                                            "lesson.where.marked",
                                            Numbers.compact(viewModel
                                                    .markProperty()
                                                    .get()
                                                    .x()),
                                            Numbers.compact(viewModel
                                                    .markProperty()
                                                    .get()
                                                    .y())),
                            viewModel.markProperty()));
            lessonAnswers.getChildren().add(hint);
        } else {
            choices();
        }
        Button reveal = new Button(Messages.text("lesson.reveal"));
        reveal.setId("lesson-reveal");
        reveal.getStyleClass().add("reveal-button");
        reveal.setDefaultButton(false);
        reveal.setMinWidth(Region.USE_PREF_SIZE);
        reveal.setTooltip(new Tooltip(Messages.text("lesson.reveal.tooltip")));
        reveal.setOnAction(e -> viewModel.reveal());
        lessonAnswers.getChildren().add(reveal);
    }

    /** One toggle per choice, and a count field beside each while "Class votes" is on. */
    private void choices() {
        ToggleButton tallying = new ToggleButton(Messages.text("lesson.tally"));
        tallying.setId("lesson-tally");
        tallying.setMinWidth(Region.USE_PREF_SIZE);
        tallying.setTooltip(new Tooltip(Messages.text("lesson.tally.tooltip")));
        ToggleGroup picks = new ToggleGroup();
        List<String> choices = viewModel.choices();
        for (int i = 0; i < choices.size(); i++) {
            String choice = choices.get(i);
            ToggleButton pick = new ToggleButton(LessonTexts.choice(choice));
            pick.setId("lesson-choice-" + i);
            pick.setMnemonicParsing(false);
            pick.setMinWidth(Region.USE_PREF_SIZE);
            pick.setToggleGroup(picks);
            pick.setUserData(choice);
            TextField count = new TextField();
            count.setId("lesson-count-" + i);
            count.setPrefColumnCount(2);
            count.setPromptText("0");
            count.setTooltip(new Tooltip(Messages.text("lesson.count.tooltip", LessonTexts.choice(choice))));
            count.visibleProperty().bind(tallying.selectedProperty());
            count.managedProperty().bind(count.visibleProperty());
            count.textProperty().addListener((obs, old, typed) -> viewModel.count(choice, typed));
            HBox cell = new HBox(4, pick, count);
            cell.getStyleClass().add("lesson-choice");
            lessonAnswers.getChildren().add(cell);
        }
        picks.selectedToggleProperty()
                .addListener((obs, old, now) ->
                        viewModel.pickProperty().set(now == null ? null : (String) now.getUserData()));
        lessonAnswers.getChildren().add(tallying);
    }

    /** The answer, then the votes as bars, the right one coloured and ticked (the tick reads in high contrast too). */
    private void showVotes(boolean revealed) {
        lessonVotes.getChildren().clear();
        if (!revealed || viewModel.choices().isEmpty()) {
            lessonVotes.setVisible(false);
            return;
        }
        Label answer = new Label(viewModel.resultText());
        answer.getStyleClass().add("lesson-result");
        answer.setMnemonicParsing(false);
        answer.setMinWidth(Region.USE_PREF_SIZE);
        lessonVotes.getChildren().add(answer);
        Tally tally = viewModel.votes();
        Answer right = viewModel.rightProperty().get();
        if (tally.total() > 0) {
            for (String choice : viewModel.choices()) {
                lessonVotes
                        .getChildren()
                        .add(vote(choice, tally, right != null && right.text().equals(choice)));
            }
        }
        lessonVotes.setVisible(true);
    }

    /** "η = 0.4 ✓ ▮▮▮▮ 12": the answer, its bar and its count. */
    private static HBox vote(String choice, Tally tally, boolean isRight) {
        Label name = new Label(LessonTexts.choice(choice) + (isRight ? " ✓" : ""));
        name.setMnemonicParsing(false);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Region length = new Region();
        length.getStyleClass().add("lesson-vote-bar");
        double width = Math.max(2, tally.share(choice) * BAR_EM * ProjectorLayout.em());
        length.setMinWidth(width);
        length.setPrefWidth(width);
        length.setMaxWidth(width);
        Label count = new Label(Integer.toString(tally.count(choice)));
        count.setMinWidth(Region.USE_PREF_SIZE);
        if (isRight) {
            name.getStyleClass().add(RIGHT_STYLE);
            length.getStyleClass().add(RIGHT_STYLE);
            count.getStyleClass().add(RIGHT_STYLE);
        }
        HBox cell = new HBox(6, name, length, count);
        cell.setAlignment(Pos.CENTER_LEFT);
        cell.getStyleClass().add("lesson-vote");
        return cell;
    }

    @FXML
    private void back() {
        viewModel.back();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void end() {
        viewModel.close();
    }
}
