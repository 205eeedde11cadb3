package downhill.app.network;

import downhill.app.control.LastFolder;
import downhill.app.i18n.Messages;
import java.io.File;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** The network tab's CSV file dialogs, opened in the last folder used and remembering the folder chosen. */
final class CsvChooser {

    private final LastFolder lastFolder;

    CsvChooser(LastFolder lastFolder) {
        this.lastFolder = lastFolder;
    }

    /** A CSV file to read, chosen over {@code owner}'s window; null when the dialog is cancelled. */
    File open(Node owner, String titleKey) {
        return lastFolder.remember(lastFolder
                .startIn(chooser(titleKey))
                .showOpenDialog(owner.getScene().getWindow()));
    }

    /** A CSV file to write, {@code initialName} proposed; null when the dialog is cancelled. */
    File save(Node owner, String titleKey, String initialName) {
        FileChooser chooser = chooser(titleKey);
        chooser.setInitialFileName(initialName);
        return lastFolder.remember(
                lastFolder.startIn(chooser).showSaveDialog(owner.getScene().getWindow()));
    }

    private static FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text(titleKey));
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(Messages.text("network.loadCsv.filter"), "*.csv"));
        return chooser;
    }
}
