package downhill.app.launch;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Files dragged onto the main window: one file is accepted anywhere on the scene and, dropped, goes to the opener
 * (see {@link FileOpener}); several at once are refused, as the window holds one experiment. Installed on the scene,
 * so a language switch, which replaces the scene's content, keeps it.
 */
public final class FileDrop {

    private FileDrop() {}

    /** Lets {@code scene} take one dropped file and hand it to {@code opener}. */
    public static void install(Scene scene, Consumer<Path> opener) {
        Objects.requireNonNull(opener);
        // Filters, not handlers: no control in the window takes files itself, and a text field under the pointer
        // would otherwise take the drag for text.
        scene.addEventFilter(DragEvent.DRAG_OVER, event -> {
            if (oneFile(event.getDragboard()) != null) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        scene.addEventFilter(DragEvent.DRAG_DROPPED, event -> {
            File file = oneFile(event.getDragboard());
            if (file != null) {
                event.setDropCompleted(true);
                event.consume();
                // After the drop has ended: a question about unsaved changes would hold the other program's drag.
                Path path = file.toPath().toAbsolutePath();
                Platform.runLater(() -> opener.accept(path));
            }
        });
    }

    /** The one file the drag carries; null for none, several, or no files at all. */
    static File oneFile(Dragboard board) {
        if (board == null || !board.hasFiles()) {
            return null;
        }
        List<File> files = board.getFiles();
        return files.size() == 1 ? files.get(0) : null;
    }
}
