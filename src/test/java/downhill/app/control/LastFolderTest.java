package downhill.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastFolderTest {

    @Test
    void aDialogStartsWhereTheLastEndedAndACancelForgetsNothing(@TempDir Path dir) {
        SimpleObjectProperty<Optional<Path>> preference = new SimpleObjectProperty<>(Optional.empty());
        LastFolder last = new LastFolder(preference);
        assertNull(last.startIn(new FileChooser()).getInitialDirectory(), "nothing remembered yet");
        last.remember(dir.resolve("lesson.json").toFile());
        assertEquals(Optional.of(dir), preference.get());
        assertEquals(dir.toFile(), last.startIn(new FileChooser()).getInitialDirectory());
        assertNull(last.remember(null), "a cancelled dialog");
        assertEquals(Optional.of(dir), preference.get(), "is not a folder to remember");
        FileChooser chosen = new FileChooser();
        File elsewhere = dir.resolve("sub").toFile();
        elsewhere.mkdirs();
        chosen.setInitialDirectory(elsewhere);
        assertEquals(elsewhere, last.startIn(chosen).getInitialDirectory(), "a folder chosen for the dialog wins");
        preference.set(Optional.of(dir.resolve("gone")));
        assertNull(last.startIn(new FileChooser()).getInitialDirectory(), "a folder that no longer exists is skipped");
    }
}
