package downhill.app.lesson;

import downhill.app.i18n.Messages;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The small dialog of "Add lesson step…" and "Save as lesson…": a title and a note, and for a step its question
 * (kind, what it asks, the optimizer, the step, the threshold, radius or tolerance, a number's answer, the prompt).
 * A question that is not complete keeps the dialog open with the reason under the fields.
 */
final class LessonStepDialog {

    /** What the dialog gave: the title, the note and the question's fields (kind none for no question). */
    record Input(String title, String note, QuestionDraft question) {}

    /** A title or a prompt of a sentence fits without scrolling. */
    private static final int FIELD_COLUMNS = 32;

    private LessonStepDialog() {}

    /**
     * @param racing the optimizers a question may name
     * @param withQuestion whether the question's fields show (a step) or not (the lesson's own title and note)
     */
    static Optional<Input> ask(Window owner, String headerKey, List<String> racing, boolean withQuestion) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle(Messages.text(headerKey));
        dialog.setHeaderText(Messages.text(headerKey));
        dialog.getDialogPane().setId("lesson-dialog");
        TextField title = field("lesson-dialog-title");
        TextArea note = new TextArea();
        note.setId("lesson-dialog-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPrefColumnCount(FIELD_COLUMNS);
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("lesson-dialog-kind");
        kind.getItems().setAll(QuestionDraft.KINDS);
        kind.setValue("none");
        ComboBox<String> ask = new ComboBox<>();
        ask.setId("lesson-dialog-ask");
        kind.valueProperty().addListener((obs, old, now) -> {
            ask.getItems().setAll(QuestionDraft.asks(now));
            ask.setValue(ask.getItems().isEmpty() ? null : ask.getItems().get(0));
        });
        ComboBox<String> optimizer = new ComboBox<>();
        optimizer.setId("lesson-dialog-optimizer");
        optimizer.getItems().setAll(racing);
        optimizer.setValue(racing.isEmpty() ? null : racing.get(0));
        TextField step = field("lesson-dialog-step");
        TextField amount = field("lesson-dialog-amount");
        TextField value = field("lesson-dialog-value");
        TextField prompt = field("lesson-dialog-prompt");
        Label problem = new Label();
        problem.setId("lesson-dialog-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        row = add(grid, row, "title", title);
        row = add(grid, row, "note", note);
        // The question's fields wait until a kind is chosen.
        for (Node questionField : List.of(ask, optimizer, step, amount, value, prompt)) {
            questionField.disableProperty().bind(kind.valueProperty().isEqualTo("none"));
        }
        if (withQuestion) {
            row = add(grid, row, "kind", kind);
            row = add(grid, row, "ask", ask);
            row = add(grid, row, "optimizer", optimizer);
            row = add(grid, row, "step", step);
            row = add(grid, row, "amount", amount);
            row = add(grid, row, "answer", value);
            row = add(grid, row, "prompt", prompt);
        }
        grid.add(problem, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(Messages.text("lesson.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.text("lesson.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Input[] given = new Input[1];
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            QuestionDraft draft = new QuestionDraft(
                    withQuestion ? kind.getValue() : "none",
                    ask.getValue(),
                    optimizer.getValue(),
                    step.getText(),
                    amount.getText(),
                    value.getText(),
                    prompt.getText());
            try {
                if (title.getText().isBlank()) {
                    throw new IllegalArgumentException(
                            Messages.text("lesson.author.needs", QuestionDraft.label("title")));
                }
                draft.question();
                given[0] = new Input(title.getText(), note.getText(), draft);
            } catch (IllegalArgumentException problemFound) {
                problem.setText(problemFound.getMessage());
                e.consume();
            }
        });
        Optional<ButtonType> chosen = dialog.showAndWait();
        return chosen.isPresent() && chosen.get() == ok ? Optional.ofNullable(given[0]) : Optional.empty();
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(FIELD_COLUMNS);
        return field;
    }

    private static int add(GridPane grid, int row, String key, Node field) {
        Label label = new Label(QuestionDraft.label(key));
        // The words whole; the fields take what is left.
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        return row + 1;
    }
}
