package downhill.app.presentation;

import downhill.app.i18n.Messages;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** The Help menu's dialog listing every shortcut of {@link Shortcuts#ALL}, grouped by where it works. */
public final class ShortcutsDialog {

    private ShortcutsDialog() {}

    /** Shows the dialog over {@code owner}'s window, in its stylesheets (theme, scale); null: on its own. */
    public static Dialog<ButtonType> show(Scene owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.text("presentation.shortcuts.title"));
        dialog.setHeaderText(Messages.text("presentation.shortcuts.header"));
        GridPane grid = new GridPane();
        grid.setId("shortcut-list");
        grid.setHgap(18);
        grid.setVgap(6);
        int row = 0;
        String place = null;
        for (Shortcut s : Shortcuts.ALL) {
            if (!s.place().equals(place)) {
                place = s.place();
                Label heading = new Label(place);
                heading.getStyleClass().add("section-title");
                grid.add(heading, 0, row++, 2, 1);
            }
            Label keys = new Label(s.keysText());
            keys.getStyleClass().add("shortcut-keys");
            grid.add(keys, 0, row);
            grid.add(new Label(s.action()), 1, row++);
        }
        dialog.getDialogPane().setContent(grid);
        // Not ButtonType.CLOSE: its text follows the JVM's locale, not the chosen language.
        dialog.getDialogPane()
                .getButtonTypes()
                .add(new ButtonType(Messages.text("presentation.shortcuts.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (owner != null) {
            dialog.initOwner(owner.getWindow());
            dialog.getDialogPane().getStylesheets().setAll(owner.getStylesheets());
        }
        dialog.show();
        return dialog;
    }
}
