package downhill.app.control;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.stage.FileChooser;

/** Every file dialog starts in the folder the last one ended in (a preference, so it survives a restart). */
public final class LastFolder {

    private final ObjectProperty<Optional<Path>> folder;

    public LastFolder(ObjectProperty<Optional<Path>> folder) {
        this.folder = folder;
    }

    /** Starts {@code chooser} in the last folder, if it still exists (and no folder was chosen for it). */
    public FileChooser startIn(FileChooser chooser) {
        Optional<Path> last = folder.get() == null ? Optional.empty() : folder.get();
        if (chooser.getInitialDirectory() == null && last.isPresent() && Files.isDirectory(last.get())) {
            chooser.setInitialDirectory(last.get().toFile());
        }
        return chooser;
    }

    /** Remembers the folder of {@code chosen}, if the dialog was not cancelled; returns {@code chosen}. */
    public File remember(File chosen) {
        if (chosen != null && chosen.getAbsoluteFile().getParentFile() != null) {
            folder.set(Optional.of(chosen.getAbsoluteFile().getParentFile().toPath()));
        }
        return chosen;
    }
}
