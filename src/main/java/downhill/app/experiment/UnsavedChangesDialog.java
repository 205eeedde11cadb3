package downhill.app.experiment;

import downhill.app.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks what to do with unsaved changes before they would be lost; tests answer it themselves. */
@FunctionalInterface
public interface UnsavedChangesDialog {

    /** The answers, as the dialog's buttons read. */
    enum Choice {
        SAVE,
        DISCARD,
        CANCEL
    }

    /**
     * @param owner the window the question belongs to, or null
     * @param name  the experiment's file name, or null when it has none yet
     */
    Choice ask(Window owner, String name);

    /** The real question: a modal dialog with Save, Don't save and Cancel (Esc). */
    static UnsavedChangesDialog alert() {
        return (owner, name) -> {
            ButtonType save = new ButtonType(Messages.text("experiment.unsaved.save"), ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType(Messages.text("experiment.unsaved.discard"), ButtonBar.ButtonData.NO);
            ButtonType cancel =
                    new ButtonType(Messages.text("experiment.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(
                    Alert.AlertType.CONFIRMATION, Messages.text("experiment.unsaved.text"), save, discard, cancel);
            if (owner != null) {
                alert.initOwner(owner);
                alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            alert.setTitle(Messages.text("experiment.unsaved.title"));
            alert.setHeaderText(Messages.text(
                    "experiment.unsaved.header", name != null ? name : Messages.text("experiment.unsaved.untitled")));
            alert.getDialogPane().setId("unsaved-changes");
            ButtonType chosen = alert.showAndWait().orElse(cancel);
            return chosen == save ? Choice.SAVE : chosen == discard ? Choice.DISCARD : Choice.CANCEL;
        };
    }
}
